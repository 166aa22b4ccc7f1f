package org.receptorsim.model;

/**
 * The rules of the receptor agent. Each contributes transitions to the generator of the receptor's Markov chain
 * ({@link ReceptorGenerator}); its rate is a cell parameter (scaled by an expression level and a ligand efficacy
 * where the text says so). Rates are per second.
 */
public enum ReceptorRule {
    /** Ligand i binds a ligand-free surface receptor at kon_i·C_i (ligands compete); any barcode or arrestin. */
    LIGAND_BINDING,
    /** The ligand leaves at koff (never for an irreversible ligand). */
    LIGAND_RELEASE,
    /**
     * S375 of an agonist-bound, arrestin-free receptor is phosphorylated at
     * grk23Level·s375Grk23Rate·grk23Efficacy + grk5Level·s375Grk5Rate·grk5Efficacy.
     */
    S375_PHOSPHORYLATION,
    /**
     * The next site of the T370/T376/T379 cluster of an agonist-bound, arrestin-free receptor that carries S375 is
     * phosphorylated by GRK2/3 only, at grk23Level·clusterGrk23Rate·grk23Efficacy.
     */
    CLUSTER_PHOSPHORYLATION,
    /**
     * PP1γ removes the last phosphate of an arrestin-free surface receptor outside the desensitized state, at
     * n·phosphataseLevel·dephosphorylationRate (n phosphates), times boundDephosphorylationFactor while an agonist
     * is bound.
     */
    DEPHOSPHORYLATION,
    /**
     * Arrestin-3 (β-arrestin-2) or arrestin-2 (β-arrestin-1) binds a receptor with at least its threshold of
     * phosphates, at level·bindingRate·(n − threshold + 1)/(4 − threshold + 1)·(the bound agonist's efficacy for
     * that arrestin, or inactiveArrestinAffinity without agonist): affinity grows with the phosphate count and the
     * active conformation.
     */
    ARRESTIN_BINDING,
    /** Arrestin leaves at arrestinReleaseRate, times inactiveArrestinReleaseFactor without agonist. */
    ARRESTIN_RELEASE,
    /** The arrestin complex is endocytosed at that arrestin's endocytosis rate (ligand and arrestin lost). */
    ENDOCYTOSIS,
    /** A phosphorylated, arrestin-free surface receptor enters the long-lived desensitized state. */
    LONG_LIVED_DESENSITIZATION,
    /** A receptor leaves the long-lived desensitized state, keeping its phosphates. */
    RESENSITIZATION,
    /** An endosomal receptor returns to the surface, dephosphorylated and ligand-free. */
    RECYCLING,
    /** An endosomal receptor is sorted to the lysosome. */
    ENDOSOMAL_DEGRADATION,
    /** Basal degradation of a receptor in one of the cell's turnover states. */
    BASAL_TURNOVER
}
