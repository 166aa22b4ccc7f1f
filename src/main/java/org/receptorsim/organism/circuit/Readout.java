package org.receptorsim.organism.circuit;

import java.util.Locale;
import org.receptorsim.organism.cell.CellCircuitAdapter;

/** Which of a cell's named readouts makes a circuit's drug effect x (0 = none, 1 = full), and how. */
public enum Readout {

    /** x = G-protein activation (fast, GIRK-like; no cyclase counter-adaptation in it). */
    G_PROTEIN("gProtein"),
    /** x = 1 − cAMP relative to naive: cAMP lowering; cyclase superactivation counts against it and overshoots. */
    CAMP("cAMP"),
    /** x = the cell's effect readout (G after the cell's optional mediator feedback). */
    EFFECT("effect");

    private final String key;

    Readout(String key) {
        this.key = key;
    }

    /** The name used in files. */
    public String key() {
        return key;
    }

    /**
     * The drug effect x at grid point n.
     *
     * @param r the cells' mean readouts
     * @param n grid index
     * @return x
     */
    public double drugEffect(CellCircuitAdapter.Readouts r, int n) {
        return switch (this) {
            case G_PROTEIN -> r.gProteinActivation()[n];
            case CAMP -> 1 - r.cAMPRelative()[n];
            case EFFECT -> r.effect()[n];
        };
    }

    /**
     * A readout by its file name.
     *
     * @param key gProtein, cAMP or effect
     * @return the readout
     */
    public static Readout of(String key) {
        for (Readout r : values()) {
            if (r.key.toLowerCase(Locale.ROOT).equals(key == null ? "" : key.toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        throw new IllegalArgumentException("expected one of [gProtein, cAMP, effect], got '" + key + "'");
    }
}
