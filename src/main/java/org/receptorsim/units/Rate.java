package org.receptorsim.units;

/**
 * A first-order rate constant in per second.
 *
 * @param perSecond the value in 1/s, ≥ 0 and finite
 */
public record Rate(double perSecond) implements java.io.Serializable {

    /** Checks the value. */
    public Rate {
        if (!(perSecond >= 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("rate constant must be finite and >= 0 /s, got " + perSecond);
        }
    }

    /** Parses text such as {@code "0.03 /s"}; units /s, /min, /h, /d. */
    public static Rate parse(String text) {
        return new Rate(Quantities.parse(text, "a rate constant", Quantities.RATE));
    }

    @Override
    public String toString() {
        return Quantities.trim(String.format(java.util.Locale.ROOT, "%.4g", perSecond)) + " /s";
    }
}
