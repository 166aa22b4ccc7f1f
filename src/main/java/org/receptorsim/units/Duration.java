package org.receptorsim.units;

/**
 * A length of time (or a time point from the start of a run) in seconds.
 *
 * @param seconds the value in seconds, ≥ 0 and finite
 */
public record Duration(double seconds) implements java.io.Serializable {

    /** Checks the value. */
    public Duration {
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("time must be finite and >= 0 s, got " + seconds);
        }
    }

    /** Parses text such as {@code "10 min"}; units ms, s, min, h, d. */
    public static Duration parse(String text) {
        return new Duration(Quantities.parse(text, "a time", Quantities.TIME));
    }

    @Override
    public String toString() {
        return Quantities.format(seconds, Quantities.TIME);
    }
}
