package org.receptorsim.model;

import java.util.List;
import org.receptorsim.pharmacology.Ligand;

/**
 * The states of one receptor's continuous-time Markov chain for a given list of competing ligands, generated from
 * the receptor's attributes rather than listed by hand.
 *
 * <p>A surface receptor is described by the ligand it holds (none or one of the L ligands), its phosphorylation
 * barcode, the arrestin it holds and whether it is in the long-lived desensitized state. The barcode follows the
 * hierarchy of Just et al. 2013: S375 is phosphorylated first, then the sites of the T370/T376/T379 cluster; the
 * chain counts the phosphates, 0 to {@value #MAX_PHOSPHATES}, adding the cluster sites in that order. Arrestin
 * (arrestin-3 = β-arrestin-2 or arrestin-2 = β-arrestin-1) binds only phosphorylated receptors, and a receptor in
 * the long-lived desensitized state is phosphorylated and arrestin-free. Endosomal receptors have lost their ligand
 * and arrestin; degraded ones are gone. Per ligand slot that is 1 + 4·4 = 17 surface states, so the chain has
 * 17·(L + 1) + 2 states, each with one user-facing {@link ReceptorState}.
 */
public final class ReceptorStateSpace implements java.io.Serializable {

    /** Highest phosphate count: S375 and the three sites of the T370/T376/T379 cluster. */
    public static final int MAX_PHOSPHATES = 4;
    /** Names of the sites in the order the chain adds them. */
    public static final List<String> SITES = List.of("S375", "T370", "T376", "T379");

    /** Surface, unphosphorylated, no ligand, no arrestin. */
    public static final int FREE = 0;
    /** Endosome (ligand and arrestin lost). */
    public static final int INTERNALIZED = 1;
    /** Lysosome, terminal. */
    public static final int DEGRADED = 2;

    private static final int FIRST_SURFACE = 3;
    private static final int PER_SLOT = 1 + 4 * MAX_PHOSPHATES;

    private final List<Ligand> ligands;
    private final int size;
    private final int[] slot;
    private final int[] phosphates;
    private final Arrestin[] arrestin;
    private final boolean[] desensitized;
    private final ReceptorState[] publicState;

    /** @param ligands the complete ligands of the run, in scenario order */
    public ReceptorStateSpace(List<Ligand> ligands) {
        this.ligands = List.copyOf(ligands);
        size = FIRST_SURFACE + PER_SLOT * (ligands.size() + 1) - 1;
        slot = new int[size];
        phosphates = new int[size];
        arrestin = new Arrestin[size];
        desensitized = new boolean[size];
        publicState = new ReceptorState[size];
        for (int s = 0; s < size; s++) {
            arrestin[s] = Arrestin.NONE;
        }
        slot[INTERNALIZED] = slot[DEGRADED] = -1;
        publicState[INTERNALIZED] = ReceptorState.INTERNALIZED;
        publicState[DEGRADED] = ReceptorState.DEGRADED;
        for (int l = 0; l <= ligands.size(); l++) {
            for (int n = 0; n <= MAX_PHOSPHATES; n++) {
                for (Arrestin a : Arrestin.values()) {
                    for (boolean d : new boolean[] {false, true}) {
                        int s = surface(l, n, a, d);
                        if (s < 0) {
                            continue;
                        }
                        slot[s] = l;
                        phosphates[s] = n;
                        arrestin[s] = a;
                        desensitized[s] = d;
                        publicState[s] = a != Arrestin.NONE ? ReceptorState.ARRESTIN_BOUND
                                : d ? ReceptorState.DESENSITIZED
                                : n > 0 ? ReceptorState.GRK_PHOSPHORYLATED
                                : l > 0 && ligands.get(l - 1).activatesReceptor() ? ReceptorState.ACTIVE
                                : ReceptorState.RESTING;
                    }
                }
            }
        }
    }

    /**
     * The chain state of a surface receptor, or -1 if the combination cannot exist (arrestin or the desensitized
     * state without phosphates, or both at once).
     *
     * @param ligandSlot 0 for no ligand, i + 1 for ligand i
     * @param phosphateCount phosphates, 0 to {@value #MAX_PHOSPHATES}
     * @param heldArrestin arrestin held
     * @param longLivedDesensitized true in the long-lived desensitized state
     */
    public int surface(int ligandSlot, int phosphateCount, Arrestin heldArrestin, boolean longLivedDesensitized) {
        if (ligandSlot < 0 || ligandSlot > ligands.size() || phosphateCount < 0 || phosphateCount > MAX_PHOSPHATES) {
            return -1;
        }
        if (phosphateCount == 0) {
            if (heldArrestin != Arrestin.NONE || longLivedDesensitized) {
                return -1;
            }
            return ligandSlot == 0 ? FREE : FIRST_SURFACE + PER_SLOT * ligandSlot - 1;
        }
        if (heldArrestin != Arrestin.NONE && longLivedDesensitized) {
            return -1;
        }
        int variant = longLivedDesensitized ? 3 : heldArrestin.ordinal(); // 0 none, 1 arrestin-3, 2 arrestin-2, 3 D
        return FIRST_SURFACE + PER_SLOT * ligandSlot + (phosphateCount - 1) * 4 + variant;
    }

    /**
     * Receptor counts of this space carried into another one (e.g. a branch that adds naloxone to the ligands): each
     * state goes to the state of the other space with the same ligand (by name), barcode, arrestin and desensitization;
     * endosomal and degraded receptors stay so.
     *
     * @param counts receptors per chain state of this space
     * @param target the other space
     * @return receptors per chain state of {@code target}
     * @throws IllegalArgumentException naming a ligand receptors hold that {@code target} lacks
     */
    public long[] carryInto(long[] counts, ReceptorStateSpace target) {
        long[] carried = new long[target.size()];
        for (int s = 0; s < size; s++) {
            if (counts[s] == 0) {
                continue;
            }
            int t = s;
            if (atSurface(s)) {
                int slot = ligandSlot(s);
                int targetSlot = 0;
                if (slot > 0) {
                    String name = ligands.get(slot - 1).name();
                    for (int i = 0; i < target.ligands.size(); i++) {
                        if (target.ligands.get(i).name().equalsIgnoreCase(name)) {
                            targetSlot = i + 1;
                        }
                    }
                    if (targetSlot == 0) {
                        throw new IllegalArgumentException(counts[s] + " receptors hold " + name
                                + ", which is not among the ligands " + target.ligands.stream().map(Ligand::name)
                                .toList());
                    }
                }
                t = target.surface(targetSlot, phosphates(s), arrestin(s), desensitized(s));
            }
            carried[t] += counts[s];
        }
        return carried;
    }

    /** The ligands, in scenario order. */
    public List<Ligand> ligands() {
        return ligands;
    }

    /** Number of ligands L. */
    public int ligandCount() {
        return ligands.size();
    }

    /** Number of chain states, 17·(L + 1) + 2. */
    public int size() {
        return size;
    }

    /** True for a state on the plasma membrane (clathrin pits included). */
    public boolean atSurface(int chainState) {
        return slot[chainState] >= 0;
    }

    /** Ligand slot of a surface state (0 = none, i + 1 = ligand i); -1 inside the cell. */
    public int ligandSlot(int chainState) {
        return slot[chainState];
    }

    /** Index of the ligand held in a chain state, or -1 for none. */
    public int ligandIndex(int chainState) {
        return slot[chainState] >= 1 ? slot[chainState] - 1 : -1;
    }

    /** Phosphates of the barcode (0 inside the cell: the chain does not follow them there). */
    public int phosphates(int chainState) {
        return phosphates[chainState];
    }

    /** The arrestin held. */
    public Arrestin arrestin(int chainState) {
        return arrestin[chainState];
    }

    /** True in the long-lived desensitized state. */
    public boolean desensitized(int chainState) {
        return desensitized[chainState];
    }

    /** The user-facing state of a chain state. */
    public ReceptorState publicState(int chainState) {
        return publicState[chainState];
    }

    /** True if the receptor carries GRK phosphorylation in this chain state. */
    public boolean phosphorylated(int chainState) {
        return phosphates[chainState] > 0;
    }

    /** The phosphorylated sites, e.g. "S375 T370", or "none". */
    public String barcode(int chainState) {
        int n = phosphates[chainState];
        return n == 0 ? "none" : String.join(" ", SITES.subList(0, n));
    }

    /** A short label of a chain state, e.g. "ARRESTIN_BOUND[S375+T370,arrestin-3](DAMGO)". */
    public String label(int chainState) {
        int l = ligandIndex(chainState);
        ReceptorState p = publicState[chainState];
        String base = l >= 0 && p == ReceptorState.RESTING ? "OCCUPIED" : p.name();
        if (phosphates[chainState] > 0) {
            base += "[" + barcode(chainState).replace(' ', '+')
                    + (arrestin[chainState] == Arrestin.NONE ? "" : ","
                    + (arrestin[chainState] == Arrestin.ARRESTIN_3 ? "arrestin-3" : "arrestin-2")) + "]";
        }
        return l < 0 ? base : base + "(" + ligands.get(l).name() + ")";
    }
}
