package org.receptorsim.organism.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The exact first-order relaxation, its step average and the production–loss form, against closed forms. */
class RelaxationTest {

    /** Relaxing for t gives T + (x − T)·e^(−rt); two half steps equal one whole step. */
    @Test
    void relaxationMatchesTheExponentialAndComposes() {
        double x = 2;
        double target = 0.5;
        double r = 1.0 / 3600;
        assertEquals(0.5 + 1.5 * Math.exp(-2), Relaxation.relax(x, target, r, 7200), 1e-15);
        double half = Relaxation.relax(Relaxation.relax(x, target, r, 3600), target, r, 3600);
        assertEquals(Relaxation.relax(x, target, r, 7200), half, 1e-15);
    }

    /** The step average equals the integral of the relaxation divided by the step (Simpson on a fine grid). */
    @Test
    void stepAverageIsTheIntegralOverTheStep() {
        double x = 1;
        double target = 4;
        double r = 2.0 / 600;
        double h = 600;
        int n = 2000;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double t = h * i / n;
            double w = i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2;
            sum += w * Relaxation.relax(x, target, r, t);
        }
        double simpson = sum * (h / n) / 3 / h;
        assertEquals(simpson, Relaxation.stepAverage(x, target, r, h), 1e-12);
        assertEquals(x, Relaxation.stepAverage(x, target, 0, h), 1e-15, "no relaxation: constant");
    }

    /** Rising uses the rise rate and falling the fall rate; the value never crosses the target. */
    @Test
    void asymmetricRatesFollowTheDirection() {
        double up = Relaxation.relax(0, 1, 1e-3, 1e-5, 1000);
        assertEquals(1 - Math.exp(-1), up, 1e-15);
        double down = Relaxation.relax(1, 0, 1e-3, 1e-5, 1000);
        assertEquals(Math.exp(-0.01), down, 1e-15);
    }

    /** dx/dt = a − b·x: without loss x grows linearly; with loss it relaxes to a/b. */
    @Test
    void productionAndLoss() {
        assertEquals(3 + 2 * 10, Relaxation.linear(3, 2, 0, 10), 1e-15);
        assertEquals(2 + (3 - 2) * Math.exp(-1), Relaxation.linear(3, 0.2, 0.1, 10), 1e-15);
    }
}
