package org.receptorsim.validation;

/**
 * One line of the validation table: an emergent quantity read off simulated curves, beside its literature value.
 *
 * @param target target number, as in the literature table (docs/model.md)
 * @param quantity what is measured
 * @param literature the literature value or band
 * @param simulated the simulated value (mean over replicates)
 * @param spread standard deviation over replicates (0 with one replicate)
 * @param unit unit of the simulated value
 * @param pass whether the simulated value lies in the band
 * @param role whether the model's values were fitted to this quantity (a training quantity) or not (a prediction)
 */
public record ValidationRow(String target, String quantity, String literature, double simulated, double spread,
                            String unit, boolean pass, Role role) {

    /**
     * A row from one value per replicate: their mean, and their sample standard deviation (0 with one).
     *
     * @param values the quantity in each replicate
     * @param pass the band, judged on the mean
     */
    static ValidationRow measured(String target, String quantity, String literature, String unit, double[] values,
                                  java.util.function.DoublePredicate pass, Role role) {
        double mean = mean(values);
        double sd = sd(values);
        return new ValidationRow(target, quantity, literature, mean, sd, unit, pass.test(mean), role);
    }

    /** Mean of replicate values (NaN if any is NaN). */
    static double mean(double[] values) {
        return org.apache.commons.statistics.descriptive.Mean.of(values).getAsDouble();
    }

    /** Sample standard deviation of replicate values (n − 1; 0 for one value). */
    static double sd(double[] values) {
        return org.apache.commons.statistics.descriptive.StandardDeviation.of(values).getAsDouble();
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
