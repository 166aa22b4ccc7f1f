package org.receptorsim.pharmacology.pk;

/** One-line argument checks naming the field and the value; NaN fails every check. */
final class Checks {

    private Checks() {
    }

    /** Requires a finite value &gt; 0. */
    static double positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": expected a finite number > 0, got " + value);
        }
        return value;
    }

    /** Requires a finite value ≥ 0. */
    static double nonNegative(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": expected a finite number >= 0, got " + value);
        }
        return value;
    }

    /** Requires a value in (0, 1]. */
    static double fraction(String field, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(field + ": expected a fraction in (0, 1], got " + value);
        }
        return value;
    }

    /** Requires a finite value ≥ 1. */
    static double atLeastOne(String field, double value) {
        if (!(value >= 1) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": expected a finite number >= 1, got " + value);
        }
        return value;
    }
}
