package org.receptorsim.kinetics;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;

/**
 * Exact binomial deviates for parameters that change from call to call.
 *
 * <p>Small expected counts (min(n·p, n·(1 − p)) below {@value #SKIP_LIMIT}) are drawn by skipping from success to
 * success: the gaps between successes of Bernoulli(p) trials are geometric, so the cost is the number of successes.
 * Larger ones are first split by the order-statistics recursion (Devroye 1986, Non-Uniform Random Variate
 * Generation, ch. X.4): with U₁…U_n uniform and X = #{U_j ≤ p}, the i-th smallest uniform is Y ~ Beta(i, n − i + 1);
 * if Y ≤ p, X = i + Bin(n − i, (p − Y)/(1 − Y)), else X = Bin(i − 1, p/Y), exactly, for any i. Taking i at the mean
 * n·p puts Y within about sqrt(p(1 − p)/n) of p, so the expected count left falls from m to about sqrt(m) per beta
 * deviate (Cheng's sampler from Commons RNG): a few deviates whatever n, which is what keeps the count-only engine's
 * cost nearly flat from ten thousand to a million receptors.
 */
public final class Binomial {

    /** Expected successes (or failures) below which successes are skipped to one by one. */
    static final double SKIP_LIMIT = 8;

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
        return sample(random, n, p, p > 0 && p < 1 ? Math.log1p(-p) : 0);
    }

    /**
     * A Binomial(n, p) deviate with log(1 − p) given (computed once where p is used many times).
     *
     * @param logComplement log(1 − p)
     */
    public static long sample(UniformRandomProvider random, long n, double p, double logComplement) {
        long successes = 0;
        boolean logKnown = true;
        while (true) {
            if (n <= 0 || p <= 0) {
                return successes;
            }
            if (p >= 1) {
                return successes + n;
            }
            if (n * Math.min(p, 1 - p) < SKIP_LIMIT) {
                if (p > 0.5) {
                    return successes + n - skip(random, n, Math.log(p));
                }
                return successes + skip(random, n, logKnown ? logComplement : Math.log1p(-p));
            }
            long i = Math.max(1, Math.min(n, Math.round(n * p)));
            double y;
            try {
                y = ChengBetaSampler.of(new Bounded(random), i, n - i + 1).sample();
            } catch (Bounded.Exhausted e) {
                // a degenerate generator (e.g. stuck at one value) never satisfies the rejection test: skip instead
                return successes + (p > 0.5 ? n - skip(random, n, Math.log(p)) : skip(random, n, Math.log1p(-p)));
            }
            if (y <= p) {
                successes += i;
                n -= i;
                p = (p - y) / (1 - y);
            } else {
                n = i - 1;
                p = p / y;
            }
            logKnown = false;
        }
    }

    /**
     * A generator that gives at most {@value #LIMIT} numbers: Cheng's rejection sampler needs about two per deviate,
     * so reaching the limit means the underlying generator is degenerate, and the draw falls back to skipping.
     */
    private static final class Bounded implements UniformRandomProvider {
        static final int LIMIT = 10_000;
        private final UniformRandomProvider random;
        private int used;

        Bounded(UniformRandomProvider random) {
            this.random = random;
        }

        @Override
        public long nextLong() {
            if (++used > LIMIT) {
                throw new Exhausted();
            }
            return random.nextLong();
        }

        /** Thrown when the limit is reached (no stack trace: it is control flow). */
        static final class Exhausted extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Exhausted() {
                super(null, null, false, false);
            }
        }
    }

    /** Successes of n Bernoulli trials with log(1 − p) = logQ, skipping from success to success. */
    private static long skip(UniformRandomProvider random, long n, double logQ) {
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
