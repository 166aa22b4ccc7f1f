package org.receptorsim.organism.pk;

import java.util.List;
import org.receptorsim.organism.math.Relaxation;
import org.receptorsim.pharmacology.pk.DosingEvent;
import org.receptorsim.pharmacology.pk.EnzymeInduction;
import org.receptorsim.pharmacology.pk.PkTrajectory;

/**
 * The course of one drug in plasma and brain on the organism's time grid t_n = n·Δ, n = 0..N.
 *
 * <p><b>Plasma</b> is a {@link PkTrajectory} of the drug's {@link DrugProfile#plasma() plasma model} on a sub-step h
 * (Δ split into ⌈Δ/60 s⌉ equal parts), so doses, infusions and enzyme induction are handled as there. The unbound
 * concentration is C_u = f_u·C_p.
 *
 * <p><b>Brain</b> (unbound interstitial fluid), {@link BrainDistribution}: over each sub-step the unbound plasma
 * concentration is held at its exact average over the sub-step (from the plasma AUC) and the P-gp activity at its
 * start value; C_b then follows the exact solution of its linear relaxation, and its exact average over the sub-step is
 * accumulated. P-gp expression I follows dI/dt = r·(T(C̄_u) − I) ({@link EnzymeInduction}, r the induction or the
 * reversal rate) with the same held input. Error: holding C_u at its mean over h misplaces the input by at most
 * h/2 within the sub-step, an error of order k·h·|ΔC_u| in C_b (k ≤ 1/(40 min) for the bundled drugs, h ≤ 60 s:
 * below 2.5 % of the change of C_u over one sub-step); holding P-gp changes the efflux rate by at most
 * r·(I_max − 1)·h relative (8e-4 for τ = 1 d).
 *
 * <p>Stored per step n = 0..N−1: the average unbound plasma and brain concentrations over [t_n, t_{n+1}) (what the
 * cells see), and at every grid point the total plasma and brain concentrations, the P-gp expression and the current
 * steady-state partition Kp,uu(t). Immutable.
 */
public final class BrainPkTrajectory {

    /** Longest sub-step of the brain integration (seconds). */
    public static final double MAX_SUBSTEP_SECONDS = 60;

    private final DrugProfile drug;
    private final double step;
    private final int steps;
    private final double[] plasma;
    private final double[] brain;
    private final double[] pgp;
    private final double[] partition;
    private final double[] unboundAverage;
    private final double[] brainAverage;
    private final PkTrajectory plasmaTrajectory;

    private BrainPkTrajectory(DrugProfile drug, List<? extends DosingEvent> doses, double pgpInhibition,
                              double durationSeconds, double stepSeconds) {
        if (!(stepSeconds > 0) || Double.isInfinite(stepSeconds)) {
            throw new IllegalArgumentException("step: expected a time > 0, got " + stepSeconds + " s");
        }
        if (!(durationSeconds > 0) || Double.isInfinite(durationSeconds)) {
            throw new IllegalArgumentException("duration: expected a time > 0, got " + durationSeconds + " s");
        }
        if (!(pgpInhibition >= 0 && pgpInhibition <= 1)) {
            throw new IllegalArgumentException("pgpInhibition: expected a fraction in [0, 1], got " + pgpInhibition);
        }
        this.drug = drug;
        this.step = stepSeconds;
        double n = durationSeconds / stepSeconds;
        if (Math.abs(n - Math.rint(n)) > 1e-9 * Math.max(1, n)) {
            throw new IllegalArgumentException("duration: expected a whole number of steps of " + stepSeconds
                    + " s, got " + durationSeconds + " s");
        }
        this.steps = (int) Math.rint(n);
        int sub = (int) Math.ceil(stepSeconds / MAX_SUBSTEP_SECONDS - 1e-9);
        double h = stepSeconds / sub;
        this.plasmaTrajectory = PkTrajectory.compute(drug.plasma(), doses, durationSeconds, h);
        plasma = new double[steps + 1];
        brain = new double[steps + 1];
        pgp = new double[steps + 1];
        partition = new double[steps + 1];
        unboundAverage = new double[steps];
        brainAverage = new double[steps];

        BrainDistribution b = drug.brain();
        EnzymeInduction induction = b.pgpInduction();
        double fu = drug.unboundFraction();
        double influx = b.influxRatePerSecond();
        double cb = 0;
        double expression = 1;
        for (int k = 0; k <= steps; k++) {
            plasma[k] = plasmaTrajectory.plasmaMolar(k * sub);
            brain[k] = cb;
            pgp[k] = expression;
            partition[k] = b.partition(expression * (1 - pgpInhibition));
            if (k == steps) {
                break;
            }
            double sumBrain = 0;
            for (int j = 0; j < sub; j++) {
                int g = k * sub + j;
                double t = g * h;
                double cu = fu * plasmaTrajectory.plasmaAuc(t, t + h) / h;
                double efflux = b.effluxRatePerSecond(expression * (1 - pgpInhibition));
                double target = influx * cu / efflux;
                sumBrain += Relaxation.stepAverage(cb, target, efflux, h);
                cb = Relaxation.relax(cb, target, efflux, h);
                if (induction != null) {
                    expression = Relaxation.relax(expression, induction.target(cu), induction.onRatePerSecond(),
                            induction.offRatePerSecond(), h);
                }
            }
            brainAverage[k] = sumBrain / sub;
            unboundAverage[k] = fu * plasmaTrajectory.plasmaAuc(k * stepSeconds, (k + 1) * stepSeconds)
                    / stepSeconds;
        }
    }

    /**
     * Computes the course.
     *
     * @param drug the drug
     * @param doses its doses (repeated ones are expanded)
     * @param pgpInhibition fraction of P-gp activity blocked (0–1; 1 = complete inhibition)
     * @param durationSeconds span, a whole number of steps (seconds)
     * @param stepSeconds the organism step Δ (seconds)
     * @return the trajectory
     */
    public static BrainPkTrajectory compute(DrugProfile drug, List<? extends DosingEvent> doses, double pgpInhibition,
                                            double durationSeconds, double stepSeconds) {
        return new BrainPkTrajectory(drug, doses, pgpInhibition, durationSeconds, stepSeconds);
    }

    /** The drug. */
    public DrugProfile drug() {
        return drug;
    }

    /** The plasma course, on the sub-step grid. */
    public PkTrajectory plasmaTrajectory() {
        return plasmaTrajectory;
    }

    /** Number of steps N. */
    public int stepCount() {
        return steps;
    }

    /** The step Δ (seconds). */
    public double stepSeconds() {
        return step;
    }

    /** Total plasma concentration at t_0..t_N (molar; a copy). */
    public double[] plasmaMolar() {
        return plasma.clone();
    }

    /** Unbound brain concentration at t_0..t_N (molar; a copy). */
    public double[] brainMolar() {
        return brain.clone();
    }

    /** P-gp expression relative to baseline at t_0..t_N (a copy). */
    public double[] pgpExpression() {
        return pgp.clone();
    }

    /** Steady-state unbound brain/plasma ratio at the current P-gp activity, at t_0..t_N (a copy). */
    public double[] unboundPartition() {
        return partition.clone();
    }

    /** Average unbound plasma concentration over each step [t_n, t_{n+1}), n = 0..N−1 (molar; a copy). */
    public double[] unboundPlasmaStepAverage() {
        return unboundAverage.clone();
    }

    /** Average unbound brain concentration over each step [t_n, t_{n+1}), n = 0..N−1 (molar; a copy). */
    public double[] brainStepAverage() {
        return brainAverage.clone();
    }
}
