package org.receptorsim.kinetics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

/**
 * Sampling from a {@link TransitionTable}: {@link TransitionTable#next} must turn uniform deviates into draws from
 * the row of exp(Q·dt) — statistically (chi-square goodness of fit) and at the edges of [0, 1), where inversion of
 * a cumulative sum that rounds below 1 can go wrong.
 */
class TransitionTableTest {

    /** Family-wise false-failure probability of {@link #samplingFollowsEachRowsDistribution()}. */
    private static final double FAMILY_ALPHA = 1e-4;

    /**
     * A dense 7-state generator whose 2-s rows put between 2 % and 43 % on each destination, so every expected
     * count of the chi-square test below is large (over 4,000).
     */
    private static double[][] denseGenerator() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
        int n = 7;
        double[][] q = new double[n][n];
        for (int i = 0; i < n; i++) {
            double out = 0;
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    q[i][j] = Math.pow(10, -2 + 2 * rng.nextDouble());
                    out += q[i][j];
                }
            }
            q[i][i] = -out;
        }
        return q;
    }

    /**
     * Upper-tail probability of the chi-square distribution with an even number of degrees of freedom, in closed
     * form: P(X &gt; x) = e^{−x/2}·Σ_{i &lt; df/2} (x/2)^i / i! (a Poisson tail; exact, no approximation).
     */
    static double chiSquareSurvivalEvenDf(double x, int df) {
        if (df <= 0 || df % 2 != 0) {
            throw new IllegalArgumentException("even df only: " + df);
        }
        double half = x / 2;
        double term = Math.exp(-half);
        double sum = term;
        for (int i = 1; i < df / 2; i++) {
            term *= half / i;
            sum += term;
        }
        return sum;
    }

    /** The exact (1 − α) quantile of chi-square with even df, by bisection on the closed-form tail. */
    static double chiSquareCriticalValueEvenDf(double alpha, int df) {
        double lo = 0;
        double hi = df;
        while (chiSquareSurvivalEvenDf(hi, df) > alpha) {
            hi *= 2;
        }
        for (int k = 0; k < 200 && hi - lo > 1e-12 * hi; k++) {
            double mid = 0.5 * (lo + hi);
            if (chiSquareSurvivalEvenDf(mid, df) > alpha) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    /**
     * Chi-square goodness of fit of {@code next(from, u)} with u from a fixed-seed XO_RO_SHI_RO_128_PP generator,
     * against the table's own row, for every one of the 7 starting states (200,000 draws each, 6 degrees of
     * freedom). The critical value is the exact 1 − α/7 quantile of chi-square(6), from the closed-form tail of
     * an even number of degrees of freedom (32.30 for α = 1e-4), so by Bonferroni the false-failure probability of
     * the whole test is at most α = 1e-4 (up to the asymptotic chi-square approximation of Pearson's statistic, which
     * is very good here: every expected count is above 4,000).
     */
    @Test
    void samplingFollowsEachRowsDistribution() {
        TransitionTable table = new TransitionTable(denseGenerator(), 2.0);
        int n = table.size();
        int draws = 200_000;
        int df = n - 1;
        double critical = chiSquareCriticalValueEvenDf(FAMILY_ALPHA / n, df);
        // independent cross-check with Hipparchus (already a dependency of the project)
        assertEquals(new ChiSquaredDistribution(df).inverseCumulativeProbability(1 - FAMILY_ALPHA / n), critical,
                1e-9 * critical, "critical value cross-check");
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(123456789L);
        for (int from = 0; from < n; from++) {
            long[] observed = new long[n];
            for (int i = 0; i < draws; i++) {
                observed[table.next(from, rng.nextDouble())]++;
            }
            double statistic = 0;
            for (int j = 0; j < n; j++) {
                double expected = draws * table.probability(from, j);
                assertTrue(expected >= 4000, "expected count " + expected + " from " + from + " to " + j);
                statistic += (observed[j] - expected) * (observed[j] - expected) / expected;
            }
            assertTrue(statistic <= critical, "row " + from + ": chi-square " + statistic + " > critical " + critical);
        }
    }

    /**
     * The exact chi-square tail formula is right: known quantiles of chi-square(2) (= −2 ln α) and chi-square(6) at
     * 5 % (12.5916), so the critical value above is what it claims to be.
     */
    @Test
    void chiSquareCriticalValueIsExact() {
        assertEquals(-2 * Math.log(1e-5), chiSquareCriticalValueEvenDf(1e-5, 2), 1e-9);
        assertEquals(12.591587243743977, chiSquareCriticalValueEvenDf(0.05, 6), 1e-9);
        assertEquals(0.05, chiSquareSurvivalEvenDf(12.591587243743977, 6), 1e-12);
    }

    /**
     * A generator whose chain cannot reach some states from some others within a step, so that rows contain exact
     * zeros at the start, in the middle and at the end: state 0 ⇄ 1 ⇄ 2 are a closed class; 3 and 4 are transient
     * and lead into it (3 → 0, 4 → 2); 5 is absorbing. Row 0 is then (p, p, p, 0, 0, 0), row 5 is (0, …, 0, 1),
     * row 3 is (p, p, p, p, 0, 0).
     */
    private static double[][] reducibleGenerator(UniformRandomProvider rng) {
        int n = 6;
        double[][] q = new double[n][n];
        int[][] edges = {{0, 1}, {1, 0}, {1, 2}, {2, 1}, {2, 0}, {0, 2}, {3, 0}, {4, 2}, {4, 5}};
        for (int[] e : edges) {
            q[e[0]][e[1]] = 0.05 + rng.nextDouble();
        }
        for (int i = 0; i < n; i++) {
            double out = 0;
            for (int j = 0; j < n; j++) {
                out += i != j ? q[i][j] : 0;
            }
            q[i][i] = -out;
        }
        return q;
    }

    /**
     * Zero-probability destinations are never returned, even for the extreme uniforms u = 0 and u = the largest
     * double below 1 (what a 53-bit generator returns for an all-ones word). The trailing-zero case is the delicate
     * one: the cumulative sum of the positive entries may round to just below 1, and inversion must still not step
     * past the last state that can actually be reached. Checked on 2,000 random reducible generators and steps, for
     * {@code next} from every state and for {@code nextForArrival} (arrival in state 0).
     */
    @Test
    void zeroProbabilityDestinationsAreNeverReturned() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(1L);
        double[] edges = {0.0, Double.MIN_VALUE, 0x1.0p-53, Math.nextDown(1.0), Math.nextDown(Math.nextDown(1.0))};
        for (int trial = 0; trial < 2000; trial++) {
            double dt = 0.1 + 5 * rng.nextDouble();
            TransitionTable table = new TransitionTable(reducibleGenerator(rng), dt);
            for (int from = 0; from < table.size(); from++) {
                for (double u : edges) {
                    int to = table.next(from, u);
                    assertTrue(to >= 0 && to < table.size(), "state in range");
                    int f = from;
                    int t = trial;
                    assertTrue(table.probability(from, to) > 0, () -> "trial " + t + " dt=" + dt + ": next(" + f
                            + ", " + u + ") = " + to + ", a destination of probability 0");
                }
            }
            for (double u : edges) {
                // a receptor arriving in state 0 can only reach what state 0 reaches within the step
                int arrived = table.nextForArrival(u);
                int t = trial;
                assertTrue(table.probability(0, arrived) > 0, () -> "trial " + t + " dt=" + dt + ": nextForArrival("
                        + u + ") = " + arrived + ", a state that cannot be reached from 0");
            }
            // a fully known row: the absorbing state only ever returns itself
            assertEquals(5, table.next(5, 0.0));
            assertEquals(5, table.next(5, Math.nextDown(1.0)));
        }
    }

    /** A generator that returns one fixed 64-bit word: nextDouble() is then always the same value. */
    private static UniformRandomProvider stuck(long word) {
        return () -> word;
    }

    /**
     * A "broken" generator whose uniform is always 0.0 (word 0) or always the largest double below 1 (word −1)
     * still yields valid states of positive probability, within bounded time: 100,000 chained steps of next() and
     * nextForArrival(), and Binomial deviates for large n, finish well within the timeout (no sampler loops until
     * it sees a "good" uniform) and stay in range.
     */
    @Test
    void brokenGeneratorStillGivesValidStatesWithoutHanging() {
        TransitionTable table = new TransitionTable(denseGenerator(), 2.0);
        for (long word : new long[] {0L, -1L}) {
            UniformRandomProvider broken = stuck(word);
            double u = broken.nextDouble();
            assertTrue(u == 0.0 || u == Math.nextDown(1.0), "stuck uniform " + u);
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                int state = 0;
                for (int step = 0; step < 100_000; step++) {
                    int from = state;
                    int next = table.next(from, broken.nextDouble());
                    assertTrue(next >= 0 && next < table.size() && table.probability(from, next) > 0,
                            () -> "from " + from + " to " + next);
                    state = next;
                    int arrived = table.nextForArrival(broken.nextDouble());
                    assertTrue(arrived >= 0 && arrived < table.size(), () -> "arrival state " + arrived);
                }
                for (double p : new double[] {1e-300, 1e-6, 0.3, 0.5, 0.7, 1 - 1e-12}) {
                    long k = Binomial.sample(broken, 1_000_000, p);
                    assertTrue(k >= 0 && k <= 1_000_000, "Binomial(1e6, " + p + ") = " + k);
                }
            }, "word " + word);
        }
    }
}
