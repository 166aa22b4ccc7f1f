package org.receptorsim.statistics;

import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.stat.inference.TTest;

/**
 * A between-arm difference of one metric: mean of the arm minus mean of the reference arm, with its Welch
 * (unequal-variance) 95 % confidence interval and the two-sided Welch t-test p-value (Hipparchus). NaN values are
 * left out ({@link SampleStatistics}); with fewer than two values in either arm, or no spread in both, the interval
 * and p-value are NaN.
 *
 * @param metric the metric's name
 * @param unit the metric's unit (the difference's unit)
 * @param arm the compared arm
 * @param reference the reference arm
 * @param n values of the arm used
 * @param nReference values of the reference used
 * @param difference mean(arm) − mean(reference)
 * @param ciLow lower bound of the 95 % interval of the difference
 * @param ciHigh upper bound of the 95 % interval
 * @param pValue two-sided Welch t-test p-value of no difference
 */
public record ArmComparison(String metric, String unit, String arm, String reference, long n, long nReference,
                            double difference, double ciLow, double ciHigh, double pValue) {

    /** The test behind every comparison, as named in the outputs. */
    public static final String TEST = "Welch t-test (unequal variances), 95 % Welch-Satterthwaite interval";

    /**
     * Compares an arm's values with the reference arm's.
     *
     * @param metric metric name
     * @param unit its unit
     * @param arm the arm
     * @param reference the reference arm
     * @param values the arm's values (NaN left out)
     * @param referenceValues the reference's values (NaN left out)
     * @return the comparison
     */
    public static ArmComparison welch(String metric, String unit, String arm, String reference, double[] values,
                                      double[] referenceValues) {
        double[] a = finite(values);
        double[] b = finite(referenceValues);
        SampleStatistics sa = SampleStatistics.of(a);
        SampleStatistics sb = SampleStatistics.of(b);
        double diff = sa.mean() - sb.mean();
        double low = Double.NaN;
        double high = Double.NaN;
        double p = Double.NaN;
        if (a.length >= 2 && b.length >= 2) {
            double va = sa.sd() * sa.sd() / a.length;
            double vb = sb.sd() * sb.sd() / b.length;
            double se = Math.sqrt(va + vb);
            if (se > 0) {
                double df = (va + vb) * (va + vb) / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
                double t = new TDistribution(df).inverseCumulativeProbability(0.5 + SummaryRow.LEVEL / 2);
                low = diff - t * se;
                high = diff + t * se;
                p = new TTest().tTest(a, b);
            }
        }
        return new ArmComparison(metric, unit, arm, reference, a.length, b.length, diff, low, high, p);
    }

    private static double[] finite(double[] values) {
        return java.util.Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    }

    /**
     * Every arm compared with the first, metric by metric (comparisons without values in either arm left out).
     *
     * @param arms arm names, the reference first
     * @param metrics metric names
     * @param units their units
     * @param values values[arm][metric][cell]
     * @return the comparisons, arm by arm, in metric order
     */
    public static java.util.List<ArmComparison> againstFirst(java.util.List<String> arms,
                                                             java.util.List<String> metrics,
                                                             java.util.List<String> units, double[][][] values) {
        java.util.List<ArmComparison> out = new java.util.ArrayList<>();
        for (int a = 1; a < arms.size(); a++) {
            for (int k = 0; k < metrics.size(); k++) {
                ArmComparison c = welch(metrics.get(k), units.get(k), arms.get(a), arms.get(0), values[a][k],
                        values[0][k]);
                if (c.n() > 0 && c.nReference() > 0) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
