package org.receptorsim.organism.analysis;

import java.util.Locale;

/**
 * A number read off a series over a window, from the grid points inside it (see {@link #of}).
 *
 * @param kind what is read
 * @param threshold the threshold of {@link Kind#HOURS_ABOVE} (else 0)
 */
public record Statistic(Kind kind, double threshold) {

    /** What is read. */
    public enum Kind {
        /** Smallest value. */
        MIN,
        /** Largest value. */
        MAX,
        /** Time-weighted mean (trapezoidal). */
        MEAN,
        /** Value at the first point. */
        START,
        /** Value at the last point. */
        END,
        /** ∫ value dt over the window (value·hours, trapezoidal). */
        AREA,
        /** Hours from the window's start to the largest value. */
        ARGMAX,
        /** Hours from the window's start to the smallest value. */
        ARGMIN,
        /** Hours within the window with the value above a threshold. */
        HOURS_ABOVE,
        /** Hours within the window with the value below a threshold. */
        HOURS_BELOW,
        /** Hours within the window with the value above half of its maximum in the window (a width at half height). */
        HALF_MAX_HOURS
    }

    /**
     * Parses a statistic name: min, max, mean, start, end, area, argmax, argmin, halfMaxHours,
     * hoursAbove&lt;number&gt; or hoursBelow&lt;number&gt;.
     *
     * @param text the name
     * @return the statistic
     * @throws IllegalArgumentException listing the names known
     */
    public static Statistic parse(String text) {
        String t = text == null ? "" : text.trim();
        for (String prefix : new String[] {"hoursAbove", "hoursBelow"}) {
            if (t.startsWith(prefix)) {
                try {
                    return new Statistic(prefix.equals("hoursAbove") ? Kind.HOURS_ABOVE : Kind.HOURS_BELOW,
                            Double.parseDouble(t.substring(prefix.length())));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("expected " + prefix + " followed by a number, e.g. " + prefix
                            + "0.05, got '" + text + "'");
                }
            }
        }
        if (t.equals("halfMaxHours")) {
            return new Statistic(Kind.HALF_MAX_HOURS, 0);
        }
        for (Kind k : Kind.values()) {
            if (k != Kind.HOURS_ABOVE && k != Kind.HOURS_BELOW && k != Kind.HALF_MAX_HOURS
                    && k.name().toLowerCase(Locale.ROOT).equals(t)) {
                return new Statistic(k, 0);
            }
        }
        throw new IllegalArgumentException("expected a statistic, one of [min, max, mean, start, end, area, argmax,"
                + " argmin, halfMaxHours, hoursAbove<x>, hoursBelow<x>], got '" + text + "'");
    }

    /**
     * Reads the statistic from the grid points in [from, to) — and the last grid point of the run when the window
     * reaches the end — so that consecutive windows (one per dose) share no point.
     *
     * @param times grid times (seconds)
     * @param values the series at those times
     * @param window the window
     * @return the number (NaN if the window holds no grid point)
     */
    public double of(double[] times, double[] values, Window window) {
        int first = -1;
        int last = -1;
        double end = times[times.length - 1];
        for (int i = 0; i < times.length; i++) {
            boolean before = times[i] < window.toSeconds() - 1e-6
                    || (window.toSeconds() >= end - 1e-6 && i == times.length - 1);
            if (times[i] >= window.fromSeconds() - 1e-6 && before) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return Double.NaN;
        }
        return switch (kind) {
            case MIN -> values[argExtreme(values, first, last, false)];
            case MAX -> values[argExtreme(values, first, last, true)];
            case START -> values[first];
            case END -> values[last];
            case MEAN -> last == first ? values[first] : area(times, values, first, last) * 3600
                    / (times[last] - times[first]);
            case AREA -> area(times, values, first, last);
            case ARGMAX -> (times[argExtreme(values, first, last, true)] - window.fromSeconds()) / 3600;
            case ARGMIN -> (times[argExtreme(values, first, last, false)] - window.fromSeconds()) / 3600;
            case HOURS_ABOVE -> hoursAbove(times, values, first, last, threshold);
            case HOURS_BELOW -> hoursAbove(times, negated(values), first, last, -threshold);
            case HALF_MAX_HOURS -> hoursAbove(times, values, first, last,
                    values[argExtreme(values, first, last, true)] / 2);
        };
    }

    private static double[] negated(double[] v) {
        double[] n = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            n[i] = -v[i];
        }
        return n;
    }

    private static int argExtreme(double[] v, int first, int last, boolean max) {
        int best = first;
        for (int i = first + 1; i <= last; i++) {
            if (max ? v[i] > v[best] : v[i] < v[best]) {
                best = i;
            }
        }
        return best;
    }

    private static double area(double[] t, double[] v, int first, int last) {
        double sum = 0;
        for (int i = first; i < last; i++) {
            sum += 0.5 * (v[i] + v[i + 1]) * (t[i + 1] - t[i]);
        }
        return sum / 3600;
    }

    private static double hoursAbove(double[] t, double[] v, int first, int last, double threshold) {
        double sum = 0;
        for (int i = first; i < last; i++) {
            double a = v[i] - threshold;
            double b = v[i + 1] - threshold;
            double h = t[i + 1] - t[i];
            if (a > 0 && b > 0) {
                sum += h;
            } else if (a > 0 || b > 0) {
                sum += h * Math.max(a, b) / (Math.abs(a) + Math.abs(b));
            }
        }
        return sum / 3600;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case HOURS_ABOVE -> "hoursAbove" + threshold;
            case HOURS_BELOW -> "hoursBelow" + threshold;
            case HALF_MAX_HOURS -> "halfMaxHours";
            default -> kind.name().toLowerCase(Locale.ROOT);
        };
    }
}
