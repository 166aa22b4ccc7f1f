package org.receptorsim.model;

import java.util.List;
import org.receptorsim.pharmacology.Ligand;

/**
 * The states of one receptor's continuous-time Markov chain for a given list of competing ligands.
 *
 * <p>A chain state is a regulatory state together with the ligand held: free resting, free phosphorylated,
 * internalized and degraded, and for each ligand i bound, phosphorylated-bound and arrestin-bound. That is
 * 4 + 3·L states for L ligands; each maps onto one {@link ReceptorState}.
 */
public final class ReceptorStateSpace {

    /** Surface, unphosphorylated, no ligand. */
    public static final int FREE = 0;
    /** Surface, phosphorylated, no ligand. */
    public static final int PHOSPHORYLATED_FREE = 1;
    /** Endosome (ligand lost in the acidic lumen). */
    public static final int INTERNALIZED = 2;
    /** Lysosome, terminal. */
    public static final int DEGRADED = 3;

    private final List<Ligand> ligands;
    private final ReceptorState[] publicState;
    private final int[] ligandIndex;

    /** @param ligands the complete ligands of the run, in scenario order */
    public ReceptorStateSpace(List<Ligand> ligands) {
        this.ligands = List.copyOf(ligands);
        int n = size();
        publicState = new ReceptorState[n];
        ligandIndex = new int[n];
        publicState[FREE] = ReceptorState.RESTING;
        publicState[PHOSPHORYLATED_FREE] = ReceptorState.GRK_PHOSPHORYLATED;
        publicState[INTERNALIZED] = ReceptorState.INTERNALIZED;
        publicState[DEGRADED] = ReceptorState.DEGRADED;
        ligandIndex[FREE] = ligandIndex[PHOSPHORYLATED_FREE] = ligandIndex[INTERNALIZED] = ligandIndex[DEGRADED] = -1;
        for (int i = 0; i < ligandCount(); i++) {
            publicState[bound(i)] = ligands.get(i).activatesReceptor() ? ReceptorState.ACTIVE : ReceptorState.RESTING;
            publicState[phosphorylatedBound(i)] = ReceptorState.GRK_PHOSPHORYLATED;
            publicState[arrestinBound(i)] = ReceptorState.ARRESTIN_BOUND;
            ligandIndex[bound(i)] = ligandIndex[phosphorylatedBound(i)] = ligandIndex[arrestinBound(i)] = i;
        }
    }

    /** The ligands, in scenario order. */
    public List<Ligand> ligands() {
        return ligands;
    }

    /** Number of ligands L. */
    public int ligandCount() {
        return ligands.size();
    }

    /** Number of chain states, 4 + 3·L. */
    public int size() {
        return 4 + 3 * ligands.size();
    }

    /** Chain state: surface, unphosphorylated, holding ligand i. */
    public int bound(int ligand) {
        return 4 + ligand;
    }

    /** Chain state: surface, phosphorylated, holding ligand i. */
    public int phosphorylatedBound(int ligand) {
        return 4 + ligands.size() + ligand;
    }

    /** Chain state: arrestin-bound in a pit, holding ligand i. */
    public int arrestinBound(int ligand) {
        return 4 + 2 * ligands.size() + ligand;
    }

    /** The user-facing state of a chain state. */
    public ReceptorState publicState(int chainState) {
        return publicState[chainState];
    }

    /** Index of the ligand held in a chain state, or -1 for none. */
    public int ligandIndex(int chainState) {
        return ligandIndex[chainState];
    }

    /** True if the receptor carries GRK phosphorylation in this chain state. */
    public boolean phosphorylated(int chainState) {
        ReceptorState s = publicState[chainState];
        return s == ReceptorState.GRK_PHOSPHORYLATED || s == ReceptorState.ARRESTIN_BOUND
                || s == ReceptorState.INTERNALIZED;
    }

    /** A short label of a chain state, e.g. "ACTIVE(DAMGO)". */
    public String label(int chainState) {
        int l = ligandIndex[chainState];
        String base = chainState >= 4 && publicState[chainState] == ReceptorState.RESTING
                ? "OCCUPIED" : publicState[chainState].name();
        return l < 0 ? base : base + "(" + ligands.get(l).name() + ")";
    }
}
