package org.receptorsim.model;

import java.util.List;
import org.receptorsim.pharmacology.Exposure;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.signaling.Adaptations;

/**
 * Everything one simulated cell needs, resolved and checked: cell type, ligands, exposure, signalling options,
 * challenge experiments and timing.
 *
 * @param cell complete cell type
 * @param ligands complete ligands, in the order the exposure uses
 * @param exposure ligand concentrations over time
 * @param adaptations which slow adaptations are on
 * @param forskolinAssay true for the forskolin-stimulated cAMP assay
 * @param challenges challenge experiments, or null
 * @param engine how receptors are advanced (same law either way)
 * @param dtSeconds time step in seconds (&gt; 0)
 * @param outputIntervalSeconds recording interval in seconds, a multiple of dt
 * @param durationSeconds simulated time in seconds, a multiple of dt
 */
public record CellSetup(CellType cell, List<Ligand> ligands, Exposure exposure, Adaptations adaptations,
                        boolean forskolinAssay, ChallengePlan challenges, KineticsEngine engine, double dtSeconds,
                        double outputIntervalSeconds, double durationSeconds) implements java.io.Serializable {

    /** Checks the timing. */
    public CellSetup {
        ligands = List.copyOf(ligands);
        adaptations = adaptations == null ? Adaptations.DEFAULT : adaptations.orDefaults();
        engine = engine == null ? KineticsEngine.PER_RECEPTOR : engine;
        if (!(dtSeconds > 0) || Double.isInfinite(dtSeconds)) {
            throw new IllegalArgumentException("dt: expected a time > 0, got " + dtSeconds + " s");
        }
        requireMultiple("outputInterval", outputIntervalSeconds, dtSeconds);
        requireMultiple("duration", durationSeconds, dtSeconds);
        if (outputIntervalSeconds <= 0) {
            throw new IllegalArgumentException("outputInterval: expected a time > 0");
        }
    }

    /** A setup with only the essentials: default adaptations, no forskolin, no challenges. */
    public static CellSetup basic(CellType cell, List<Ligand> ligands, Exposure exposure, double dtSeconds,
                                  double outputIntervalSeconds, double durationSeconds) {
        return new CellSetup(cell, ligands, exposure, Adaptations.DEFAULT, false, null, KineticsEngine.PER_RECEPTOR,
                dtSeconds, outputIntervalSeconds, durationSeconds);
    }

    /** This setup with another exposure and duration, no challenges, recording every step (for challenge copies). */
    CellSetup forChallenge(Exposure testExposure, double testSeconds) {
        return new CellSetup(cell, ligands, testExposure, adaptations, forskolinAssay, null, engine, dtSeconds,
                dtSeconds, testSeconds);
    }

    /** This setup with another cell (e.g. one drawn for a varied ensemble). */
    public CellSetup withCell(CellType newCell) {
        return new CellSetup(newCell, ligands, exposure, adaptations, forskolinAssay, challenges, engine, dtSeconds,
                outputIntervalSeconds, durationSeconds);
    }

    /** This setup with another exposure (e.g. one a person changes while the cell runs). */
    public CellSetup withExposure(Exposure newExposure) {
        return new CellSetup(cell, ligands, newExposure, adaptations, forskolinAssay, challenges, engine, dtSeconds,
                outputIntervalSeconds, durationSeconds);
    }

    /** This setup with another kinetics engine. */
    public CellSetup withEngine(KineticsEngine newEngine) {
        return new CellSetup(cell, ligands, exposure, adaptations, forskolinAssay, challenges, newEngine, dtSeconds,
                outputIntervalSeconds, durationSeconds);
    }

    /** Number of steps of the whole run. */
    public long stepCount() {
        return Math.round(durationSeconds / dtSeconds);
    }

    /** Number of steps between two recordings. */
    public long stepsPerOutput() {
        return Math.round(outputIntervalSeconds / dtSeconds);
    }

    /** Throws unless {@code value} is a whole multiple of {@code dt} (to one part in 10^9). */
    public static void requireMultiple(String field, double value, double dt) {
        double ratio = value / dt;
        if (Math.abs(ratio - Math.rint(ratio)) > 1e-9 * Math.max(1, ratio)) {
            throw new IllegalArgumentException(field + ": expected a whole multiple of dt (" + dt + " s), got "
                    + value + " s");
        }
    }
}
