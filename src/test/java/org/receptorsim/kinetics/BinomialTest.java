package org.receptorsim.kinetics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.hipparchus.distribution.discrete.BinomialDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Binomial deviates follow the binomial law on both of their paths (skipping from success to success for small
 * expected counts, the order-statistics recursion for large ones): 20,000 draws per (n, p) are binned at the exact
 * binomial deciles and compared by Pearson's chi-square (9 degrees of freedom or fewer where deciles coincide).
 * Each of the 8 cases has α = 1e-4, so the false-failure probability of the class is below 0.1 %.
 */
class BinomialTest {

    private static final int DRAWS = 20_000;
    private static final double ALPHA = 1e-4;

    @ParameterizedTest
    @CsvSource({"1000000, 0.3", "100000, 0.999", "10000, 0.5", "5000, 0.001", "200, 0.9", "50, 0.02", "33, 0.5",
        "2000000000, 1e-6"})
    void drawsFollowTheBinomialLaw(long n, double p) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(20261130L + n);
        int trials = (int) Math.min(n, Integer.MAX_VALUE);
        BinomialDistribution law = new BinomialDistribution(trials, p);
        int bins = 10;
        int[] upper = new int[bins];
        for (int b = 0; b < bins - 1; b++) {
            upper[b] = law.inverseCumulativeProbability((b + 1.0) / bins);
        }
        upper[bins - 1] = trials;
        long[] observed = new long[bins];
        double lc = Math.log1p(-p);
        for (int i = 0; i < DRAWS; i++) {
            long x = i % 2 == 0 ? Binomial.sample(random, n, p) : Binomial.sample(random, n, p, lc);
            assertTrue(x >= 0 && x <= n, "draw " + x + " outside [0, " + n + "]");
            for (int b = 0; b < bins; b++) {
                if (x <= upper[b]) {
                    observed[b]++;
                    break;
                }
            }
        }
        double chi2 = 0;
        int used = 0;
        double previous = 0;
        long carried = 0;
        for (int b = 0; b < bins; b++) {
            carried += observed[b];
            if (b < bins - 1 && upper[b] == upper[b + 1]) {
                continue;
            }
            double cdf = b == bins - 1 ? 1.0 : law.cumulativeProbability(upper[b]);
            double expected = (cdf - previous) * DRAWS;
            previous = cdf;
            chi2 += (carried - expected) * (carried - expected) / expected;
            carried = 0;
            used++;
        }
        double pValue = 1 - new ChiSquaredDistribution(used - 1).cumulativeProbability(chi2);
        assertTrue(pValue >= ALPHA, "Bin(" + n + ", " + p + "): chi-square " + chi2 + " on " + (used - 1)
                + " df, p = " + pValue);
    }
}
