package org.receptorsim.statistics;

/**
 * One row of a long-format summary table: a metric of one arm (or ligand, or target) with its unit, the number of
 * values behind it, mean, standard deviation and confidence interval. NaN marks what does not apply (an SD of one
 * value's summary, an interval not computed).
 *
 * @param metric the metric's name, one name per quantity across all outputs (e.g. {@code tachyphylaxis_percent})
 * @param arm the arm, ligand or other group the value belongs to
 * @param unit the metric's unit (e.g. "%", "h", "fold")
 * @param n number of values (cells, replicates) behind the mean
 * @param mean the mean (or the single value, or a point estimate)
 * @param sd sample standard deviation of the values (NaN with one value or where not defined)
 * @param ciLow lower bound of the 95 % confidence interval (NaN if none)
 * @param ciHigh upper bound of the 95 % confidence interval (NaN if none)
 */
public record SummaryRow(String metric, String arm, String unit, long n, double mean, double sd, double ciLow,
                         double ciHigh) {

    /** Confidence level of every summary table's intervals. */
    public static final double LEVEL = 0.95;

    /**
     * The summary of a sample (NaN values left out, {@link SampleStatistics}): mean, SD and the Student-t 95 %
     * interval of the mean; with one value its SD and interval are NaN.
     */
    public static SummaryRow of(String metric, String arm, String unit, double[] values) {
        SampleStatistics s = SampleStatistics.of(values);
        ConfidenceInterval ci = s.interval(LEVEL);
        double sd = s.n() > 1 ? s.sd() : Double.NaN;
        return new SummaryRow(metric, arm, unit, s.n(), s.mean(), sd, ci.mean() - ci.halfWidth(),
                ci.mean() + ci.halfWidth());
    }

    /** A point estimate with an interval found otherwise (e.g. a bootstrap percentile interval). */
    public static SummaryRow estimate(String metric, String arm, String unit, long n, double value, double low,
                                      double high) {
        return new SummaryRow(metric, arm, unit, n, value, Double.NaN, low, high);
    }

    /**
     * The summary rows of several arms' metrics, arm by arm in metric order.
     *
     * @param arms arm names
     * @param metrics metric names
     * @param units their units
     * @param values values[arm][metric][cell] (NaN: does not apply)
     * @return one row per arm and metric
     */
    public static java.util.List<SummaryRow> table(java.util.List<String> arms, java.util.List<String> metrics,
                                                   java.util.List<String> units, double[][][] values) {
        java.util.List<SummaryRow> out = new java.util.ArrayList<>();
        for (int a = 0; a < arms.size(); a++) {
            for (int k = 0; k < metrics.size(); k++) {
                out.add(of(metrics.get(k), arms.get(a), units.get(k), values[a][k]));
            }
        }
        return out;
    }
}
