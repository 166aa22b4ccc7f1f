package org.receptorsim.organism.transcription;

import org.receptorsim.organism.math.Relaxation;

/**
 * A circuit's slow transcriptional state, driven by its sustained MOR signal x (the cells' G-protein activation,
 * 0–1), and the gain it puts on the circuit's adaptation set points:
 *
 * <pre>
 *   dC/dt = k_C·x·(1 − C) − C/τ_C        CREB-like: induced within days, gone within days of withdrawal
 *   dF/dt = k_F·x·(1 − F) − F/τ_F        ΔFosB-like: accumulates over repeated use, persists for weeks
 *   A     = 1 + g_C·C + g_F·F            gain on the set points of the adaptations it feeds
 * </pre>
 *
 * C and F are fractions of their saturated levels (0–1). Because F outlasts abstinence, an adaptation whose set point
 * is multiplied by A rebuilds faster on re-exposure: the circuit's cells' cyclase up-regulation ceiling, the
 * pro-nociceptive process and the allostatic load (the organism's {@code CellEpochs} and processes). Sources and values: {@code organism-defaults.yaml}.
 */
public final class TranscriptionalState {

    /**
     * @param crebInductionPerSecond k_C (per second per unit drive)
     * @param crebDecayPerSecond 1/τ_C (per second)
     * @param deltaFosBInductionPerSecond k_F (per second per unit drive)
     * @param deltaFosBDecayPerSecond 1/τ_F (per second)
     * @param crebGain g_C (dimensionless, ≥ 0)
     * @param deltaFosBGain g_F (dimensionless, ≥ 0)
     */
    public record Parameters(double crebInductionPerSecond, double crebDecayPerSecond,
                             double deltaFosBInductionPerSecond, double deltaFosBDecayPerSecond, double crebGain,
                             double deltaFosBGain) {
    }

    private final Parameters p;
    private double creb;
    private double deltaFosB;

    /** A drug-naive state (C = F = 0). */
    public TranscriptionalState(Parameters parameters) {
        this.p = parameters;
    }

    /**
     * Advances over a step with the drive held.
     *
     * @param drive x, the circuit's MOR signal over the step (0–1)
     * @param dtSeconds the step (seconds)
     */
    public void step(double drive, double dtSeconds) {
        double x = Math.max(0, drive);
        double kc = p.crebInductionPerSecond() * x;
        creb = Relaxation.linear(creb, kc, kc + p.crebDecayPerSecond(), dtSeconds);
        double kf = p.deltaFosBInductionPerSecond() * x;
        deltaFosB = Relaxation.linear(deltaFosB, kf, kf + p.deltaFosBDecayPerSecond(), dtSeconds);
    }

    /** C, the CREB-like level (0–1). */
    public double creb() {
        return creb;
    }

    /** F, the ΔFosB-like level (0–1). */
    public double deltaFosB() {
        return deltaFosB;
    }

    /** A = 1 + g_C·C + g_F·F, the gain on the adaptation set points. */
    public double gain() {
        return 1 + p.crebGain() * creb + p.deltaFosBGain() * deltaFosB;
    }
}
