package org.receptorsim.organism.scenario;

import java.util.List;
import java.util.Map;
import org.receptorsim.organism.analysis.Check;
import org.receptorsim.organism.analysis.Window;
import org.receptorsim.organism.model.ArmSetup;

/**
 * An organism scenario resolved against the drug library and the organism defaults and checked.
 *
 * @param name run name
 * @param description free text
 * @param file the file it was read from
 * @param seed master seed
 * @param outputIntervalSeconds spacing of timeseries.csv rows (a multiple of the step)
 * @param arms the arms
 * @param windows every arm's windows (named and automatic), by arm name
 * @param checks the literature checks
 * @param figures the figures
 */
public record OrganismScenario(String name, String description, String file, long seed, double outputIntervalSeconds,
                               List<ArmSetup> arms, Map<String, Map<String, Window>> windows, List<Check> checks,
                               List<Figure> figures) {

    /** The same scenario with another master seed. */
    public OrganismScenario withSeed(long newSeed) {
        return new OrganismScenario(name, description, file, newSeed, outputIntervalSeconds,
                arms.stream().map(a -> a.withSeed(newSeed)).toList(), windows, checks, figures);
    }

    /** The arm of a name, or null. */
    public ArmSetup arm(String armName) {
        return arms.stream().filter(a -> a.name().equals(armName)).findFirst().orElse(null);
    }
}
