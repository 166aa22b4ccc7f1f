package org.receptorsim.organism.opponent;

import org.receptorsim.organism.math.Relaxation;

/**
 * The hedonic opponent processes. The drug's primary hedonic effect a (the reward circuit's drive, 0–1) recruits a
 * sluggish opponent b (Solomon &amp; Corbit 1974) and, with repeated use, an allostatic load L that lowers the hedonic
 * set point H₀ (Koob &amp; Le Moal 2001; seed text 000):
 *
 * <pre>
 *   db/dt = (κ·a − b)/τ_b                 fast opponent (hours)
 *   dL/dt = (γ·A·a − L)/τ_L               allostatic load (days), A the transcriptional gain
 *   H_set = H₀ − L,  H₀ = 0
 *   H     = H_set + a − b − c             hedonic state, c a conditioned compensatory response
 * </pre>
 *
 * After a short exposure L stays small and H overshoots below baseline only by b, briefly: a rebound. After chronic
 * use L is large and decays over days: at cessation H falls by about L — a withdrawal whose severity is proportional
 * to the load accumulated (the seed's formula).
 */
public final class OpponentProcess {

    /**
     * @param opponentGain κ (dimensionless, ≥ 0)
     * @param opponentRatePerSecond 1/τ_b (per second)
     * @param allostaticGain γ (dimensionless, ≥ 0)
     * @param allostaticRatePerSecond 1/τ_L (per second)
     */
    public record Parameters(double opponentGain, double opponentRatePerSecond, double allostaticGain,
                             double allostaticRatePerSecond) {
    }

    private final Parameters p;
    private double opponent;
    private double load;

    /** A drug-naive state (b = L = 0). */
    public OpponentProcess(Parameters parameters) {
        this.p = parameters;
    }

    /**
     * Advances over a step with its inputs held.
     *
     * @param hedonicDrive a, the drug's primary hedonic effect (0–1)
     * @param setPointGain A, the transcriptional gain on the load's set point (≥ 1)
     * @param dtSeconds the step (seconds)
     */
    public void step(double hedonicDrive, double setPointGain, double dtSeconds) {
        double a = Math.max(0, hedonicDrive);
        opponent = Relaxation.relax(opponent, p.opponentGain() * a, p.opponentRatePerSecond(), dtSeconds);
        load = Relaxation.relax(load, p.allostaticGain() * setPointGain * a, p.allostaticRatePerSecond(), dtSeconds);
    }

    /** b, the fast opponent process. */
    public double opponent() {
        return opponent;
    }

    /** L, the allostatic load. */
    public double load() {
        return load;
    }

    /** H_set = H₀ − L, the hedonic set point (H₀ = 0). */
    public double setPoint() {
        return -load;
    }

    /**
     * The hedonic state H = H_set + a − b − c.
     *
     * @param hedonicDrive a
     * @param conditionedResponse c, the conditioned compensatory response of the reward circuit (0 without a cue)
     * @return H (0 = drug-naive baseline; negative = dysphoria)
     */
    public double hedonicState(double hedonicDrive, double conditionedResponse) {
        return setPoint() + hedonicDrive - opponent - conditionedResponse;
    }
}
