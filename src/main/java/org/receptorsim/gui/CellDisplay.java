package org.receptorsim.gui;

import sim.display.Display2D;
import sim.display.GUIState;

/** A MASON display of one arm's cell that can be told to redraw only every n-th step (for fast play). */
final class CellDisplay extends Display2D {

    private static final long serialVersionUID = 1L;

    CellDisplay(double width, double height, GUIState gui) {
        super(width, height, gui);
    }

    /** Redraws after every {@code steps}-th step (1: every step). */
    void redrawEvery(long steps) {
        updateRule = steps <= 1 ? UPDATE_RULE_ALWAYS : UPDATE_RULE_STEPS;
        stepInterval = Math.max(1, steps);
    }
}
