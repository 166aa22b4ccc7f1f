package org.receptorsim.signaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The cascade's pure equations: steady states and relaxations against their closed forms. */
class CyclaseCascadeTest {

    private static final CascadeParameters P = new CascadeParameters(0.1, 0.9, 0.0, 0.05, 10, 6e-5, 2.5, 0.0, 0.3, 1e-4, 2.0, 1e-4, 1e-4);

    /** Under a constant stimulus cAMP settles at F·U·(1 − Imax·G) relative to basal, reported relative to control. */
    @Test
    void campSettlesAtTheInhibitedCyclaseActivity() {
        CyclaseCascade c = new CyclaseCascade(P, new Adaptations(false, false, true, true, false), true);
        for (int i = 0; i < 2000; i++) {
            c.update(0.1, 0, 1.0);
        }
        double g = 0.1 / (0.1 + 0.1);
        assertEquals(g, c.readout(0), 1e-12);
        assertEquals(1 - 0.9 * g, c.readout(2), 1e-9);
    }

    /**
     * Amplified cyclase inhibition: cAMP settles at F·U·(1 − Imax·I) with I = (1 + A)·E/(1 + A·E); I is E for A = 0,
     * spans 0 to 1 and lies above E in between, so a small effect already inhibits the cyclase.
     */
    @Test
    void amplifiedInhibitionSettlesAtItsClosedForm() {
        double a = 3;
        CascadeParameters amplified = new CascadeParameters(0.1, 0.9, a, 0.05, 10, 6e-5, 2.5, 0.0, 0.3, 1e-4, 2.0, 1e-4, 1e-4);
        CyclaseCascade c = new CyclaseCascade(amplified, new Adaptations(false, false, true, true, false), true);
        for (int i = 0; i < 2000; i++) {
            c.update(0.05, 0, 1.0);
        }
        double e = 0.05 / (0.05 + 0.1);
        double inhibition = (1 + a) * e / (1 + a * e);
        assertEquals(e, c.readout(0), 1e-12, "the G-protein readout is not amplified");
        assertEquals(1 - 0.9 * inhibition, c.readout(2), 1e-9);
        assertEquals(0, CyclaseCascade.inhibition(0, a), 0);
        assertEquals(1, CyclaseCascade.inhibition(1, a), 1e-15);
        assertEquals(0.37, CyclaseCascade.inhibition(0.37, 0), 0);
        assertTrue(CyclaseCascade.inhibition(0.2, a) > 0.2);
    }

    /**
     * Coupling loss: under a constant arrestin-bound fraction a, W relaxes to W_max·min(1, a/a_sat) at k_W and the
     * G-protein activation is σ(1 − W)/(σ(1 − W) + K_E); with a = 0 it decays at k_W; switched off it stays 0.
     */
    @Test
    void couplingLossFollowsItsClosedForm() {
        CascadeParameters lossy = new CascadeParameters(0.1, 0.9, 0.0, 0.05, 10, 6e-5, 2.5, 0.8, 0.4, 1e-4, 2.0,
                1e-4, 1e-4);
        CyclaseCascade c = new CyclaseCascade(lossy, new Adaptations(false, false, true, true, true), false);
        double sigma = 0.5;
        double a = 0.2;
        for (int i = 0; i < 360; i++) {
            c.update(sigma, a, 10.0);
        }
        double wInf = 0.8 * 0.2 / 0.4;
        double w = wInf * (1 - Math.exp(-1e-4 * 3600));
        assertEquals(w, c.readout(5), 1e-12);
        c.update(sigma, a, 10.0);
        assertEquals(sigma * (1 - w) / (sigma * (1 - w) + 0.1), c.readout(0), 1e-12, "G uses the start-of-step W");
        double w1 = c.readout(5);
        for (int i = 0; i < 360; i++) {
            c.update(0, 0, 10.0);
        }
        assertEquals(w1 * Math.exp(-1e-4 * 3600), c.readout(5), 1e-12, "decays at k_W once no arrestin is bound");
        CyclaseCascade off = new CyclaseCascade(lossy, new Adaptations(false, false, true, true, false), false);
        off.update(sigma, 1.0, 1e5);
        assertEquals(0, off.readout(5), 0);
        CyclaseCascade saturated = new CyclaseCascade(lossy, new Adaptations(false, false, true, true, true), false);
        saturated.update(sigma, 0.9, 1e7);
        assertEquals(0.8, saturated.readout(5), 1e-12, "saturates at W_max above a_sat");
    }

    /** Superactivation: sustained inhibition raises U toward 1 + (Umax − 1)·E; removal leaves cAMP at U × control. */
    @Test
    void superactivationLeavesAnOvershootThatDecays() {
        CyclaseCascade c = new CyclaseCascade(P, Adaptations.DEFAULT, false);
        double e = 1.0 / (1.0 + 0.1);
        for (int i = 0; i < 24 * 360; i++) {
            c.update(1.0, 0, 10.0);
        }
        double expectedU = 1 + 1.5 * e * (1 - Math.exp(-6e-5 * 24 * 3600));
        assertEquals(expectedU, c.readout(3), 1e-3 * expectedU);
        for (int i = 0; i < 60; i++) {
            c.update(0.0, 0, 10.0);
        }
        double overshoot = c.readout(2);
        assertTrue(overshoot > 1.5, "overshoot " + overshoot);
        double lag = 6e-5 * (c.readout(3) - 1) / 0.05;
        assertEquals(c.readout(3), overshoot, 2 * lag, "cAMP follows U (lagging by dU/dt / k_PDE)");
        for (int i = 0; i < 6 * 360; i++) {
            c.update(0.0, 0, 10.0);
        }
        assertTrue(c.readout(2) < 1 + (overshoot - 1) * 0.5, "decays over hours");
    }

    /** The mediator's steady-state tolerance ratio solves β'·E_d·r² + r − 1 = 0. */
    @Test
    void mediatorRatioSolvesTheSteadyStateEquation() {
        double ed = 0.8;
        double r = CyclaseCascade.mediatorSteadyStateRatio(ed, 2.0, 1e-4, 1e-4);
        assertEquals(0, 2.0 * ed * r * r + r - 1, 1e-12);
        CyclaseCascade c = new CyclaseCascade(P, new Adaptations(false, true, true, true, false), false);
        double stimulus = 0.1 * ed / (1 - ed);
        for (int i = 0; i < 100_000; i++) {
            c.update(stimulus, 0, 10.0);
        }
        assertEquals(ed, c.readout(0), 1e-12);
        assertEquals(r, c.readout(1) / c.readout(0), 2e-3);
    }

    /** With no drug everything stays at control. */
    @Test
    void drugFreeCascadeStaysAtControl() {
        CyclaseCascade c = new CyclaseCascade(P, Adaptations.DEFAULT, true);
        for (int i = 0; i < 1000; i++) {
            c.update(0, 0, 30.0);
        }
        assertEquals(1.0, c.readout(2), 1e-12);
        assertEquals(1.0, c.readout(3), 1e-12);
    }

    /** The transmitter pool empties under release and refills with the refill rate when release stops. */
    @Test
    void transmitterPoolDepletesAndRefills() {
        TransmitterPool pool = new TransmitterPool(1e-7, 0.01, 5e-4, true);
        assertEquals(1e-7, pool.release(1.0, 1.0), 1e-20);
        for (int i = 0; i < 3600; i++) {
            pool.release(1.0, 1.0);
        }
        double steady = 5e-4 / (0.01 + 5e-4);
        assertEquals(steady, pool.fraction(), 1e-9);
        for (int i = 0; i < 3600; i++) {
            pool.release(0.0, 1.0);
        }
        double refilled = 1 - (1 - steady) * Math.exp(-5e-4 * 3600);
        assertEquals(refilled, pool.fraction(), 1e-9);
    }
}
