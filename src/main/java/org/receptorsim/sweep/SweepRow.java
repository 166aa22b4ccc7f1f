package org.receptorsim.sweep;

import java.util.List;
import org.receptorsim.scenario.SweepPlan;

/**
 * One row of a sweep's table: a point and an arm, the axes' values there (SI units) and, for every metric of
 * {@link SweepPlan#METRICS} in that order, the mean over the point's cells, the 95 % confidence half-width and the
 * number of cells with a value (0, mean NaN, when the metric does not apply).
 *
 * @param point 1-based point number (its directory is {@code points/pNNNN})
 * @param arm arm name
 * @param axisValues value of every axis at the point, SI units
 * @param mean mean of every metric
 * @param halfWidth 95 % CI half-width of every metric (NaN with fewer than 2 cells)
 * @param n cells with a value of every metric
 */
public record SweepRow(int point, String arm, double[] axisValues, double[] mean, double[] halfWidth, long[] n) {

    /** The metrics of a row, in column order. */
    public static List<String> metrics() {
        return SweepPlan.METRICS;
    }

    /** Mean of a metric, NaN if unknown or without a value. */
    public double mean(String metric) {
        int i = SweepPlan.METRICS.indexOf(metric);
        return i < 0 ? Double.NaN : mean[i];
    }

    /** 95 % CI half-width of a metric, NaN if unknown or without one. */
    public double halfWidth(String metric) {
        int i = SweepPlan.METRICS.indexOf(metric);
        return i < 0 ? Double.NaN : halfWidth[i];
    }
}
