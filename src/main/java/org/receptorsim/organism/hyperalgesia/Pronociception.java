package org.receptorsim.organism.hyperalgesia;

import org.receptorsim.organism.math.Relaxation;

/**
 * The pro-nociceptive process P of opioid-induced hyperalgesia (NMDA-receptor sensitization, spinal dynorphin, glial
 * activation), driven by MOR activation in the pain pathway (the analgesia circuit's G-protein activation x):
 *
 * <pre>
 *   dP/dt = (ρ·A·x − P)/τ_on   while P is below its target ρ·A·x
 *   dP/dt = (ρ·A·x − P)/τ_off  while above it
 * </pre>
 *
 * ρ the largest threshold loss per unit MOR activation, A the transcriptional gain on the set point. P is in units of
 * the nociceptive threshold's range (the same units as the analgesic effect), so the net antinociception is the drug's
 * effect minus P: both tolerance (a smaller effect) and hyperalgesia (a larger P) lower it, and off drug the threshold
 * falls below baseline. Because P grows with x while the analgesic effect saturates and tolerates, a higher dose can
 * leave less net relief once P has caught up.
 */
public final class Pronociception {

    /**
     * @param maxPerUnitDrive ρ (dimensionless, ≥ 0)
     * @param riseRatePerSecond 1/τ_on (per second)
     * @param fallRatePerSecond 1/τ_off (per second)
     */
    public record Parameters(double maxPerUnitDrive, double riseRatePerSecond, double fallRatePerSecond) {
    }

    private final Parameters p;
    private double level;

    /** A drug-naive process (P = 0). */
    public Pronociception(Parameters parameters) {
        this.p = parameters;
    }

    /**
     * Advances over a step with its inputs held.
     *
     * @param mopActivation x, MOR activation in the pain pathway (0–1)
     * @param setPointGain A, the transcriptional gain (≥ 1)
     * @param dtSeconds the step (seconds)
     */
    public void step(double mopActivation, double setPointGain, double dtSeconds) {
        double target = p.maxPerUnitDrive() * setPointGain * Math.max(0, mopActivation);
        level = Relaxation.relax(level, target, p.riseRatePerSecond(), p.fallRatePerSecond(), dtSeconds);
    }

    /** P, the current loss of nociceptive threshold (threshold units). */
    public double level() {
        return level;
    }
}
