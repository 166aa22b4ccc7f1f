package org.receptorsim.signaling;

/**
 * The cell's signalling downstream of the receptors. The receptor model hands it, every step, the number of active
 * receptor equivalents R* = Σ_r coupling_r · activity_r over the receptor agents (a DAMGO-bound, unphosphorylated
 * receptor counts 1; phosphorylated receptors count their reduced coupling; arrestin-bound, desensitized and
 * internalized ones 0). A cascade turns that into the readouts below.
 */
public interface SignalCascade extends java.io.Serializable {

    /**
     * Advances the cascade over one step.
     *
     * @param activeReceptors R* over the step (receptor equivalents, ≥ 0)
     * @param dtSeconds step length in seconds
     */
    void update(double activeReceptors, double dtSeconds);

    /** Fraction of the G-protein pool active, g (0–1): the fast, GIRK-like readout. */
    double activeFraction();

    /** Observed effect E after the mediator feedback, as a fraction of the G-protein pool (= g without it). */
    double effect();

    /** cAMP relative to the drug-free steady state of the same assay (1 = control; dimensionless). */
    double cAMPRelative();

    /** Adenylyl cyclase up-regulation factor U (1 = none; dimensionless). */
    double cyclaseUpregulation();

    /** Level of the negative-feedback mediator M (dimensionless; 0 without drug or without the feedback). */
    double mediator();
}
