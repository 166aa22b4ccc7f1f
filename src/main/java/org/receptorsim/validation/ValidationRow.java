package org.receptorsim.validation;

import org.receptorsim.statistics.SampleStatistics;

/**
 * One line of the validation table: an emergent quantity read off simulated curves, beside its literature value.
 *
 * @param target target number, as in the literature table (docs/model.md)
 * @param quantity what is measured
 * @param literature the literature value or band
 * @param simulated the simulated value (mean over replicates)
 * @param spread standard deviation over replicates (0 with one replicate; NaN values left out)
 * @param unit unit of the simulated value
 * @param pass whether the simulated value lies in the band
 * @param role whether the model's values were fitted to this quantity (a training quantity) or not (a prediction)
 */
public record ValidationRow(String target, String quantity, String literature, double simulated, double spread,
                            String unit, boolean pass, Role role) {

    /**
     * A row from one value per replicate, on the project's one statistics path ({@link SampleStatistics}): a
     * replicate in which the quantity is not defined (NaN, e.g. a failed fit) is left out of the mean and the sample
     * standard deviation (0 with one value; both NaN, "not measured", with none). The band is met only if every
     * replicate gave a value and their mean lies in it.
     *
     * @param values the quantity in each replicate
     * @param pass the band, judged on the mean
     */
    static ValidationRow measured(String target, String quantity, String literature, String unit, double[] values,
                                  java.util.function.DoublePredicate pass, Role role) {
        SampleStatistics s = SampleStatistics.of(values);
        boolean everyReplicate = s.n() == values.length && values.length > 0;
        return new ValidationRow(target, quantity, literature, s.mean(), s.sd(), unit,
                everyReplicate && pass.test(s.mean()), role);
    }

    /** The row's key, "target: quantity", unique within a table. */
    public String key() {
        return target + ": " + quantity;
    }

    /** Whether a quantity was used to fit the model (docs/model.md's validation discipline). */
    public enum Role {
        /** A training quantity: values were fitted to it, so passing it shows the fit, not the model. */
        FITTED,
        /** A prediction: nothing was fitted to it; reported as it comes out. */
        PREDICTED;

        /** Lower-case name for tables: "fitted" or "predicted". */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
