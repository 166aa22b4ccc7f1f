package org.receptorsim.signaling;

/**
 * The cell's signal from the receptors through a finite G-protein pool to adenylyl cyclase and cAMP, with the
 * cell-level homeostatic adaptations. All of it is cell-level biology, driven by the receptor agents' activity.
 *
 * <ul>
 *   <li>G-protein cycle: active receptors R* activate Gi/o from the inactive part of a pool of G_T heterotrimers,
 *       and GTP hydrolysis (intrinsic plus RGS) deactivates them: d[G*]/dt = k_a·R*·(G_T − G*) − k_h·G*, with k_a
 *       the activation per receptor. At steady state g = G* / G_T = R* / (R* + K), K = k_h·G_T/k_a: receptor reserve
 *       follows from the receptor : G-protein stoichiometry and the GTPase rate. The active fraction g is the fast
 *       G-protein (GIRK-like) readout of acute desensitization.</li>
 *   <li>Negative-feedback mediator (optional): observed effect E = g/(1 + β·M), dM/dt = k_p·E − k_c·M; at steady
 *       state under constant g the tolerance ratio r = E_ss/g solves β'·r²·g + r − 1 = 0 with β' = β·k_p/k_c.</li>
 *   <li>Cyclase inhibition by active Gα_i/o, the effector step: I = I_max·E·G_T/(E·G_T + K_AC), K_AC the active Gα
 *       giving half-maximal inhibition (K_AC ≪ G_T: a small share of active Gi/o already inhibits the cyclase, so
 *       the cAMP readout carries more reserve than the G-protein one).</li>
 *   <li>Adenylyl cyclase activity V = F·U·(1 − I), F the forskolin stimulation (1 without forskolin), U the
 *       up-regulation; cAMP follows it at the phosphodiesterase rate, dC/dt = k_PDE·(V − C).</li>
 *   <li>Cyclase superactivation (optional), a homeostat acting on the signal it regulates:
 *       dU/dt = k_U·(1 + (U_max − 1)·D − U), D = max(0, 1 − c) the cAMP deficit, c the cAMP relative to the drug-free
 *       control. Sustained inhibition raises U over hours until cAMP is partly restored; when the agonist goes, cAMP
 *       overshoots to U times control and returns as U relaxes.</li>
 * </ul>
 * Readouts of cAMP are relative to the drug-free steady state of the same assay (constitutive receptor activity
 * included), so an inverse agonist raises cAMP above 1. Each variable is advanced over a step by the exact solution
 * of its linear relaxation with the others held at their start-of-step values (the slow variables change little
 * within a step; the G-protein cycle is exact for constant R*).
 */
public final class CyclaseCascade implements SignalCascade {

    private final CascadeParameters p;
    private final Adaptations adaptations;
    private final double forskolin;
    private final double controlActivity;
    private double g;
    private double effect;
    private double mediator;
    private double upregulation = 1;
    private double camp;

    /**
     * A cascade at its drug-free steady state.
     *
     * @param parameters the cell's signalling parameters
     * @param adaptations which adaptations are on (defaults filled)
     * @param forskolinAssay true for the forskolin-stimulated assay
     */
    public CyclaseCascade(CascadeParameters parameters, Adaptations adaptations, boolean forskolinAssay) {
        this.p = parameters;
        this.adaptations = adaptations.orDefaults();
        this.forskolin = forskolinAssay ? parameters.forskolinStimulation() : 1.0;
        this.g = steadyActiveFraction(parameters.basalActiveReceptors());
        this.effect = g;
        this.controlActivity = forskolin * (1 - inhibition(g));
        this.camp = controlActivity;
    }

    /** A copy with the same state (for a challenge experiment on a copy of the cell). */
    public CyclaseCascade copy() {
        CyclaseCascade c = new CyclaseCascade(p, adaptations, forskolin > 1);
        c.g = g;
        c.effect = effect;
        c.mediator = mediator;
        c.upregulation = upregulation;
        c.camp = camp;
        return c;
    }

    @Override
    public void update(double activeReceptors, double dtSeconds) {
        double ka = p.activationPerReceptorPerSecond() / p.gProteinCount();
        double on = ka * Math.max(0, activeReceptors);
        double kh = p.gtpasePerSecond();
        g = relax(g, on / (on + kh), on + kh, dtSeconds);
        double m0 = mediator;
        effect = adaptations.mediatorFeedback() ? g / (1 + p.mediatorStrength() * m0) : g;
        if (adaptations.mediatorFeedback()) {
            double kc = p.mediatorClearancePerSecond();
            double target = kc > 0 ? p.mediatorProductionPerSecond() * effect / kc : Double.NaN;
            mediator = kc > 0 ? target + (m0 - target) * decay(1, kc, dtSeconds) : m0 + p.mediatorProductionPerSecond() * effect
                    * dtSeconds;
        }
        if (adaptations.cyclaseSuperactivation()) {
            double deficit = Math.max(0, 1 - camp / controlActivity);
            double target = 1 + (p.upregulationMax() - 1) * deficit;
            upregulation = target + (upregulation - target) * decay(2, p.upregulationPerSecond(), dtSeconds);
        }
        double activity = forskolin * upregulation * (1 - inhibition(effect));
        camp = activity + (camp - activity) * decay(0, p.phosphodiesterasePerSecond(), dtSeconds);
    }

    /** Steady-state active fraction of the G-protein pool for a constant R*: R* / (R* + K), K = k_h·G_T/k_a. */
    public double steadyActiveFraction(double activeReceptors) {
        double on = p.activationPerReceptorPerSecond() / p.gProteinCount() * Math.max(0, activeReceptors);
        return on / (on + p.gtpasePerSecond());
    }

    /** Fractional inhibition of the cyclase (0–I_max) at effect E: I_max·E·G_T/(E·G_T + K_AC). */
    public double inhibition(double effectFraction) {
        double active = effectFraction * p.gProteinCount();
        return p.cyclaseInhibitionMax() * active / (active + p.cyclaseHalfInhibitionGProteins());
    }

    /**
     * e^(−rate·dt) for one of the cascade's constant rates (0 phosphodiesterase, 1 mediator clearance, 2 cyclase
     * up-regulation), remembered for the last dt: the cell steps with one dt, so each is computed once.
     */
    private double decay(int which, double rate, double dt) {
        if (dt != decayDt) {
            decayDt = dt;
            java.util.Arrays.fill(decays, Double.NaN);
        }
        double d = decays[which];
        if (Double.isNaN(d)) {
            d = Math.exp(-rate * dt);
            decays[which] = d;
        }
        return d;
    }

    private double decayDt = Double.NaN;
    private final double[] decays = {Double.NaN, Double.NaN, Double.NaN};

    /** x relaxing toward {@code target} at {@code rate} per second, after {@code dt} seconds (exact). */
    static double relax(double x, double target, double rate, double dt) {
        return target + (x - target) * Math.exp(-rate * dt);
    }

    @Override
    public double activeFraction() {
        return g;
    }

    @Override
    public double effect() {
        return effect;
    }

    @Override
    public double cAMPRelative() {
        return camp / controlActivity;
    }

    @Override
    public double cyclaseUpregulation() {
        return upregulation;
    }

    @Override
    public double mediator() {
        return mediator;
    }

    /**
     * Steady-state tolerance ratio r = E_ss/E_d of the mediator feedback for a constant drug effect E_d:
     * the positive root of β'·E_d·r² + r − 1 = 0, β' = β·k_p/k_c.
     */
    public static double mediatorSteadyStateRatio(double drugEffect, double beta, double production,
                                                  double clearance) {
        double b = beta * production / clearance * drugEffect;
        return b == 0 ? 1 : (-1 + Math.sqrt(1 + 4 * b)) / (2 * b);
    }
}
