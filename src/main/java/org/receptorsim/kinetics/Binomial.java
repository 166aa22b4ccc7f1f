package org.receptorsim.kinetics;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Exact binomial deviates for parameters that change from call to call.
 *
 * <p>Small expected counts (min(n·p, n·(1 − p)) below {@value #INVERSION_LIMIT}) are drawn by BINV (Kachitvichyanukul
 * and Schmeiser 1988, "Binomial random variate generation", Commun. ACM 31:216–222): inversion of one uniform by the
 * recursion f(x + 1) = f(x)·((n + 1)/(x + 1) − 1)·p/(1 − p) from f(0) = (1 − p)ⁿ, one exponential and about n·p
 * multiplications per draw. Larger ones are drawn by BTRD (Hörmann 1993, "The generation of binomial random
 * variates", J. Statist. Comput. Simul. 46:101–110): transformed rejection under a hat of the form (a/(½ − |u|)² +
 * b)⁻¹ around the mode; most draws are accepted from one uniform (0.86·v_r of them: 50 % at n·p = 20, 79 % for large
 * n·p), the rest by the ratio f(k)/f(m) through the same recursion near the mode or through Stirling's series
 * farther out. Its expected cost is bounded whatever n, which is what keeps the count-only engine's cost flat from ten
 * thousand to a million receptors. Measured on this project's machine (Java 17, xoroshiro128++), ns per deviate at
 * n = 10⁶: BINV 31 at n·p = 10, 35 at 14, 42 at 20, 52 at 30; BTRD 47, 47, 45, 43, and 34 at 200; the BTPE of the
 * same paper (used before) 91, 87, 82, 80 and 49. The switch sits where BINV and BTRD cost about the same.
 *
 * <p>The final test compares log v with log f(k)/f(m) = (m + ½)·log((m + 1)/(r·(n − m + 1))) + (n + 1)·log((n − m +
 * 1)/(n − k + 1)) + (k + ½)·log(r·(n − k + 1)/(k + 1)) + f_c(m) + f_c(n − m) − f_c(k) − f_c(n − k), r = p/(1 − p),
 * where f_c(k) = log k! − ((k + ½)·log(k + 1) − (k + 1) + ½·log 2π) is tabulated for k &lt; 10 and taken from
 * Stirling's series above.
 */
public final class Binomial {

    /** Expected successes (or failures) below which a deviate is drawn by inversion (BINV); BTRD from here on. */
    static final double INVERSION_LIMIT = 20;

    /**
     * Largest count BINV walks to before it starts again with a new uniform: reached only when rounding leaves the
     * sum of the computed probabilities short of the uniform (P(X > 110) is below 10⁻⁴⁰ for n·p < 20).
     */
    private static final int INVERSION_BOUND = 110;

    /** 1/x for x up to {@link #INVERSION_BOUND}: BINV's recursion multiplies instead of dividing. */
    private static final double[] RECIPROCAL = new double[INVERSION_BOUND + 1];

    static {
        for (int x = 1; x <= INVERSION_BOUND; x++) {
            RECIPROCAL[x] = 1.0 / x;
        }
    }

    /**
     * Rejections after which the generator is taken to be degenerate (BTRD accepts most of its proposals for any n
     * and p, and BINV restarts only on rounding, so a working generator never gets here); the draw then
     * falls back to skipping from success to success, which ends whatever the uniforms.
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
        return p > 0 && p < 1 ? sample(random, n, p, Math.log(p), Math.log1p(-p)) : sample(random, n, p, 0, 0);
    }

    /**
     * A Binomial(n, p) deviate with log p and log(1 − p) given (computed once where p is used many times).
     *
     * @param logP log p
     * @param logComplement log(1 − p)
     */
    public static long sample(UniformRandomProvider random, long n, double p, double logP, double logComplement) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        boolean failures = p > 0.5;
        double r = failures ? 1 - p : p;
        long x = n * r < INVERSION_LIMIT ? binv(random, n, r, failures ? logP : logComplement)
                : btrd(random, n, r);
        if (x < 0) {
            // a degenerate generator (e.g. stuck at one value) never passes the tests: skip from success to success
            x = skip(random, n, failures ? logP : logComplement);
        }
        return failures ? n - x : x;
    }

    /**
     * BINV for n·r < {@value #INVERSION_LIMIT}, r ≤ 1/2, with log(1 − r) given: the smallest x whose cumulative
     * probability exceeds a uniform; −1 after {@value #MAX_REJECTIONS} restarts.
     */
    private static long binv(UniformRandomProvider random, long n, double r, double logQ) {
        double s = r / (1 - r);
        double a = (n + 1) * s;
        double f0 = Math.exp(n * logQ);
        long last = Math.min(n, INVERSION_BOUND);
        for (int attempt = 0; attempt < MAX_REJECTIONS; attempt++) {
            double u = random.nextDouble();
            double f = f0;
            int x = 0;
            while (u >= f && x < last) {
                u -= f;
                x++;
                f *= a * RECIPROCAL[x] - s;
            }
            if (u < f) {
                return x;
            }
        }
        return -1;
    }

    /** f_c(k) for k &lt; 10 (see the class comment). */
    private static final double[] STIRLING_TAIL = {0.08106146679532726, 0.04134069595540929, 0.02767792568499834,
        0.02079067210376509, 0.01664469118982119, 0.01387612882307075, 0.01189670994589177, 0.01041126526197209,
        0.009255462182712733, 0.008330563433362871};

    /**
     * BTRD for n·r ≥ {@value #INVERSION_LIMIT}, r ≤ 1/2 (steps as in Hörmann's paper); −1 after {@value #MAX_REJECTIONS}
     * rejections.
     */
    private static long btrd(UniformRandomProvider random, long n, double r) {
        long m = (long) ((n + 1) * r);
        double odds = r / (1 - r);
        double nr = (n + 1) * odds;
        double npq = n * r * (1 - r);
        double sd = Math.sqrt(npq);
        double b = 1.15 + 2.53 * sd;
        double a = -0.0873 + 0.0248 * b + 0.01 * r;
        double c = n * r + 0.5;
        double alpha = (2.83 + 5.1 / b) * sd;
        double vr = 0.92 - 4.2 / b;
        double urvr = 0.86 * vr;
        for (int attempt = 0; attempt < MAX_REJECTIONS; attempt++) {
            // step 1: the centre of the hat, accepted from one uniform
            double v = random.nextDouble();
            double u;
            if (v <= urvr) {
                u = v / vr - 0.43;
                return (long) Math.floor((2 * a / (0.5 - Math.abs(u)) + b) * u + c);
            }
            // step 2: a point (u, v) under the rest of the hat
            if (v >= vr) {
                u = random.nextDouble() - 0.5;
            } else {
                u = v / vr - 0.93;
                u = (u < 0 ? -0.5 : 0.5) - u;
                v = random.nextDouble() * vr;
            }
            // step 3: its k, and v scaled to the ratio f(k)/f(m) it must not exceed
            double us = 0.5 - Math.abs(u);
            double x = Math.floor((2 * a / us + b) * u + c);
            if (x < 0 || x > n) {
                continue;
            }
            long k = (long) x;
            v = v * alpha / (a / (us * us) + b);
            long km = Math.abs(k - m);
            if (km <= 15) {
                // step 3.1: f(i)/f(i − 1) = (n + 1)/i · r/q − r/q, multiplied up from the nearer end
                double f = 1;
                if (m < k) {
                    for (long i = m + 1; i <= k; i++) {
                        f *= nr / i - odds;
                    }
                } else {
                    for (long i = k + 1; i <= m; i++) {
                        v *= nr / i - odds;
                    }
                }
                if (v <= f) {
                    return k;
                }
                continue;
            }
            // step 3.2: squeezes on log f(k)/f(m) around its normal approximation −km²/(2npq)
            double logV = Math.log(v);
            double rho = (km / npq) * (((km / 3.0 + 0.625) * km + 1.0 / 6) / npq + 0.5);
            double t = -(double) km * km / (2 * npq);
            if (logV < t - rho) {
                return k;
            }
            if (logV > t + rho) {
                continue;
            }
            // step 3.3: log f(k)/f(m) by Stirling's series
            double nm = n - m + 1;
            double nk = n - k + 1;
            double bound = (m + 0.5) * Math.log((m + 1) / (odds * nm)) + stirlingTail(m) + stirlingTail(n - m)
                    + (n + 1) * Math.log(nm / nk) + (k + 0.5) * Math.log(nk * odds / (k + 1)) - stirlingTail(k)
                    - stirlingTail(n - k);
            if (logV <= bound) {
                return k;
            }
        }
        return -1;
    }

    /** f_c(k) = log k! − ((k + ½)·log(k + 1) − (k + 1) + ½·log 2π): tabulated below 10, else three terms of Stirling's series. */
    private static double stirlingTail(long k) {
        if (k < STIRLING_TAIL.length) {
            return STIRLING_TAIL[(int) k];
        }
        double r = 1.0 / (k + 1);
        double r2 = r * r;
        return (1.0 / 12 - (1.0 / 360 - r2 / 1260) * r2) * r;
    }

    /**
     * Successes of n Bernoulli trials with log(1 − p) = logQ, skipping from success to success (the gaps are
     * geometric): exact, and ends after at most n + 1 uniforms whatever they are.
     */
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
