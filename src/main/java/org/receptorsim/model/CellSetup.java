package org.receptorsim.model;

import java.util.List;
import org.receptorsim.pharmacology.Exposure;
import org.receptorsim.pharmacology.Ligand;

/**
 * Everything one simulated cell needs, resolved and checked: cell type, ligands, exposure and timing.
 *
 * @param cell complete cell type
 * @param ligands complete ligands, in the order the exposure uses
 * @param exposure ligand concentrations over time
 * @param dtSeconds time step in seconds (&gt; 0)
 * @param outputIntervalSeconds recording interval in seconds, a multiple of dt
 * @param durationSeconds simulated time in seconds, a multiple of dt
 */
public record CellSetup(CellType cell, List<Ligand> ligands, Exposure exposure, double dtSeconds,
                        double outputIntervalSeconds, double durationSeconds) {

    /** Checks the timing. */
    public CellSetup {
        ligands = List.copyOf(ligands);
        if (!(dtSeconds > 0) || Double.isInfinite(dtSeconds)) {
            throw new IllegalArgumentException("dt: expected a time > 0, got " + dtSeconds + " s");
        }
        requireMultiple("outputInterval", outputIntervalSeconds, dtSeconds);
        requireMultiple("duration", durationSeconds, dtSeconds);
        if (outputIntervalSeconds <= 0) {
            throw new IllegalArgumentException("outputInterval: expected a time > 0");
        }
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
