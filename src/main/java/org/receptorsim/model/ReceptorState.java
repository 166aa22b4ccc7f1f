package org.receptorsim.model;

/** The regulatory states of a mu-opioid receptor, as a user sees them. */
public enum ReceptorState {
    /** At the surface, unphosphorylated, free or held by an antagonist. */
    RESTING,
    /** At the surface, unphosphorylated, agonist-bound: couples G protein. */
    ACTIVE,
    /** At the surface, phosphorylated by GRK (with or without ligand), no arrestin: reduced G-protein coupling. */
    GRK_PHOSPHORYLATED,
    /**
     * At the surface, phosphorylated and in the long-lived desensitized state: uncoupled from G protein and shielded
     * from the phosphatase for hours (cellular tolerance that outlasts acute desensitization).
     */
    DESENSITIZED,
    /** Arrestin-bound in a clathrin-coated pit: uncoupled from G protein, on its way in. */
    ARRESTIN_BOUND,
    /** In an endosome: recycles to the surface dephosphorylated, or is sorted to the lysosome. */
    INTERNALIZED,
    /** Degraded in the lysosome (terminal). */
    DEGRADED;

    /** True for the states whose receptor is on the plasma membrane (clathrin pits included). */
    public boolean atSurface() {
        return this != INTERNALIZED && this != DEGRADED;
    }

    /** Where in the cell a receptor in this state is. */
    public Location location() {
        return switch (this) {
            case RESTING, ACTIVE, GRK_PHOSPHORYLATED, DESENSITIZED -> Location.MEMBRANE;
            case ARRESTIN_BOUND -> Location.CLATHRIN_PIT;
            case INTERNALIZED -> Location.ENDOSOME;
            case DEGRADED -> Location.LYSOSOME;
        };
    }
}
