package org.receptorsim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.distribution.discrete.BinomialDistribution;

/**
 * Statistical acceptance checks on replicate counts, each with false-failure probability at most α, and a budget
 * that counts the checks made: with α = familyAlpha / maxChecks and at most maxChecks checks, Bonferroni bounds the
 * probability that any check of the family fails when the simulator is exact by familyAlpha.
 *
 * <ul>
 *   <li>{@link #binomialMean}: R independent Binomial(N, p) counts sum to exactly Binomial(N·R, p), so the mean is
 *       accepted between the exact α/2 and 1 − α/2 quantiles of that sum divided by R. For large N·R·p·q this is
 *       the bound |mean − Np| ≤ z·sqrt(Np(1−p)/R) with z = Φ⁻¹(1 − α/2); for rare states (a few expected events
 *       over all replicates) the z bound would understate the false-failure probability many-fold, the exact one
 *       does not.</li>
 *   <li>{@link #variance}: the sample variance s² of R counts has Var(s²) = (μ4 − σ⁴(R−3)/(R−1))/R. It is
 *       compared with σ² through a scaled chi-square with the same mean and variance (d = 2σ⁴/Var(s²) degrees of
 *       freedom, Satterthwaite): s² ∈ σ²·[χ²_d(α/2), χ²_d(1 − α/2)]/d. Unlike a symmetric z bound this respects
 *       the right skew of s² (a Monte Carlo check with N = 500, R = 300 at α = 1e-3 found a symmetric z bound
 *       rejecting twice as often as nominal in the upper tail, the chi-square form at nominal for Npq ≥ 10). For
 *       binomial counts μ4 = Npq(1 + 3(N − 2)pq) exactly, and the check is only made where Npq ≥ 10.</li>
 *   <li>{@link #normalMean}: mean of R counts of known variance σ², |mean − μ| ≤ z·σ/sqrt(R) — for counts that
 *       are large (hundreds), whose sum over R replicates is normal to high accuracy.</li>
 *   <li>{@link #sameMean}: two independent samples (Welch's t with the Welch–Satterthwaite degrees of freedom,
 *       sample variances), for near-normal sums.</li>
 * </ul>
 */
final class LawChecks {

    /** Binomial variance checks are made only where N·p·q is at least this (near-normal counts). */
    static final double MIN_BINOMIAL_VARIANCE = 10;

    private final double alpha;
    private final int maxChecks;
    private int made;

    /**
     * @param familyAlpha false-failure probability of the whole family
     * @param maxChecks the most checks the family will make
     */
    LawChecks(double familyAlpha, int maxChecks) {
        this.alpha = familyAlpha / maxChecks;
        this.maxChecks = maxChecks;
    }

    /** False-failure probability of one check. */
    double alphaPerCheck() {
        return alpha;
    }

    /** Number of statistical checks made so far. */
    int made() {
        return made;
    }

    private void count(String what) {
        made++;
        assertTrue(made <= maxChecks, what + ": more statistical checks than the family's budget of " + maxChecks);
    }

    static double mean(long[] x) {
        double s = 0;
        for (long v : x) {
            s += v;
        }
        return s / x.length;
    }

    static double sampleVariance(long[] x) {
        double m = mean(x);
        double s = 0;
        for (long v : x) {
            s += (v - m) * (v - m);
        }
        return s / (x.length - 1);
    }

    /**
     * The mean of R counts that are each Binomial(n, p), independent: exact quantiles of the Binomial(n·R, p) sum.
     * p = 0 or 1 is checked deterministically (every count 0, or n) and not counted as a statistical check.
     */
    void binomialMean(String what, long[] counts, int n, double p) {
        int r = counts.length;
        long sum = 0;
        for (long c : counts) {
            sum += c;
        }
        if (p <= 0 || p >= 1) {
            long expected = p <= 0 ? 0 : (long) n * r;
            assertTrue(sum == expected, what + ": deterministic total " + expected + ", got " + sum);
            return;
        }
        count(what);
        BinomialDistribution law = new BinomialDistribution(Math.multiplyExact(n, r), p);
        int lo = law.inverseCumulativeProbability(alpha / 2);
        int hi = law.inverseCumulativeProbability(1 - alpha / 2);
        double z = (sum - (double) n * r * p) / Math.sqrt(n * r * p * (1 - p));
        assertTrue(sum >= lo && sum <= hi, what + ": mean " + (double) sum / r + " vs exact " + n * p + " (accepted "
                + (double) lo / r + " to " + (double) hi / r + ", z = " + z + ")");
    }

    /**
     * The sample variance of R counts that are each Binomial(n, p); made only where n·p·q ≥
     * {@link #MIN_BINOMIAL_VARIANCE}.
     *
     * @return true if the check was made
     */
    boolean binomialVariance(String what, long[] counts, int n, double p) {
        double pq = p * (1 - p);
        if (n * pq < MIN_BINOMIAL_VARIANCE) {
            return false;
        }
        variance(what, counts, n * pq, n * pq * (1 + 3 * (n - 2) * pq));
        return true;
    }

    /**
     * The sample variance of R independent counts with variance σ² and fourth central moment μ4, through the
     * scaled chi-square of matched mean and variance.
     */
    void variance(String what, long[] counts, double sigma2, double mu4) {
        count(what);
        int r = counts.length;
        double varS2 = (mu4 - sigma2 * sigma2 * (r - 3.0) / (r - 1)) / r;
        double d = 2 * sigma2 * sigma2 / varS2;
        ChiSquaredDistribution chi = new ChiSquaredDistribution(d);
        double lo = sigma2 * chi.inverseCumulativeProbability(alpha / 2) / d;
        double hi = sigma2 * chi.inverseCumulativeProbability(1 - alpha / 2) / d;
        double s2 = sampleVariance(counts);
        assertTrue(s2 >= lo && s2 <= hi, what + ": variance " + s2 + " vs exact " + sigma2 + " (accepted " + lo
                + " to " + hi + ", se " + Math.sqrt(varS2) + ")");
    }

    /** The mean of R independent, large counts of known mean μ and variance σ²: normal bound. */
    void normalMean(String what, long[] counts, double mu, double sigma2) {
        count(what);
        double z = new NormalDistribution(0, 1).inverseCumulativeProbability(1 - alpha / 2);
        double m = mean(counts);
        double se = Math.sqrt(sigma2 / counts.length);
        assertTrue(Math.abs(m - mu) <= z * se, what + ": mean " + m + " vs exact " + mu + " (bound ±" + z * se
                + ")");
    }

    /**
     * The whole marginal law of R counts that are each Binomial(n, p): Pearson's chi-square goodness of fit over
     * bins of consecutive counts, cut at the binomial quantiles so that each bin expects at least R/bins counts
     * (computed exactly from the binomial distribution), with bins − 1 degrees of freedom; made only where N·p·q ≥
     * {@link #MIN_BINOMIAL_VARIANCE} (so there are enough distinct counts for 8 bins).
     *
     * @return true if the check was made
     */
    boolean binomialChiSquare(String what, long[] counts, int n, double p) {
        if (n * p * (1 - p) < MIN_BINOMIAL_VARIANCE) {
            return false;
        }
        count(what);
        int bins = 8;
        BinomialDistribution law = new BinomialDistribution(n, p);
        int[] upper = new int[bins];
        for (int b = 0; b < bins - 1; b++) {
            upper[b] = law.inverseCumulativeProbability((b + 1.0) / bins);
        }
        upper[bins - 1] = n;
        double[] expected = new double[bins];
        long[] observed = new long[bins];
        double previous = 0;
        int used = 0;
        for (int b = 0; b < bins; b++) {
            if (b > 0 && upper[b] == upper[b - 1]) {
                continue;
            }
            double cdf = law.cumulativeProbability(upper[b]);
            expected[used] = (cdf - previous) * counts.length;
            previous = cdf;
            int lower = used == 0 ? -1 : upper[b - 1];
            for (long c : counts) {
                if (c > lower && c <= upper[b]) {
                    observed[used]++;
                }
            }
            used++;
        }
        double chi2 = 0;
        for (int b = 0; b < used; b++) {
            chi2 += (observed[b] - expected[b]) * (observed[b] - expected[b]) / expected[b];
        }
        double pValue = 1 - new ChiSquaredDistribution(used - 1).cumulativeProbability(chi2);
        assertTrue(pValue >= alpha, what + ": chi-square " + chi2 + " on " + (used - 1) + " df, p = " + pValue
                + " < " + alpha);
        return true;
    }

    /** Two independent samples have the same mean: Welch's t test at level α. */
    void sameMean(String what, long[] a, long[] b) {
        count(what);
        double va = sampleVariance(a) / a.length;
        double vb = sampleVariance(b) / b.length;
        double t = (mean(a) - mean(b)) / Math.sqrt(va + vb);
        double df = (va + vb) * (va + vb) / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
        double critical = new TDistribution(df).inverseCumulativeProbability(1 - alpha / 2);
        assertTrue(Math.abs(t) <= critical, what + ": means " + mean(a) + " and " + mean(b) + " differ by t = " + t
                + " (critical " + critical + ", df " + df + ")");
    }
}
