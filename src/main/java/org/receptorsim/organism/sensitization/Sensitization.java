package org.receptorsim.organism.sensitization;

import org.receptorsim.organism.math.Relaxation;

/**
 * Sensitization S of the reward/locomotor circuit. It grows with the phasic part of the reward drive a — its rise
 * above a running mean ā over the last hours — so that repeated onsets (intermittent dosing) sensitize while a steady
 * exposure (continuous infusion) does so only once (Post 1980; Stewart &amp; Badiani 1993); ΔFosB enhances it (Kelz et
 * al. 1999); it decays over months:
 *
 * <pre>
 *   dā/dt = (a − ā)/τ_avg
 *   dS/dt = ρ·(1 + g_F·F)·max(0, a − ā)·(1 − S/S_max) − S/τ_S
 *   locomotor = (1 + S)·a
 * </pre>
 */
public final class Sensitization {

    /**
     * @param ratePerSecond ρ (per second per unit phasic drive)
     * @param maximum S_max (dimensionless, &gt; 0)
     * @param decayRatePerSecond 1/τ_S (per second)
     * @param averagingRatePerSecond 1/τ_avg (per second)
     */
    public record Parameters(double ratePerSecond, double maximum, double decayRatePerSecond,
                             double averagingRatePerSecond) {
    }

    private final Parameters p;
    private double mean;
    private double level;
    private double phasic;

    /** A drug-naive state. */
    public Sensitization(Parameters parameters) {
        this.p = parameters;
    }

    /**
     * Advances over a step with its inputs held.
     *
     * @param rewardDrive a (0–1)
     * @param deltaFosBFactor 1 + g_F·F (≥ 1)
     * @param dtSeconds the step (seconds)
     */
    public void step(double rewardDrive, double deltaFosBFactor, double dtSeconds) {
        double a = Math.max(0, rewardDrive);
        phasic = Math.max(0, a - Relaxation.stepAverage(mean, a, p.averagingRatePerSecond(), dtSeconds));
        mean = Relaxation.relax(mean, a, p.averagingRatePerSecond(), dtSeconds);
        double growth = p.ratePerSecond() * deltaFosBFactor * phasic;
        level = Relaxation.linear(level, growth, growth / p.maximum() + p.decayRatePerSecond(), dtSeconds);
    }

    /** S, the sensitization (0 = none; S_max at most). */
    public double level() {
        return level;
    }

    /** The phasic drive of the last step, a − ā. */
    public double phasic() {
        return phasic;
    }

    /** The locomotor response (1 + S)·a to a reward drive a. */
    public double locomotor(double rewardDrive) {
        return (1 + level) * Math.max(0, rewardDrive);
    }
}
