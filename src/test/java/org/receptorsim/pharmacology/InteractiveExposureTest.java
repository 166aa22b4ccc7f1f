package org.receptorsim.pharmacology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Dosing while running: actions take effect at the next step, on top of (or instead of) the protocol. */
class InteractiveExposureTest {

    private final BathProtocol bath = new BathProtocol(2, List.of(
            new BathProtocol.Change(0, false, new int[] {0}, new double[] {1e-6})));

    private double[] at(Exposure e, double t) {
        double[] c = new double[2];
        e.concentrationsAt(t, c);
        return c;
    }

    @Test
    void actionsApplyFromTheNextStep() {
        InteractiveExposure e = new InteractiveExposure(bath, 2);
        assertArrayEquals(new double[] {1e-6, 0}, at(e, 10));
        e.setConcentration(1, 1e-5);
        assertArrayEquals(new double[] {1e-6, 1e-5}, at(e, 11));
        e.startInfusion(0, 2e-6);
        assertArrayEquals(new double[] {3e-6, 1e-5}, at(e, 12), 1e-18);
        e.stopInfusion(0);
        e.washout();
        assertArrayEquals(new double[] {0, 0}, at(e, 13));
        e.setConcentration(0, 5e-9);
        assertArrayEquals(new double[] {5e-9, 0}, at(e, 14));
        assertEquals(20.0, e.constantUntil(20.0), "never promises constancy: no long steps over user actions");
        e.reset();
        assertArrayEquals(new double[] {1e-6, 0}, at(e, 15));
    }

    @Test
    void badActionsAreRefused() {
        InteractiveExposure e = new InteractiveExposure(bath, 2);
        assertThrows(IllegalArgumentException.class, () -> e.setConcentration(2, 1e-6));
        assertThrows(IllegalArgumentException.class, () -> e.startInfusion(0, -1));
        assertThrows(IllegalArgumentException.class, () -> e.setConcentration(0, Double.NaN));
    }
}
