package org.receptorsim.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.ScenarioVariant;

/**
 * A fitted library value varied for sensitivity analysis: multiplied by a factor between {@code lowFactor} and
 * {@code highFactor}. The range asked for (×0.5 to ×2) is cut where the library refuses the value (a fraction such as
 * {@code phosphorylatedCoupling = 0.7} cannot exceed 1), so every value the analysis uses is one the model accepts;
 * the range actually used is reported.
 *
 * @param path library path, e.g. "cells.HEK293-MOR.arrestin3EndocytosisRate"
 * @param nominal the library's value (of the field's type)
 * @param nominalSi the library's value as a number in SI units
 * @param lowFactor smallest factor used (≤ 1)
 * @param highFactor largest factor used (≥ 1)
 */
public record SensitivityParameter(String path, Object nominal, double nominalSi, double lowFactor,
                                   double highFactor) {

    /**
     * The parameter at a path with the factor range asked for, cut to the values the library accepts.
     *
     * @param library the library
     * @param path the library path
     * @param low smallest factor asked for (&gt; 0, ≤ 1)
     * @param high largest factor asked for (≥ 1)
     * @return the parameter
     * @throws IllegalArgumentException if the path is unknown or the value is 0 (no factor changes it)
     */
    public static SensitivityParameter of(Library library, String path, double low, double high) {
        if (!(low > 0 && low <= 1 && high >= 1)) {
            throw new IllegalArgumentException("factor range: expected 0 < low <= 1 <= high, got " + low + ", " + high);
        }
        Object nominal = library.value(path);
        double si = ScenarioVariant.si(nominal);
        if (!(si > 0)) {
            throw new IllegalArgumentException(path + ": the value is " + nominal + ", which no factor changes");
        }
        SensitivityParameter p = new SensitivityParameter(path, nominal, si, 1, 1);
        return new SensitivityParameter(path, nominal, si, p.admissible(library, low), p.admissible(library, high));
    }

    /** The value at a factor, of the field's type. */
    public Object value(Library library, double factor) {
        return ScenarioVariant.fromSi(library.type(path), nominalSi * factor);
    }

    /**
     * The library with this value multiplied by a factor (and changed in the cell types that inherit it, as
     * {@link Library#with} does).
     */
    public Library apply(Library library, double factor) {
        return library.with(path, value(library, factor));
    }

    /** The factor at a position u ∈ [0, 1] of the range on a log scale (0 = lowFactor, 1 = highFactor). */
    public double factorAt(double u) {
        return lowFactor * Math.pow(highFactor / lowFactor, u);
    }

    /** The factor asked for, cut to the range used. */
    public double clip(double factor) {
        return Math.max(lowFactor, Math.min(highFactor, factor));
    }

    /** True if the library accepts the value at a factor. */
    private boolean accepts(Library library, double factor) {
        try {
            apply(library, factor);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The factor nearest to {@code wanted} (between 1 and it) whose value the library accepts: {@code wanted}
     * itself, or the edge of the accepted range found by bisection on the log scale, rounded to six significant
     * digits of the value where that is still accepted (so 0.7 × 1/0.7 gives exactly 1).
     */
    private double admissible(Library library, double wanted) {
        if (accepts(library, wanted)) {
            return wanted;
        }
        if (!accepts(library, 1)) {
            throw new IllegalArgumentException(path + ": the library refuses its own value " + nominal);
        }
        double in = 0;
        double out = Math.log(wanted);
        for (int i = 0; i < 60; i++) {
            double mid = (in + out) / 2;
            if (accepts(library, Math.exp(mid))) {
                in = mid;
            } else {
                out = mid;
            }
        }
        double edge = Math.exp(in);
        double rounded = new BigDecimal(nominalSi * edge).round(new MathContext(6)).doubleValue() / nominalSi;
        boolean inside = wanted > 1 ? rounded <= wanted : rounded >= wanted;
        return inside && accepts(library, rounded) ? rounded : edge;
    }
}
