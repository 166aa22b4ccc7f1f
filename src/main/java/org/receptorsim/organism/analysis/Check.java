package org.receptorsim.organism.analysis;

import java.util.Locale;

/**
 * A literature check of an organism scenario: a quantity and the band the source supports.
 *
 * @param id short identifier, e.g. "learned-2"
 * @param claim what the literature says, in words
 * @param quantity what is measured
 * @param low lower end of the band (−∞ allowed)
 * @param high upper end (+∞ allowed)
 * @param label whether a value was fitted to it, it is predicted, or it checks the design of the experiment
 * @param source the reference
 * @param note what is known about the result, e.g. the traced cause of a miss ("" when none)
 */
public record Check(String id, String claim, Quantity quantity, double low, double high, Label label,
                    String source, String note) {

    /** How a check relates to the parameters. */
    public enum Label {
        /** A parameter was fitted so that this passes (training). */
        FITTED,
        /** Nothing was fitted to it: a prediction; a miss is a finding. */
        PREDICTED,
        /** It checks the experiment (e.g. equal first-dose effects), not the biology. */
        DESIGN;

        /** The name in files. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** A label by its name in files. */
        public static Label of(String key) {
            for (Label l : values()) {
                if (l.key().equals(key == null ? "" : key.trim().toLowerCase(Locale.ROOT))) {
                    return l;
                }
            }
            throw new IllegalArgumentException("expected one of [fitted, predicted, design], got '" + key + "'");
        }
    }

    /** Checks the band. */
    public Check {
        note = note == null ? "" : note;
        if (!(low <= high)) {
            throw new IllegalArgumentException("band: expected [low, high] with low <= high, got [" + low + ", "
                    + high + "]");
        }
    }

    /** The band as text, e.g. "[1.2, inf)". */
    public String band() {
        return (Double.isInfinite(low) ? "(-inf" : "[" + fmt(low)) + ", "
                + (Double.isInfinite(high) ? "inf)" : fmt(high) + "]");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("\\.?0+$", "");
    }
}
