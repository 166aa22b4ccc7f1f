package org.receptorsim.analysis;

import java.util.List;
import org.hipparchus.stat.correlation.SpearmansCorrelation;
import java.util.function.ToDoubleFunction;
import org.receptorsim.model.CellSnapshot;

/**
 * Small readings of a recorded curve (values, peaks, half-times), shared by the summaries and the validation suite
 * so that each metric has one definition.
 */
public final class Curves {

    private Curves() {
    }

    /** The value recorded at the last snapshot at or before a time. */
    public static double valueAt(List<CellSnapshot> snapshots, ToDoubleFunction<CellSnapshot> value, double seconds) {
        CellSnapshot best = snapshots.get(0);
        for (CellSnapshot s : snapshots) {
            if (s.timeSeconds() <= seconds + 1e-6) {
                best = s;
            } else {
                break;
            }
        }
        return value.applyAsDouble(best);
    }

    /** The largest value recorded in [from, to] seconds (NaN if none). */
    public static double maxBetween(List<CellSnapshot> snapshots, ToDoubleFunction<CellSnapshot> value, double from,
                                    double to) {
        double max = Double.NaN;
        for (CellSnapshot s : snapshots) {
            if (s.timeSeconds() >= from - 1e-6 && s.timeSeconds() <= to + 1e-6) {
                double v = value.applyAsDouble(s);
                if (Double.isNaN(max) || v > max) {
                    max = v;
                }
            }
        }
        return max;
    }

    /** The time of the largest value recorded in [from, to] seconds (NaN if none). */
    public static double argMaxBetween(List<CellSnapshot> snapshots, ToDoubleFunction<CellSnapshot> value,
                                       double from, double to) {
        double max = Double.NEGATIVE_INFINITY;
        double at = Double.NaN;
        for (CellSnapshot s : snapshots) {
            if (s.timeSeconds() >= from - 1e-6 && s.timeSeconds() <= to + 1e-6) {
                double v = value.applyAsDouble(s);
                if (v > max) {
                    max = v;
                    at = s.timeSeconds();
                }
            }
        }
        return at;
    }

    /**
     * Half-time of a change: the first time after {@code from} at which the value has covered half of the way from
     * its value at {@code from} to its value at {@code to} (seconds after {@code from}; NaN if it never does).
     */
    public static double halfTime(List<CellSnapshot> snapshots, ToDoubleFunction<CellSnapshot> value, double from,
                                  double to) {
        double start = valueAt(snapshots, value, from);
        double end = valueAt(snapshots, value, to);
        double half = start + (end - start) / 2;
        for (CellSnapshot s : snapshots) {
            if (s.timeSeconds() <= from + 1e-6 || s.timeSeconds() > to + 1e-6) {
                continue;
            }
            double v = value.applyAsDouble(s);
            if (end < start ? v <= half : v >= half) {
                return s.timeSeconds() - from;
            }
        }
        return Double.NaN;
    }

    /** Spearman rank correlation of two equally long samples (Hipparchus; average ranks for ties). */
    public static double spearman(double[] x, double[] y) {
        return new SpearmansCorrelation().correlation(x, y);
    }
}
