package org.receptorsim.scenario;

import java.util.List;
import org.receptorsim.model.ChallengePlan;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.model.CellVariability;

/**
 * A scenario resolved against the library and checked: complete ligands, and one or more arms each with a complete
 * cell and protocol. What the manifest echoes.
 *
 * @param name run name
 * @param description free text
 * @param file the file it was read from
 * @param seed master random seed
 * @param durationSeconds simulated time in seconds
 * @param dtSeconds time step in seconds
 * @param outputIntervalSeconds recording interval in seconds
 * @param ligands complete ligands, in column order
 * @param arms the arms (one, named "main", when the file has none)
 * @param forskolin true for the forskolin-stimulated cAMP assay
 * @param challenges challenge experiments, or null
 * @param engine kinetics engine, or null for the command's default
 * @param replicates cells of an ensemble
 * @param variability cell-to-cell variability of an ensemble
 * @param sweep the sweep as written (resolved by the sweep command), or null
 */
public record Scenario(String name, String description, String file, long seed, double durationSeconds,
                       double dtSeconds, double outputIntervalSeconds, List<Ligand> ligands, List<Arm> arms,
                       boolean forskolin, ChallengePlan challenges, KineticsEngine engine, int replicates,
                       CellVariability variability, SweepSpec sweep) {

    /** The same scenario with another master seed. */
    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, file, newSeed, durationSeconds, dtSeconds, outputIntervalSeconds,
                ligands, arms, forskolin, challenges, engine, replicates, variability, sweep);
    }

    /** The same scenario with another kinetics engine. */
    public Scenario withEngine(KineticsEngine newEngine) {
        return new Scenario(name, description, file, seed, durationSeconds, dtSeconds, outputIntervalSeconds,
                ligands, arms, forskolin, challenges, newEngine, replicates, variability, sweep);
    }

    /** The same scenario cut to a shorter duration (rounded down to whole output intervals, at least one). */
    public Scenario cappedAt(double maxSeconds) {
        if (durationSeconds <= maxSeconds) {
            return this;
        }
        double capped = Math.max(outputIntervalSeconds,
                Math.floor(maxSeconds / outputIntervalSeconds) * outputIntervalSeconds);
        ChallengePlan cappedChallenges = challenges;
        if (challenges != null) {
            double[] kept = java.util.Arrays.stream(challenges.timesSeconds()).filter(t -> t <= capped).toArray();
            cappedChallenges = kept.length == 0 ? null : challenges.atTimes(kept);
        }
        return new Scenario(name, description, file, seed, capped, dtSeconds, outputIntervalSeconds, ligands, arms,
                forskolin, cappedChallenges, engine, replicates, variability, sweep);
    }
}
