package org.receptorsim.gui;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Map;
import org.receptorsim.model.ReceptorState;
import org.receptorsim.figure.ChartStyle;

/**
 * Colours of the receptor states and of the ligands (Okabe–Ito, colour-blind safe: the entries of
 * {@link ChartStyle#PALETTE}), shared by the cell view, its legend and the live charts. Ligands get the palette
 * entries no state uses, so a ligand ring stands out from the dot it surrounds.
 */
public final class StateColors {

    private static final Color[] P = ChartStyle.PALETTE;

    private static final Map<ReceptorState, Color> COLORS = new EnumMap<>(Map.of(
            ReceptorState.RESTING, P[5],              // sky blue
            ReceptorState.ACTIVE, P[2],               // bluish green
            ReceptorState.GRK_PHOSPHORYLATED, P[4],   // orange
            ReceptorState.DESENSITIZED, new Color(0x999933), // olive (Tol): long-lived desensitized, at the surface
            ReceptorState.ARRESTIN_BOUND, P[1],       // vermillion
            ReceptorState.INTERNALIZED, P[3],         // reddish purple
            ReceptorState.DEGRADED, new Color(0x555555)));

    /** Ligand colours (rings, concentration curves): blue, black, yellow, then grey. */
    private static final Color[] LIGANDS = {P[0], P[7], P[6], new Color(0x8C8C8C)};

    private StateColors() {
    }

    /** The colour of a state. */
    public static Color of(ReceptorState state) {
        return COLORS.get(state);
    }

    /** The colour of the run's ligand number {@code index} (ring around a bound receptor, concentration curve). */
    public static Color ligand(int index) {
        return LIGANDS[Math.floorMod(index, LIGANDS.length)];
    }
}
