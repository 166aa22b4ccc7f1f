package org.receptorsim.kinetics;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Exact binomial deviates for parameters that change from call to call.
 *
 * <p>Small expected counts (min(n·p, n·(1 − p)) below {@value #SKIP_LIMIT}) are drawn by skipping from success to
 * success: the gaps between successes of Bernoulli(p) trials are geometric, so the cost is the number of successes.
 * Larger ones are drawn by BTPE (Kachitvichyanukul and Schmeiser 1988, "Binomial random variate generation",
 * Commun. ACM 31:216–222): acceptance–rejection under a hat of a triangle, two parallelograms and two exponential
 * tails around the mode, with squeezes so that most draws need two uniforms and no logarithm, and the rest a test of
 * f(y)/f(mode) by its recursion near the mode or by Stirling's series farther out. Its expected cost is bounded
 * whatever n, which is what keeps the count-only engine's cost flat from ten thousand to a million receptors.
 *
 * <p>The final test uses the Stirling corrections with the signs that follow from f(y)/f(M) = M!(n − M)!/(y!(n −
 * y)!)·(p/q)^(y − M): + for M + 1 and n − M + 1, − for y + 1 and n − y + 1 (the paper's step 5.3 prints + for all
 * four), and the series' leading coefficient 13860/166320 = 1/12.
 */
public final class Binomial {

    /** Expected successes (or failures) below which successes are skipped to one by one; BTPE from here on. */
    static final double SKIP_LIMIT = 10;

    /**
     * Rejections after which the generator is taken to be degenerate (BTPE accepts more than half of its proposals
     * for any n and p, so a working generator never gets here) and the draw falls back to skipping.
     */
    private static final int MAX_REJECTIONS = 10_000;

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
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        boolean failures = p > 0.5;
        double r = failures ? 1 - p : p;
        if (n * r < SKIP_LIMIT) {
            return failures ? n - skip(random, n, Math.log(p)) : skip(random, n, logComplement);
        }
        long x = btpe(random, n, r);
        if (x < 0) {
            // a degenerate generator (e.g. stuck at one value) never satisfies the rejection test: skip instead
            return failures ? n - skip(random, n, Math.log(p)) : skip(random, n, Math.log1p(-p));
        }
        return failures ? n - x : x;
    }

    /**
     * BTPE for n·r ≥ {@value #SKIP_LIMIT}, r ≤ 1/2 (steps as numbered in the paper); −1 after
     * {@value #MAX_REJECTIONS} rejections.
     */
    private static long btpe(UniformRandomProvider random, long n, double r) {
        // step 0: the hat
        double q = 1 - r;
        double nrq = n * r * q;
        double fm = n * r + r;
        long m = (long) fm;
        double p1 = Math.floor(2.195 * Math.sqrt(nrq) - 4.6 * q) + 0.5;
        double xm = m + 0.5;
        double xl = xm - p1;
        double xr = xm + p1;
        double c = 0.134 + 20.5 / (15.3 + m);
        double a = (fm - xl) / (fm - xl * r);
        double lambdaLeft = a * (1 + a / 2);
        a = (xr - fm) / (xr * q);
        double lambdaRight = a * (1 + a / 2);
        double p2 = p1 * (1 + 2 * c);
        double p3 = p2 + c / lambdaLeft;
        double p4 = p3 + c / lambdaRight;
        for (int attempt = 0; attempt < MAX_REJECTIONS; attempt++) {
            // step 1: the triangle, accepted at once
            double u = random.nextDouble() * p4;
            double v = random.nextDouble();
            long y;
            if (u <= p1) {
                return (long) Math.floor(xm - p1 * v + u);
            }
            if (u <= p2) {
                // step 2: the parallelograms
                double x = xl + (u - p1) / c;
                v = v * c + 1 - Math.abs(m - x + 0.5) / p1;
                if (v > 1) {
                    continue;
                }
                y = (long) Math.floor(x);
            } else if (u <= p3) {
                // step 3: the left exponential tail
                if (v <= 0) {
                    continue;
                }
                double x = Math.floor(xl + Math.log(v) / lambdaLeft);
                if (x < 0) {
                    continue;
                }
                y = (long) x;
                v *= (u - p2) * lambdaLeft;
            } else {
                // step 4: the right exponential tail
                if (v <= 0) {
                    continue;
                }
                double x = Math.floor(xr - Math.log(v) / lambdaRight);
                if (x > n) {
                    continue;
                }
                y = (long) x;
                v *= (u - p3) * lambdaRight;
            }
            if (accepts(n, r, q, nrq, m, xm, y, v)) {
                return y;
            }
        }
        return -1;
    }

    /** Step 5: whether v ≤ f(y)/f(m), by the recursion near the mode, else by squeezes and Stirling's series. */
    private static boolean accepts(long n, double r, double q, double nrq, long m, double xm, long y, double v) {
        long k = Math.abs(y - m);
        if (k <= 20 || k >= nrq / 2 - 1) {
            // step 5.1: f(i)/f(i − 1) = (n − i + 1)/i · r/q
            double s = r / q;
            double a = s * (n + 1);
            double f = 1;
            if (m < y) {
                for (long i = m + 1; i <= y; i++) {
                    f *= a / i - s;
                }
            } else {
                for (long i = y + 1; i <= m; i++) {
                    f /= a / i - s;
                }
            }
            return v <= f;
        }
        // step 5.2: squeezes on log f(y)/f(m) around its normal approximation −k²/(2nrq)
        double rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 1.0 / 6) / nrq + 0.5);
        double t = -(double) k * k / (2 * nrq);
        double logV = Math.log(v);
        if (logV < t - rho) {
            return true;
        }
        if (logV > t + rho) {
            return false;
        }
        // step 5.3: log f(y)/f(m) by Stirling's series
        double x1 = y + 1;
        double f1 = m + 1;
        double z = n + 1 - m;
        double w = n - y + 1;
        double bound = xm * Math.log(f1 / x1) + (n - m + 0.5) * Math.log(z / w) + (y - m) * Math.log(w * r / (x1 * q))
                + stirlingCorrection(f1) + stirlingCorrection(z) - stirlingCorrection(x1) - stirlingCorrection(w);
        return logV <= bound;
    }

    /** log Γ(x) − ((x − 1/2)·log x − x + log √(2π)), by the first five terms of Stirling's series. */
    private static double stirlingCorrection(double x) {
        double x2 = x * x;
        return (13860 - (462 - (132 - (99 - 140 / x2) / x2) / x2) / x2) / x / 166320;
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
