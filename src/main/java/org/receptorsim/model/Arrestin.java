package org.receptorsim.model;

/**
 * The arrestin a receptor holds. Both names are given, as in the literature: arrestin-3 is β-arrestin-2 (the one
 * removed in the knockout mice of Bohn et al. 1999/2000), arrestin-2 is β-arrestin-1.
 */
public enum Arrestin {
    /** No arrestin bound. */
    NONE("none"),
    /** Arrestin-3 = β-arrestin-2. */
    ARRESTIN_3("arrestin-3 (β-arrestin-2)"),
    /** Arrestin-2 = β-arrestin-1. */
    ARRESTIN_2("arrestin-2 (β-arrestin-1)");

    private final String label;

    Arrestin(String label) {
        this.label = label;
    }

    /** The systematic and the common name, e.g. "arrestin-3 (β-arrestin-2)". */
    public String label() {
        return label;
    }
}
