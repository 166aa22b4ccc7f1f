package org.receptorsim.units;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses "number unit" text (e.g. {@code "10 uM"}, {@code "0.03 /s"}, {@code "10 min"}) into SI values.
 *
 * <p>A unit is always required: a bare number is rejected with a message listing the units accepted, because a
 * concentration or rate without a unit is the classic silent error of a scenario file.
 */
public final class Quantities {

    private static final Pattern NUMBER_UNIT =
            Pattern.compile("^\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(.*?)\\s*$");

    /** Units of concentration, as factors to molar. */
    public static final Map<String, Double> CONCENTRATION = Map.of(
            "M", 1.0, "mM", 1e-3, "uM", 1e-6, "µM", 1e-6, "nM", 1e-9, "pM", 1e-12);

    /** Units of time, as factors to seconds. */
    public static final Map<String, Double> TIME = Map.of(
            "ms", 1e-3, "s", 1.0, "min", 60.0, "h", 3600.0, "d", 86400.0);

    /** Units of a first-order rate constant, as factors to per second. */
    public static final Map<String, Double> RATE = Map.of(
            "/s", 1.0, "/min", 1.0 / 60, "/h", 1.0 / 3600, "/d", 1.0 / 86400);

    /** Units of a second-order association rate constant, as factors to per molar per second. */
    public static final Map<String, Double> ASSOCIATION_RATE = Map.of(
            "/M/s", 1.0, "/nM/s", 1e9, "/uM/s", 1e6, "/M/min", 1.0 / 60, "/nM/min", 1e9 / 60);

    private Quantities() {
    }

    /**
     * Parses a non-negative, finite quantity.
     *
     * @param text e.g. {@code "2.5 nM"}
     * @param what the kind of quantity, for the message ("a concentration")
     * @param units accepted units and their factors to the SI unit
     * @return the value in the SI unit of {@code units}
     * @throws IllegalArgumentException with a one-line message saying what was expected
     */
    public static double parse(String text, String what, Map<String, Double> units) {
        String expected = "expected " + what + " as 'number unit' with unit one of "
                + units.keySet().stream().sorted().toList();
        if (text == null) {
            throw new IllegalArgumentException(expected + ", got nothing");
        }
        Matcher m = NUMBER_UNIT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(expected + ", got '" + text + "'");
        }
        String unit = m.group(2);
        if (unit.isEmpty()) {
            throw new IllegalArgumentException(expected + ", got '" + text + "' (no unit)");
        }
        Double factor = units.get(unit);
        if (factor == null) {
            throw new IllegalArgumentException(expected + ", got unit '" + unit + "'");
        }
        double value = Double.parseDouble(m.group(1)) * factor;
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(expected + ", got a non-finite value '" + text + "'");
        }
        if (value < 0) {
            throw new IllegalArgumentException(what + " must be >= 0, got '" + text + "'");
        }
        return value;
    }

    /** Formats a value with the largest unit of the table that keeps it ≥ 1 (or the smallest unit). */
    public static String format(double si, Map<String, Double> units) {
        String best = null;
        double bestFactor = 0;
        String smallest = null;
        double smallestFactor = Double.MAX_VALUE;
        for (Map.Entry<String, Double> e : units.entrySet()) {
            if (e.getKey().equals("µM")) {
                continue;
            }
            double f = e.getValue();
            if (f < smallestFactor) {
                smallestFactor = f;
                smallest = e.getKey();
            }
            if (si != 0 && si / f >= 1 && f > bestFactor) {
                bestFactor = f;
                best = e.getKey();
            }
        }
        if (best == null) {
            best = si == 0 ? units.entrySet().stream().filter(e -> e.getValue() == 1.0)
                    .map(Map.Entry::getKey).findFirst().orElse(smallest) : smallest;
            bestFactor = units.get(best);
        }
        return trim(String.format(Locale.ROOT, "%.4g", si / bestFactor)) + " " + best;
    }

    /** Drops trailing zeros of a formatted mantissa ("1.500e-04" → "1.5e-04", "2.000" → "2"). */
    public static String trim(String number) {
        int e = number.indexOf('e');
        String mantissa = e < 0 ? number : number.substring(0, e);
        String exponent = e < 0 ? "" : number.substring(e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + exponent;
    }
}
