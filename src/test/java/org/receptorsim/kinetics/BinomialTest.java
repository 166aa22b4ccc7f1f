package org.receptorsim.kinetics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.discrete.BinomialDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Binomial deviates follow the binomial law on both of their paths (inversion, BINV, for small expected counts,
 * BTRD for large ones): 20,000 draws per (n, p) are binned at the exact binomial deciles and
 * compared by Pearson's chi-square (9 degrees of freedom or fewer where deciles coincide); for extreme n (up to
 * 10¹²), the mean and the variance of 20,000 draws are compared with n·p and n·p·(1 − p) by their own standard
 * errors. The BINV cases cover expected counts from 0.05 to just below the switch (20), n from 3, and p near 1
 * (inversion of the failures); the BTRD cases an expected count just above the switch, p near 0.5, p tiny with huge n
 * and p near 1 (BTRD on the failures), and so every region of its hat and every test of its step 3 (the recursion
 * on both sides of the mode, the squeezes and Stirling's series). Each of the 27 chi-square cases and each of the 8
 * moments has α = 1e-4, so the false-failure probability of the class is below 0.4 %.
 */
class BinomialTest {

    private static final int DRAWS = 20_000;
    private static final double ALPHA = 1e-4;

    @ParameterizedTest
    @CsvSource({"1000000, 0.3", "100000, 0.999", "10000, 0.5", "5000, 0.001", "200, 0.9", "50, 0.02", "33, 0.5",
        "2000000000, 1e-6",
        // BINV: expected counts up to just below the switch (20), tiny n, p near 1 (the failures inverted)
        "101, 0.1", "1000, 0.0101", "21, 0.5", "60, 0.2", "199, 0.1", "39, 0.5", "3, 0.4", "1000000, 5e-8",
        "1000, 0.987", "1000, 0.981",
        // BTRD: expected count just above the switch, p near 0.5, p tiny with huge n, p near 1
        "201, 0.1", "1000, 0.0201", "41, 0.5", "1001, 0.4999", "400, 0.25", "2000000000, 0.5", "2000000000, 6e-9",
        "2000, 0.995", "1000000000, 0.99999998"})
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
        double lp = Math.log(p);
        for (int i = 0; i < DRAWS; i++) {
            long x = i % 2 == 0 ? Binomial.sample(random, n, p) : Binomial.sample(random, n, p, lp, lc);
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

    /**
     * Mean and variance of 20,000 draws for extreme n: the mean within z·σ/√D of n·p, the sample variance within z
     * times its standard error, √((μ₄ − σ⁴·(D − 3)/(D − 1))/D) with μ₄ = σ⁴·(3 + (1 − 6pq)/(npq)), for z of
     * two-sided α = 1e-4 each. Deviations from n·p are summed, so the sums keep their precision for n up to 10¹².
     */
    @ParameterizedTest
    @CsvSource({"2000000000, 0.5", "1000000000000, 0.3", "1000000000000, 1e-11", "1000000000000, 0.999999999"})
    void extremeTrialCountsHaveTheBinomialMeanAndVariance(long n, double p) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(31L + n);
        double mean = n * p;
        double variance = mean * (1 - p);
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < DRAWS; i++) {
            long x = Binomial.sample(random, n, p);
            assertTrue(x >= 0 && x <= n, "draw " + x + " outside [0, " + n + "]");
            double d = x - mean;
            sum += d;
            sumSquares += d * d;
        }
        double z = new NormalDistribution(0, 1).inverseCumulativeProbability(1 - ALPHA / 2);
        double meanShift = sum / DRAWS;
        double sampleVariance = (sumSquares - DRAWS * meanShift * meanShift) / (DRAWS - 1);
        double fourthMoment = variance * variance * (3 + (1 - 6 * p * (1 - p)) / variance);
        double varianceError = Math.sqrt((fourthMoment - variance * variance * (DRAWS - 3.0) / (DRAWS - 1)) / DRAWS);
        assertEquals(0, meanShift, z * Math.sqrt(variance / DRAWS), "mean − n·p of Bin(" + n + ", " + p + ")");
        assertEquals(variance, sampleVariance, z * varianceError, "variance of Bin(" + n + ", " + p + ")");
    }
}
