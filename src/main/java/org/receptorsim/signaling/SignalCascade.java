package org.receptorsim.signaling;

import java.util.List;

/**
 * The cell's signalling downstream of the receptors. The receptor model hands it, every step, the number of active
 * receptor equivalents R* = Σ_r coupling_r · activity_r over the receptor agents (a DAMGO-bound, unphosphorylated
 * receptor counts 1; phosphorylated receptors count their reduced coupling; arrestin-bound, desensitized and
 * internalized ones 0). A cascade turns that into readouts.
 */
public interface SignalCascade extends java.io.Serializable {

    /** Names of the readouts, as CSV column names. */
    List<String> readoutNames();

    /**
     * Advances the cascade over one step.
     *
     * @param activeReceptors R* over the step (receptor equivalents, ≥ 0)
     * @param dtSeconds step length in seconds
     */
    void update(double activeReceptors, double dtSeconds);

    /** Current value of readout {@code index}. */
    double readout(int index);
}
