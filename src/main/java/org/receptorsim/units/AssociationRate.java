package org.receptorsim.units;

/**
 * A second-order association rate constant in per molar per second.
 *
 * @param perMolarPerSecond the value in 1/(M·s), ≥ 0 and finite
 */
public record AssociationRate(double perMolarPerSecond) implements java.io.Serializable {

    /** Checks the value. */
    public AssociationRate {
        if (!(perMolarPerSecond >= 0) || Double.isInfinite(perMolarPerSecond)) {
            throw new IllegalArgumentException(
                    "association rate must be finite and >= 0 /M/s, got " + perMolarPerSecond);
        }
    }

    /** Parses text such as {@code "5e6 /M/s"}; units /M/s, /nM/s, /uM/s, /M/min, /nM/min. */
    public static AssociationRate parse(String text) {
        return new AssociationRate(Quantities.parse(text, "an association rate constant", Quantities.ASSOCIATION_RATE));
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.4g /M/s", perMolarPerSecond);
    }
}
