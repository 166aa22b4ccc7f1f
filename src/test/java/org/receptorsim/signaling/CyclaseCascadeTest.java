package org.receptorsim.signaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The cascade's pure equations: the G-protein cycle, steady states and relaxations against their closed forms. */
class CyclaseCascadeTest {

    /** G_T 10,000, k_a 5 /s per receptor, k_h 0.5 /s: K = k_h·G_T/k_a = 1,000 receptors; K_AC 500; basal R* 20. */
    private static final double GT = 10_000;
    private static final double K = 0.5 * GT / 5;
    private static final CascadeParameters P = new CascadeParameters(GT, 5, 0.5, 500, 0.9, 0.05, 10, 6e-5, 2.5, 2.0,
            1e-4, 1e-4, 20);
    private static final Adaptations FAST_ONLY = new Adaptations(false, false, true, true, true);

    private static double inhibition(double g) {
        return 0.9 * g * GT / (g * GT + 500);
    }

    /**
     * The G-protein cycle conserves its pool and follows d[G*]/dt = k_a·R*·(G_T − G*) − k_h·G*: the exact per-step
     * solution agrees with a fine Runge–Kutta integration of the molecule numbers, and settles at R* / (R* + K).
     */
    @Test
    void gProteinCycleConservesItsPoolAndFollowsItsRateEquation() {
        CyclaseCascade c = new CyclaseCascade(P, FAST_ONLY, false);
        double active = c.activeFraction() * GT;
        double[] stimulus = {0, 800, 3000, 100, 0, 1500};
        for (double r : stimulus) {
            for (int step = 0; step < 5; step++) {
                c.update(r, 0.2);
                double h = 0.2 / 200;
                for (int i = 0; i < 200; i++) {
                    double k1 = rate(active, r);
                    double k2 = rate(active + h / 2 * k1, r);
                    double k3 = rate(active + h / 2 * k2, r);
                    double k4 = rate(active + h * k3, r);
                    active += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
                }
                double inactive = GT - active;
                assertTrue(active >= 0 && inactive >= 0, "the pool is never over- or under-drawn");
                assertEquals(active, c.activeFraction() * GT, 1e-6 * GT, "exact step at R* = " + r);
            }
        }
        for (int i = 0; i < 100; i++) {
            c.update(3000, 1.0);
        }
        assertEquals(3000 / (3000 + K), c.activeFraction(), 1e-12, "g = R* / (R* + K)");
        assertEquals(3000 / (3000 + K), c.steadyActiveFraction(3000), 1e-15);
    }

    private static double rate(double active, double receptors) {
        return 5 / GT * receptors * (GT - active) - 0.5 * active;
    }

    /**
     * Under a constant stimulus cAMP settles at F·(1 − I(g)) with I = I_max·g·G_T/(g·G_T + K_AC), relative to the
     * drug-free control F·(1 − I(g_basal)); a small share of active Gi/o already inhibits much (amplification).
     */
    @Test
    void campSettlesAtTheInhibitedCyclaseActivity() {
        CyclaseCascade c = new CyclaseCascade(P, FAST_ONLY, true);
        for (int i = 0; i < 2000; i++) {
            c.update(500, 1.0);
        }
        double g = 500 / (500 + K);
        double g0 = 20 / (20 + K);
        assertEquals(g, c.activeFraction(), 1e-12);
        assertEquals((1 - inhibition(g)) / (1 - inhibition(g0)), c.cAMPRelative(), 1e-9);
        assertTrue(c.inhibition(0.1) > 0.5 * 0.9, "10 % of the pool active inhibits the cyclase more than half");
    }

    /** Drug-free, everything stays at control, the constitutive activity included. */
    @Test
    void drugFreeCascadeStaysAtControl() {
        CyclaseCascade c = new CyclaseCascade(P, Adaptations.DEFAULT, true);
        for (int i = 0; i < 1000; i++) {
            c.update(20, 30.0);
        }
        assertEquals(1.0, c.cAMPRelative(), 1e-12);
        assertEquals(1.0, c.cyclaseUpregulation(), 1e-12);
        assertEquals(20 / (20 + K), c.activeFraction(), 1e-12);
    }

    /** Fewer active receptors than the constitutive level (an inverse agonist) raise cAMP above control. */
    @Test
    void lessThanConstitutiveActivityRaisesCampAboveControl() {
        CyclaseCascade c = new CyclaseCascade(P, FAST_ONLY, false);
        for (int i = 0; i < 1000; i++) {
            c.update(0, 1.0);
        }
        assertTrue(c.activeFraction() < 20 / (20 + K));
        assertEquals(1 / (1 - inhibition(20 / (20 + K))), c.cAMPRelative(), 1e-9);
        assertTrue(c.cAMPRelative() > 1);
    }

    /**
     * Superactivation is a homeostat on cAMP: under a constant inhibition I, U settles where
     * U = 1 + (U_max − 1)·(1 − U·(1 − I)/(1 − I₀)), i.e. U* = U_max/(1 + (U_max − 1)·(1 − I)/(1 − I₀)), partly
     * restoring cAMP; when the agonist goes cAMP overshoots to U × control and the overshoot decays over hours.
     */
    @Test
    void superactivationRestoresCampAndLeavesAnOvershootThatDecays() {
        CyclaseCascade c = new CyclaseCascade(P, Adaptations.DEFAULT, false);
        double r = 2000;
        for (int i = 0; i < 10 * 24 * 360; i++) {
            c.update(r, 10.0);
        }
        double ratio = (1 - inhibition(r / (r + K))) / (1 - inhibition(20 / (20 + K)));
        double expectedU = 2.5 / (1 + 1.5 * ratio);
        assertEquals(expectedU, c.cyclaseUpregulation(), 1e-3 * expectedU);
        assertEquals(expectedU * ratio, c.cAMPRelative(), 2e-3, "cAMP partly restored");
        for (int i = 0; i < 60; i++) {
            c.update(20, 10.0);
        }
        double overshoot = c.cAMPRelative();
        assertTrue(overshoot > 1.5, "overshoot " + overshoot);
        for (int i = 0; i < 6 * 360; i++) {
            c.update(20, 10.0);
        }
        assertTrue(c.cAMPRelative() < 1 + (overshoot - 1) * 0.5, "decays over hours");
    }

    /** The mediator's steady-state tolerance ratio solves β'·E_d·r² + r − 1 = 0. */
    @Test
    void mediatorRatioSolvesTheSteadyStateEquation() {
        double ed = 0.8;
        double r = CyclaseCascade.mediatorSteadyStateRatio(ed, 2.0, 1e-4, 1e-4);
        assertEquals(0, 2.0 * ed * r * r + r - 1, 1e-12);
        CyclaseCascade c = new CyclaseCascade(P, new Adaptations(false, true, true, true, true), false);
        double stimulus = K * ed / (1 - ed);
        for (int i = 0; i < 100_000; i++) {
            c.update(stimulus, 10.0);
        }
        assertEquals(ed, c.activeFraction(), 1e-12);
        assertEquals(r, c.effect() / c.activeFraction(), 2e-3);
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
