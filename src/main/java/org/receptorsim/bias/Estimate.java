package org.receptorsim.bias;

import java.util.Arrays;

/**
 * A fitted value with its bootstrap confidence interval (percentile method).
 *
 * @param value the estimate from all the data (NaN if not determined)
 * @param lower lower end of the interval (NaN if not available)
 * @param upper upper end of the interval (NaN if not available)
 */
public record Estimate(double value, double lower, double upper) {

    /** No value. */
    public static final Estimate NONE = new Estimate(Double.NaN, Double.NaN, Double.NaN);

    /** Fewest successful bootstrap samples, as a share of all, for an interval to be given. */
    static final double MIN_VALID_SHARE = 0.8;

    /**
     * The estimate with the percentile interval of its bootstrap samples. NaN samples (failed refits) are left out;
     * if more than a fifth failed, no interval is given.
     *
     * @param value estimate from all the data
     * @param samples bootstrap replicates of the estimate
     * @param level confidence level, e.g. 0.95
     * @return the estimate
     */
    public static Estimate of(double value, double[] samples, double level) {
        double[] ok = Arrays.stream(samples).filter(Double::isFinite).sorted().toArray();
        if (!Double.isFinite(value) || ok.length < 2 || ok.length < MIN_VALID_SHARE * samples.length) {
            return new Estimate(value, Double.NaN, Double.NaN);
        }
        double a = (1 - level) / 2;
        return new Estimate(value, quantile(ok, a), quantile(ok, 1 - a));
    }

    /** A value without interval. */
    public static Estimate point(double value) {
        return new Estimate(value, Double.NaN, Double.NaN);
    }

    /** True if there is a value. */
    public boolean defined() {
        return Double.isFinite(value);
    }

    /** True if there is an interval. */
    public boolean hasInterval() {
        return Double.isFinite(lower) && Double.isFinite(upper);
    }

    /** True if the interval contains x. */
    public boolean contains(double x) {
        return hasInterval() && lower <= x && x <= upper;
    }

    /** The same estimate and interval, mapped through an increasing function (e.g. 10^x). */
    public Estimate map(java.util.function.DoubleUnaryOperator f) {
        return new Estimate(f.applyAsDouble(value), f.applyAsDouble(lower), f.applyAsDouble(upper));
    }

    /** "1.23 [0.98, 1.51]", or "1.23" without interval, or "" without value. */
    public String format(String pattern) {
        if (!defined()) {
            return "";
        }
        String v = String.format(java.util.Locale.ROOT, pattern, value);
        return hasInterval() ? v + " [" + String.format(java.util.Locale.ROOT, pattern, lower) + ", "
                + String.format(java.util.Locale.ROOT, pattern, upper) + "]" : v;
    }

    /** Linear-interpolation quantile of sorted values (type 7). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
