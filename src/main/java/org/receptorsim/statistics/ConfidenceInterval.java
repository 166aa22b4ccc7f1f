package org.receptorsim.statistics;

import org.hipparchus.distribution.continuous.TDistribution;

/**
 * A mean with its confidence interval (Student t, two-sided), e.g. over the cells of an ensemble.
 *
 * @param mean sample mean (NaN with no values)
 * @param halfWidth half-width of the interval (NaN with fewer than 2 values)
 * @param level confidence level, e.g. 0.95
 * @param n number of values (NaN values are left out, see {@link SampleStatistics})
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

    /** The interval of a sample, NaN values left out ({@link SampleStatistics}). */
    public static ConfidenceInterval of(double[] values, double level) {
        return SampleStatistics.of(values).interval(level);
    }
}
