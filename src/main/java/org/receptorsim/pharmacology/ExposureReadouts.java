package org.receptorsim.pharmacology;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The values of an exposure's extra quantities at one time ({@link Exposure#readouts(double)}): which quantities
 * vary by exposure (a bath reports none, pharmacokinetics its concentrations, induction and clearance), so they are
 * carried as a short named list with their units rather than as fields. Equal when the quantities and the values
 * (compared as {@link Double#compare} does) are.
 *
 * @param quantities the quantities, in the exposure's order
 * @param values their values, each in its quantity's unit, in the same order
 */
public record ExposureReadouts(List<ExposureQuantity> quantities, double[] values) implements java.io.Serializable {

    /** No extra quantities (an exposure that reports none). */
    public static final ExposureReadouts NONE = new ExposureReadouts(List.of(), new double[0]);

    /**
     * @throws IllegalArgumentException if the lists differ in length
     */
    public ExposureReadouts {
        quantities = List.copyOf(quantities);
        if (quantities.size() != values.length) {
            throw new IllegalArgumentException("exposure readouts: " + quantities.size() + " quantities but "
                    + values.length + " values");
        }
        values = values.clone();
    }

    /** The value of a quantity, in its unit. */
    public double value(ExposureQuantity quantity) {
        return value(quantity.column()).orElseThrow(() -> new IllegalArgumentException(
                "exposure readouts: no " + quantity.column() + " among " + quantities));
    }

    /** The value of the quantity with a column name, empty if the exposure does not report it. */
    public OptionalDouble value(String column) {
        for (int i = 0; i < values.length; i++) {
            if (quantities.get(i).column().equals(column)) {
                return OptionalDouble.of(values[i]);
            }
        }
        return OptionalDouble.empty();
    }

    /** The values, in the order of {@link #quantities()} (a copy). */
    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExposureReadouts e && quantities.equals(e.quantities) && Arrays.equals(values, e.values);
    }

    @Override
    public int hashCode() {
        return 31 * quantities.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("ExposureReadouts[");
        for (int i = 0; i < values.length; i++) {
            s.append(i == 0 ? "" : ", ").append(quantities.get(i).column()).append('=').append(values[i]);
        }
        return s.append(']').toString();
    }
}
