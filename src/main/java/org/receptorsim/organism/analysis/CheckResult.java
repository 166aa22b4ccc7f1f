package org.receptorsim.organism.analysis;

/**
 * A check with what was measured.
 *
 * @param check the check
 * @param value the measured quantity (NaN if undefined)
 * @param pass true if the value lies in the band
 */
public record CheckResult(Check check, double value, boolean pass) {

    /** Evaluates a check on a scenario's metrics. */
    public static CheckResult of(Check check, java.util.function.ToDoubleFunction<MetricReference> metric) {
        double v = check.quantity().evaluate(metric);
        return new CheckResult(check, v, !Double.isNaN(v) && v >= check.low() && v <= check.high());
    }
}
