package org.receptorsim.kinetics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * A receptor synthesized at a uniform time within a step must end the step in the law
 * (1/dt)·∫₀^dt exp(Q·s) ds; checked against the closed form of a two-state chain.
 */
class ArrivalLawTest {

    private static double closedFormArrivalP01(double a, double b, double dt) {
        double k = a + b;
        return a / k * (1 - (1 - Math.exp(-k * dt)) / (k * dt));
    }

    /** The sampled fraction in state 1 matches the closed form within 4.5 standard errors (false failure < 1e-5). */
    @Test
    void arrivalsEndTheStepInTheTimeAveragedLaw() {
        double a = 0.05;
        double b = 0.02;
        double dt = 30;
        TransitionTable table = new TransitionTable(new double[][] {{-a, a}, {b, -b}}, dt);
        double p = closedFormArrivalP01(a, b, dt);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(12345L);
        int n = 200_000;
        int inOne = 0;
        for (int i = 0; i < n; i++) {
            inOne += table.nextForArrival(rng.nextDouble());
        }
        double se = Math.sqrt(p * (1 - p) / n);
        assertEquals(p, (double) inOne / n, 4.5 * se);
    }

    /** With a very short step the arrival law tends to staying in the arrival state. */
    @Test
    void shortStepArrivalsStayInTheArrivalState() {
        TransitionTable table = new TransitionTable(new double[][] {{-0.05, 0.05}, {0.02, -0.02}}, 1e-6);
        assertEquals(0, table.nextForArrival(Math.nextDown(1.0 - 1e-7)));
        assertTrue(closedFormArrivalP01(0.05, 0.02, 1e-6) < 1e-7);
    }
}
