package org.receptorsim.model;

/**
 * How the receptors of a cell are advanced. All three follow the same exact law of the receptor's Markov chain
 * (tested against the matrix exponential); they differ in cost and in what they keep.
 */
public enum KineticsEngine {
    /**
     * Event-driven agents in continuous time: each receptor holds its next transition time; cost ∝ transitions,
     * independent of dt; exact transition times in each receptor's history. Default for {@code run} and the GUI.
     */
    EVENT,
    /** Reference: every receptor draws its own next state from its row of exp(Q·dt) each step. Cost ∝ receptors × steps. */
    PER_RECEPTOR,
    /**
     * Count-only leaps: state counts advanced by the exact multinomial law over each stretch of constant rates (up to
     * the recording interval), no receptor objects; agents are made from the counts only when a viewer asks. Default
     * for ensembles, sweeps, validation and bias.
     */
    COHORT
}
