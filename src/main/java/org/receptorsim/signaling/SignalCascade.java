package org.receptorsim.signaling;

import java.util.List;

/**
 * The cell's signalling downstream of the receptors. The receptor model hands it, every step, the G-protein
 * stimulus: the efficacy-weighted fraction of coupled receptors,
 * σ = Σ_i ε_i · (n_bound,i + φ · n_phosphorylated-bound,i) / N_ref (dimensionless). A cascade turns that into
 * readouts; later cascades (cAMP, slow adaptations) plug in here without touching the receptors.
 */
public interface SignalCascade {

    /** Names of the readouts, as CSV column names (with units where they have one). */
    List<String> readoutNames();

    /**
     * Advances the cascade over one step.
     *
     * @param gProteinStimulus σ over the step (dimensionless)
     * @param arrestinBoundFraction fraction of the cell's nominal receptor number that is arrestin-bound
     *     (dimensionless), for adaptations driven by arrestin
     * @param dtSeconds step length in seconds
     */
    void update(double gProteinStimulus, double arrestinBoundFraction, double dtSeconds);

    /** Current value of readout {@code index}. */
    double readout(int index);
}
