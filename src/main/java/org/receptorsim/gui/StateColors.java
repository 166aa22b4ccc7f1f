package org.receptorsim.gui;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Map;
import org.receptorsim.model.ReceptorState;

/** Colours of the receptor states (Okabe–Ito, colour-blind safe), shared by the cell view and its legend. */
public final class StateColors {

    private static final Map<ReceptorState, Color> COLORS = new EnumMap<>(Map.of(
            ReceptorState.RESTING, new Color(0x56B4E9),
            ReceptorState.ACTIVE, new Color(0x009E73),
            ReceptorState.GRK_PHOSPHORYLATED, new Color(0xE69F00),
            ReceptorState.ARRESTIN_BOUND, new Color(0xD55E00),
            ReceptorState.INTERNALIZED, new Color(0xCC79A7),
            ReceptorState.DEGRADED, new Color(0x555555)));

    private StateColors() {
    }

    /** The colour of a state. */
    public static Color of(ReceptorState state) {
        return COLORS.get(state);
    }
}
