package org.receptorsim.kinetics;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Exact binomial deviates for parameters that change from call to call, in time proportional to the number of
 * successes (or failures): the gaps between successes of Bernoulli(p) trials are geometric, so the count is found
 * by skipping from success to success. This is what makes the cohort engine's cost follow the number of
 * transitions rather than the number of receptors.
 */
public final class Binomial {

    private Binomial() {
    }

    /**
     * A Binomial(n, p) deviate.
     *
     * @param random the generator
     * @param n trials, ≥ 0
     * @param p success probability in [0, 1]
     * @return the number of successes, in [0, n]
     */
    public static long sample(UniformRandomProvider random, long n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        if (p > 0.5) {
            return n - sample(random, n, 1 - p);
        }
        double logQ = Math.log1p(-p);
        long successes = 0;
        long position = 0;
        while (true) {
            // trials up to and including the next success: 1 + floor(ln U / ln(1 - p)), U in (0, 1]
            double u = 1.0 - random.nextDouble();
            double gap = Math.floor(Math.log(u) / logQ);
            if (gap >= n - position) {
                return successes;
            }
            position += (long) gap + 1;
            successes++;
            if (position >= n) {
                return successes;
            }
        }
    }
}
