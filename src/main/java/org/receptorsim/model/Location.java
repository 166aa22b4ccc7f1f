package org.receptorsim.model;

/** Compartments of the cell where a receptor can be. */
public enum Location {
    /** Plasma membrane, free to diffuse. */
    MEMBRANE,
    /** Clathrin-coated pit of the plasma membrane. */
    CLATHRIN_PIT,
    /** Early or recycling endosome. */
    ENDOSOME,
    /** Lysosome (degradation). */
    LYSOSOME
}
