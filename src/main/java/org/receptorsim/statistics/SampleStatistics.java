package org.receptorsim.statistics;

import org.apache.commons.statistics.descriptive.DoubleStatistics;
import org.apache.commons.statistics.descriptive.Statistic;

/**
 * Mean and sample standard deviation (n − 1) of a sample, accumulated value by value on Commons Statistics. The
 * project's one NaN policy: NaN marks a value that does not apply (a metric undefined for a cell, a failed fit) and
 * is left out, so {@link #n()} counts the values used; infinities are kept. With no value the mean and SD are NaN;
 * with one value the SD is 0. Not thread-safe; merge per-thread accumulators with {@link #combine}.
 */
public final class SampleStatistics {

    private final DoubleStatistics moments = DoubleStatistics.of(Statistic.MEAN, Statistic.STANDARD_DEVIATION);

    /** The statistics of some values (NaN left out). */
    public static SampleStatistics of(double... values) {
        SampleStatistics s = new SampleStatistics();
        for (double v : values) {
            s.accept(v);
        }
        return s;
    }

    /** Adds a value; NaN is left out. */
    public void accept(double value) {
        if (!Double.isNaN(value)) {
            moments.accept(value);
        }
    }

    /** Adds the values of another accumulator. */
    public SampleStatistics combine(SampleStatistics other) {
        moments.combine(other.moments);
        return this;
    }

    /** Number of values used (NaN left out). */
    public long n() {
        return moments.getCount();
    }

    /** Sample mean, NaN with no value. */
    public double mean() {
        return moments.getAsDouble(Statistic.MEAN);
    }

    /** Sample standard deviation (n − 1 in the denominator), 0 with one value, NaN with none. */
    public double sd() {
        return moments.getAsDouble(Statistic.STANDARD_DEVIATION);
    }

    /** The Student-t confidence interval of the mean at a level such as 0.95. */
    public ConfidenceInterval interval(double level) {
        return ConfidenceInterval.of(mean(), sd(), n(), level);
    }
}
