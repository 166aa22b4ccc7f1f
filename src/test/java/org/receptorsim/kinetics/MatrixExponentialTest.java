package org.receptorsim.kinetics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * {@link MatrixExponential#transitionMatrix} against closed forms and the algebra every transition matrix must obey.
 * These are deterministic checks (no statistics): every receptor step samples from a row of this matrix, so an error
 * here would bias every simulated count.
 */
class MatrixExponentialTest {

    private static final double TOLERANCE = 1e-12;

    /** Two-state chain 0 ⇄ 1 with rates a (0→1) and b (1→0). */
    private static double[][] twoState(double a, double b) {
        return new double[][] {{-a, a}, {b, -b}};
    }

    /**
     * A random generator on {@code n} states: off-diagonal rates log-uniform over six decades (1e-4 to 1e2 per
     * second) so that the chain is stiff like the receptor's, about a third of them zero, rows summing to zero.
     */
    private static double[][] randomGenerator(UniformRandomProvider rng, int n) {
        double[][] q = new double[n][n];
        for (int i = 0; i < n; i++) {
            double out = 0;
            for (int j = 0; j < n; j++) {
                if (i != j && rng.nextDouble() < 0.65) {
                    q[i][j] = Math.pow(10, -4 + 6 * rng.nextDouble());
                    out += q[i][j];
                }
            }
            q[i][i] = -out;
        }
        return q;
    }

    private static void assertStochastic(double[][] p, String what) {
        for (int i = 0; i < p.length; i++) {
            double sum = 0;
            for (int j = 0; j < p.length; j++) {
                assertTrue(p[i][j] >= 0 && p[i][j] <= 1, what + ": P[" + i + "][" + j + "] = " + p[i][j]);
                sum += p[i][j];
            }
            assertEquals(1.0, sum, TOLERANCE, what + ": row " + i + " sums to " + sum);
        }
    }

    /**
     * Every entry of exp(Q·t) for the two-state chain equals the closed form p01(t) = a/(a+b)·(1 − e^{−(a+b)t}),
     * p10(t) = b/(a+b)·(1 − e^{−(a+b)t}) to 1e-12, from a tiny step up to a·t = 1e4 and beyond, where scaling and
     * squaring needs many squarings and round-off could build up.
     */
    @Test
    void twoStateChainMatchesTheClosedFormFromShortToVeryLongTimes() {
        double[][] rates = {{0.05, 0.02}, {7.5, 0.015}, {1e-4, 3e-3}, {2, 2}, {1, 1e-3}, {1e-3, 1}, {50, 0.3}};
        double[] times = {1e-6, 1e-3, 0.1, 1, 10, 100, 1e3, 1e4, 1e5};
        boolean sawLargeProduct = false;
        for (double[] r : rates) {
            double a = r[0];
            double b = r[1];
            for (double t : times) {
                double[][] p = MatrixExponential.transitionMatrix(twoState(a, b), t);
                double relax = -Math.expm1(-(a + b) * t);
                double p01 = a / (a + b) * relax;
                double p10 = b / (a + b) * relax;
                String what = "a=" + a + " b=" + b + " t=" + t;
                assertEquals(p01, p[0][1], TOLERANCE, what + " p01");
                assertEquals(1 - p01, p[0][0], TOLERANCE, what + " p00");
                assertEquals(p10, p[1][0], TOLERANCE, what + " p10");
                assertEquals(1 - p10, p[1][1], TOLERANCE, what + " p11");
                sawLargeProduct |= a * t >= 1e4;
            }
        }
        assertTrue(sawLargeProduct, "the cases include a·t >= 1e4");
        // the exact case the brief singles out: a·t = 1e4
        double[][] p = MatrixExponential.transitionMatrix(twoState(1.0, 0.25), 1e4);
        assertEquals(0.8, p[0][1], TOLERANCE);
        assertEquals(0.2, p[1][0], TOLERANCE);
    }

    /**
     * An irreversible three-state chain 0 → 1 → 2 (rates k1, k2) against its closed form, a check of a generator
     * with zero entries and an absorbing state: P00 = e^{−k1 t}, P01 = k1/(k2 − k1)·(e^{−k1 t} − e^{−k2 t}), and
     * nothing ever flows backwards (exact zeros below the diagonal).
     */
    @Test
    void irreversibleThreeStateChainMatchesTheClosedForm() {
        double k1 = 0.03;
        double k2 = 0.003;
        double[][] q = {{-k1, k1, 0}, {0, -k2, k2}, {0, 0, 0}};
        for (double t : new double[] {0.5, 60, 900, 1e4, 1e5}) {
            double[][] p = MatrixExponential.transitionMatrix(q, t);
            double p00 = Math.exp(-k1 * t);
            double p01 = k1 / (k2 - k1) * (Math.exp(-k1 * t) - Math.exp(-k2 * t));
            assertEquals(p00, p[0][0], TOLERANCE, "P00 t=" + t);
            assertEquals(p01, p[0][1], TOLERANCE, "P01 t=" + t);
            assertEquals(1 - p00 - p01, p[0][2], TOLERANCE, "P02 t=" + t);
            assertEquals(Math.exp(-k2 * t), p[1][1], TOLERANCE, "P11 t=" + t);
            assertEquals(0.0, p[1][0], "P10 t=" + t);
            assertEquals(0.0, p[2][0], "P20 t=" + t);
            assertEquals(0.0, p[2][1], "P21 t=" + t);
            assertEquals(1.0, p[2][2], "P22 t=" + t);
        }
    }

    /**
     * The result is a stochastic matrix: entries in [0, 1] and rows summing to 1 (to 1e-12), for random stiff
     * generators of 2 to 12 states over times from 1 ms to a day — the law the receptors sample from must be a
     * probability distribution whatever the step.
     */
    @Test
    void rowsSumToOneAndEntriesAreProbabilities() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20240611L);
        for (int trial = 0; trial < 60; trial++) {
            int n = 2 + trial % 11;
            double[][] q = randomGenerator(rng, n);
            for (double t : new double[] {1e-3, 1, 30, 600, 86400}) {
                assertStochastic(MatrixExponential.transitionMatrix(q, t), "trial " + trial + " n=" + n + " t=" + t);
            }
        }
    }

    /**
     * Chapman–Kolmogorov (semigroup) property P(s + t) = P(s)·P(t) to 1e-12 on random stiff 10-state generators:
     * this is what makes a run independent of its time step (one 30-s step and thirty 1-s steps have the same law).
     */
    @Test
    void semigroupPropertyHoldsOnARandomTenStateGenerator() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(99L);
        double[][] times = {{0.1, 0.2}, {1, 1}, {0.5, 29.5}, {30, 570}, {600, 3000}, {1e-3, 7}};
        for (int trial = 0; trial < 5; trial++) {
            double[][] q = randomGenerator(rng, 10);
            for (double[] st : times) {
                double[][] whole = MatrixExponential.transitionMatrix(q, st[0] + st[1]);
                double[][] product = MatrixExponential.multiply(MatrixExponential.transitionMatrix(q, st[0]),
                        MatrixExponential.transitionMatrix(q, st[1]));
                for (int i = 0; i < 10; i++) {
                    assertArrayEquals(whole[i], product[i], TOLERANCE,
                            "trial " + trial + " s=" + st[0] + " t=" + st[1] + " row " + i);
                }
            }
        }
    }

    /** exp(Q·0) is exactly the identity: a zero-length step moves nobody. */
    @Test
    void zeroTimeGivesTheIdentity() {
        double[][] q = randomGenerator(RandomSource.XO_RO_SHI_RO_128_PP.create(3L), 6);
        double[][] p = MatrixExponential.transitionMatrix(q, 0.0);
        for (int i = 0; i < 6; i++) {
            double[] expected = new double[6];
            expected[i] = 1.0;
            assertArrayEquals(expected, p[i], 0.0, "row " + i);
        }
        assertArrayEquals(new double[] {1.0, 0.0}, MatrixExponential.exponential(twoState(3, 4), 0.0)[0], 0.0);
    }

    /**
     * Bad input is refused with IllegalArgumentException rather than producing a silently wrong law: negative, NaN
     * or infinite time; NaN or infinite rate; a non-square matrix.
     */
    @Test
    void badInputThrowsIllegalArgumentException() {
        double[][] q = twoState(0.1, 0.2);
        assertThrows(IllegalArgumentException.class, () -> MatrixExponential.transitionMatrix(q, -1.0));
        assertThrows(IllegalArgumentException.class, () -> MatrixExponential.transitionMatrix(q, -Double.MIN_VALUE));
        assertThrows(IllegalArgumentException.class, () -> MatrixExponential.transitionMatrix(q, Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> MatrixExponential.transitionMatrix(q, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class,
                () -> MatrixExponential.transitionMatrix(new double[][] {{-0.1, Double.NaN}, {0.2, -0.2}}, 1));
        assertThrows(IllegalArgumentException.class,
                () -> MatrixExponential.transitionMatrix(new double[][] {{-0.1, 0.1}, {Double.NaN, 0}}, 1));
        assertThrows(IllegalArgumentException.class, () -> MatrixExponential.transitionMatrix(
                new double[][] {{Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}, {0.2, -0.2}}, 1));
        assertThrows(IllegalArgumentException.class,
                () -> MatrixExponential.transitionMatrix(new double[][] {{-0.1, 0.1}, {0.2}}, 1));
        assertThrows(IllegalArgumentException.class, () -> MatrixExponential.exponential(q, -1.0));
        assertThrows(IllegalArgumentException.class,
                () -> MatrixExponential.exponential(new double[][] {{Double.NaN, 0}, {0, 0}}, 1.0));
    }
}
