package org.receptorsim.ensemble;

import org.hipparchus.distribution.continuous.TDistribution;

/**
 * A mean with its confidence interval over the cells of an ensemble (Student t, two-sided).
 *
 * @param mean sample mean
 * @param halfWidth half-width of the interval (NaN with fewer than 2 values)
 * @param level confidence level, e.g. 0.95
 * @param n number of values (NaN values are left out)
 */
public record ConfidenceInterval(double mean, double halfWidth, double level, long n) {

    /**
     * The interval from a sample's mean, standard deviation and size.
     *
     * @param mean sample mean
     * @param sd sample standard deviation
     * @param n sample size
     * @param level confidence level
     * @return the interval (half-width NaN for n &lt; 2)
     */
    public static ConfidenceInterval of(double mean, double sd, long n, double level) {
        if (n < 2) {
            return new ConfidenceInterval(mean, Double.NaN, level, n);
        }
        double t = new TDistribution(n - 1).inverseCumulativeProbability(0.5 + level / 2);
        return new ConfidenceInterval(mean, t * sd / Math.sqrt(n), level, n);
    }

    /** The interval of a sample, leaving out NaN values. */
    public static ConfidenceInterval of(double[] values, double level) {
        double sum = 0;
        long n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        if (n == 0) {
            return new ConfidenceInterval(Double.NaN, Double.NaN, level, 0);
        }
        double mean = sum / n;
        if (n < 2) {
            return new ConfidenceInterval(mean, Double.NaN, level, n);
        }
        double ss = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                ss += (v - mean) * (v - mean);
            }
        }
        double sd = Math.sqrt(ss / (n - 1));
        double t = new TDistribution(n - 1).inverseCumulativeProbability(0.5 + level / 2);
        return new ConfidenceInterval(mean, t * sd / Math.sqrt(n), level, n);
    }
}
