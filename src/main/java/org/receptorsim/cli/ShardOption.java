package org.receptorsim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.receptorsim.cluster.ShardManifest;
import org.receptorsim.figure.FigureFormat;
import org.receptorsim.replicates.Shard;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;
import picocli.CommandLine.Option;

/** {@code --shard I/N} of {@code ensemble} and {@code sweep} (a picocli mixin). */
final class ShardOption {

    @Option(names = "--shard", paramLabel = "I/N",
            description = "Run only shard I of N (cells, or points of a sweep, i with i mod N = I-1), with the "
                    + "random streams of the whole run; --out gets a shard directory for 'receptorsim merge'.")
    String shard;

    /** The shard, or null for the whole run. */
    Shard shard() {
        if (shard == null) {
            return null;
        }
        try {
            return Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new ReceptorSimCommand.UserException("--shard: " + e.getMessage());
        }
    }

    /**
     * What the finished shard records for its merge.
     *
     * @param kind "ensemble" or "sweep"
     * @param part the shard
     * @param fingerprint the whole run's fingerprint
     * @param replicates cells (per point)
     * @param items how many cells (ensemble) or points (sweep) the whole run has
     * @param options the scenario options (file, seed, engine)
     * @param scenario the scenario as run
     * @param perReplicate ensemble's --per-replicate
     * @param formats figure formats
     */
    static ShardManifest manifest(String kind, Shard part, String fingerprint, int replicates, int items,
                                  ScenarioOptions options, Scenario scenario, boolean perReplicate,
                                  Set<FigureFormat> formats) {
        List<Integer> mine = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            if (part.contains(i)) {
                mine.add(i);
            }
        }
        return new ShardManifest(kind, part, fingerprint, replicates, mine, options.scenarioFile.toString(),
                ScenarioLoader.text(options.scenarioFile), scenario.seed(),
                scenario.engine().name().toLowerCase(Locale.ROOT).replace('_', '-'), perReplicate,
                formats.stream().map(FigureFormat::extension).toList());
    }
}
