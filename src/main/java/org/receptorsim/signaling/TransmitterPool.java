package org.receptorsim.signaling;

/**
 * A finite, slowly refilled pool of releasable transmitter (an endogenous opioid peptide), emptied by an indirect
 * agonist (the seed's amphetamine example of tachyphylaxis by mediator depletion).
 *
 * <p>Release drive f = Σ C_j/(C_j + EC50_j) over the indirect agonists (0–1 each, capped at 1); pool fraction P:
 * dP/dt = −k_rel·f·P + k_refill·(1 − P); transmitter at the receptors T = T_max·f·P (molar). Advanced exactly over
 * a step with f held constant.
 */
public final class TransmitterPool implements java.io.Serializable {

    private final double maxMolar;
    private final double releasePerSecond;
    private final double refillPerSecond;
    private final boolean depletes;
    private double fraction = 1;

    /**
     * @param maxMolar T_max: transmitter at the receptors at full release of a full pool (molar)
     * @param releasePerSecond k_rel (per second)
     * @param refillPerSecond k_refill (per second)
     * @param depletes false to keep the pool full (adaptation switched off)
     */
    public TransmitterPool(double maxMolar, double releasePerSecond, double refillPerSecond, boolean depletes) {
        this.maxMolar = maxMolar;
        this.releasePerSecond = releasePerSecond;
        this.refillPerSecond = refillPerSecond;
        this.depletes = depletes;
    }

    /** A copy with the same pool state. */
    public TransmitterPool copy() {
        TransmitterPool c = new TransmitterPool(maxMolar, releasePerSecond, refillPerSecond, depletes);
        c.fraction = fraction;
        return c;
    }

    /**
     * Transmitter concentration over the coming step, then the pool advanced over it.
     *
     * @param releaseDrive f in [0, 1]
     * @param dtSeconds step length (seconds)
     * @return transmitter concentration at the receptors during the step (molar)
     */
    public double release(double releaseDrive, double dtSeconds) {
        double f = Math.min(1, Math.max(0, releaseDrive));
        double molar = maxMolar * f * fraction;
        if (depletes) {
            double k = releasePerSecond * f + refillPerSecond;
            double target = k > 0 ? refillPerSecond / k : fraction;
            fraction = CyclaseCascade.relax(fraction, target, k, dtSeconds);
        }
        return molar;
    }

    /** Fraction of the pool still releasable (0–1). */
    public double fraction() {
        return fraction;
    }
}
