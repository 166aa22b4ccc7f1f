package org.receptorsim.signaling;

import java.util.List;

/**
 * The cell's signal from G protein to cAMP, with the slow adaptations of the seed texts.
 *
 * <ul>
 *   <li>G-protein activation G = σ·(1 − W)/(σ·(1 − W) + K_E) (fast; the GIRK-like readout of acute
 *       desensitization), W the coupling loss.</li>
 *   <li>Coupling loss (optional): dW/dt = k_W·(W_max·min(1, a/a_sat) − W), a the arrestin-bound fraction of the
 *       receptors: a slow, arrestin-driven loss of the receptors' G-protein coupling that develops over hours of
 *       agonist and outlasts washout by hours (cellular tolerance that persists after desensitization has
 *       recovered).</li>
 *   <li>Negative-feedback mediator (optional): observed effect E = G/(1 + β·M), dM/dt = k_p·E − k_c·M; at steady
 *       state under constant G the tolerance ratio r = E_ss/G solves β'·r²·G + r − 1 = 0 with β' = β·k_p/k_c.</li>
 *   <li>Cyclase inhibition I = (1 + A)·E/(1 + A·E): the fraction of the cyclase's inhibitable activity that the
 *       effect E switches off; A = 0 makes it E itself, a large A lets a small share of active Gi/o inhibit the
 *       cyclase (amplification between the G-protein and the cAMP readouts).</li>
 *   <li>Adenylyl cyclase: activity V = F·U·(1 − I_max·I) relative to drug-free basal, F the forskolin
 *       stimulation (1 without forskolin), U the up-regulation.</li>
 *   <li>Cyclase superactivation (optional): dU/dt = k_U·(1 + (U_max − 1)·G₀ − U), G₀ = σ/(σ + K_E) the
 *       receptors' drive before the coupling loss: sustained agonist raises U over hours; when the agonist goes,
 *       cAMP overshoots to U times control and returns as U relaxes. (Driving U by the drive before the coupling
 *       loss keeps superactivation and tolerance on one time scale, as measured, instead of letting one undo the
 *       other.)</li>
 *   <li>cAMP: dC/dt = k_PDE·(V − C), C relative to drug-free basal.</li>
 * </ul>
 * Each variable is advanced over a step by the exact solution of its linear relaxation with the others held at
 * their start-of-step values (the slow variables change little within a step).
 */
public final class CyclaseCascade implements SignalCascade {

    /** Readout: fraction of the G-protein pool active (GIRK-like fast response). */
    public static final String G_PROTEIN_ACTIVATION = "gProteinActivation";
    /** Readout: observed effect E after the mediator feedback (= G without it). */
    public static final String EFFECT = "effect";
    /** Readout: cAMP relative to the drug-free level of the same assay (1 = control). */
    public static final String CAMP_RELATIVE = "cAMPRelative";
    /** Readout: cyclase up-regulation factor U. */
    public static final String CYCLASE_UPREGULATION = "cyclaseUpregulation";
    /** Readout: mediator level M. */
    public static final String MEDIATOR = "mediator";
    /** Readout: coupling loss W (fraction of the receptors' G-protein coupling lost). */
    public static final String COUPLING_LOSS = "couplingLoss";

    /** The readout names, in {@link #readout(int)} order. */
    public static final List<String> READOUT_NAMES =
            List.of(G_PROTEIN_ACTIVATION, EFFECT, CAMP_RELATIVE, CYCLASE_UPREGULATION, MEDIATOR, COUPLING_LOSS);

    private final CascadeParameters p;
    private final Adaptations adaptations;
    private final double forskolin;
    private double g;
    private double effect;
    private double mediator;
    private double upregulation = 1;
    private double camp;
    private double couplingLoss;

    /**
     * A cascade at drug-free steady state.
     *
     * @param parameters the cell's signalling parameters
     * @param adaptations which adaptations are on (defaults filled)
     * @param forskolinAssay true for the forskolin-stimulated assay
     */
    public CyclaseCascade(CascadeParameters parameters, Adaptations adaptations, boolean forskolinAssay) {
        this.p = parameters;
        this.adaptations = adaptations.orDefaults();
        this.forskolin = forskolinAssay ? parameters.forskolinStimulation() : 1.0;
        this.camp = forskolin;
    }

    /** A copy with the same state (for a challenge experiment on a copy of the cell). */
    public CyclaseCascade copy() {
        CyclaseCascade c = new CyclaseCascade(p, adaptations, forskolin > 1);
        c.g = g;
        c.effect = effect;
        c.mediator = mediator;
        c.upregulation = upregulation;
        c.camp = camp;
        c.couplingLoss = couplingLoss;
        return c;
    }

    @Override
    public List<String> readoutNames() {
        return READOUT_NAMES;
    }

    @Override
    public void update(double gProteinStimulus, double arrestinBoundFraction, double dtSeconds) {
        double w0 = couplingLoss;
        g = activation(gProteinStimulus * (1 - w0), p.transducerConstant());
        if (adaptations.couplingLoss() && p.couplingLossMax() > 0) {
            double target = p.couplingLossMax() * Math.min(1, arrestinBoundFraction / p.couplingLossSaturation());
            couplingLoss = relax(w0, target, p.couplingLossPerSecond(), dtSeconds);
        }
        double m0 = mediator;
        effect = adaptations.mediatorFeedback() ? g / (1 + p.mediatorStrength() * m0) : g;
        if (adaptations.mediatorFeedback()) {
            double kc = p.mediatorClearancePerSecond();
            double target = kc > 0 ? p.mediatorProductionPerSecond() * effect / kc : Double.NaN;
            mediator = kc > 0 ? relax(m0, target, kc, dtSeconds) : m0 + p.mediatorProductionPerSecond() * effect
                    * dtSeconds;
        }
        double inhibition = inhibition(effect, p.cyclaseInhibitionAmplification());
        if (adaptations.cyclaseSuperactivation()) {
            double g0 = activation(gProteinStimulus, p.transducerConstant());
            double drive = adaptations.mediatorFeedback() ? g0 / (1 + p.mediatorStrength() * m0) : g0;
            double target = 1 + (p.upregulationMax() - 1) * drive;
            upregulation = relax(upregulation, target, p.upregulationPerSecond(), dtSeconds);
        }
        double activity = forskolin * upregulation * (1 - p.cyclaseInhibitionMax() * inhibition);
        camp = relax(camp, activity, p.phosphodiesterasePerSecond(), dtSeconds);
    }

    /**
     * Fraction of the G-protein pool active, G = σ/(σ + K_E), the operational model's transducer (τ = ε/K_E): a
     * small K_E means a large receptor reserve. G-protein activation is fast (sub-second) next to receptor
     * regulation, so it is taken at quasi-steady state.
     */
    public static double activation(double stimulus, double transducerConstant) {
        return stimulus / (stimulus + transducerConstant);
    }

    /**
     * Fraction of the cyclase's inhibitable activity switched off by the effect E (0–1):
     * I = (1 + A)·E/(1 + A·E), with I(0) = 0, I(1) = 1 and I = E for A = 0.
     */
    public static double inhibition(double effect, double amplification) {
        return (1 + amplification) * effect / (1 + amplification * effect);
    }

    /** x relaxing toward {@code target} at {@code rate} per second, after {@code dt} seconds (exact). */
    static double relax(double x, double target, double rate, double dt) {
        return target + (x - target) * Math.exp(-rate * dt);
    }

    @Override
    public double readout(int index) {
        return switch (index) {
            case 0 -> g;
            case 1 -> effect;
            case 2 -> camp / forskolin;
            case 3 -> upregulation;
            case 4 -> mediator;
            case 5 -> couplingLoss;
            default -> throw new IndexOutOfBoundsException(index);
        };
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
