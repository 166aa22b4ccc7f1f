package org.receptorsim.model;

/** How the receptors of a cell are advanced over a step; both follow the same exact law. */
public enum KineticsEngine {
    /** Reference: every receptor draws its own next state from its row of exp(Q·dt). Cost ∝ receptors × steps. */
    PER_RECEPTOR,
    /**
     * Cohorts: per step and chain state, the numbers leaving for each destination are drawn from the multinomial
     * over the row (as conditional binomials), and which receptors move is chosen uniformly. Cost ∝ transitions.
     */
    COHORT
}
