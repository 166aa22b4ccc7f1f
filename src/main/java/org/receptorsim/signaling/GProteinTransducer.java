package org.receptorsim.signaling;

import java.util.List;

/**
 * First-version signal: the fraction of the G-protein pool activated, a saturable (hyperbolic) function of the
 * receptor stimulus, G = σ / (σ + K_E), as in the operational model (τ = ε / K_E). A small transducer constant K_E
 * means a large receptor reserve: many receptors can be lost before the response falls. G-protein activation is
 * fast (sub-second) compared with receptor regulation, so it is taken at quasi-steady state.
 */
public final class GProteinTransducer implements SignalCascade {

    /** Readout name of the active G-protein fraction. */
    public static final String G_PROTEIN_ACTIVATION = "gProteinActivation";

    private final double transducerConstant;
    private double activation;

    /** @param transducerConstant K_E, dimensionless, &gt; 0 */
    public GProteinTransducer(double transducerConstant) {
        if (!(transducerConstant > 0) || Double.isInfinite(transducerConstant)) {
            throw new IllegalArgumentException("transducerConstant must be finite and > 0, got " + transducerConstant);
        }
        this.transducerConstant = transducerConstant;
    }

    /** G = σ / (σ + K_E) for a stimulus σ ≥ 0. */
    public static double activation(double stimulus, double transducerConstant) {
        return stimulus / (stimulus + transducerConstant);
    }

    @Override
    public List<String> readoutNames() {
        return List.of(G_PROTEIN_ACTIVATION);
    }

    @Override
    public void update(double gProteinStimulus, double dtSeconds) {
        activation = activation(gProteinStimulus, transducerConstant);
    }

    @Override
    public double readout(int index) {
        if (index != 0) {
            throw new IndexOutOfBoundsException(index);
        }
        return activation;
    }
}
