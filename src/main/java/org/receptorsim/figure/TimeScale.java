package org.receptorsim.figure;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;

/**
 * The unit of a time axis, chosen for the length of the run: the largest of s, min, h and d in which the run lasts
 * at least 3 units (a 45-min run in minutes, a 24-h run in hours, a week in days), with ticks at multiples natural to
 * that unit (every 6 h, every 15 min, ...).
 */
public enum TimeScale {
    /** Seconds. */
    SECONDS("s", 1, 1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600),
    /** Minutes. */
    MINUTES("min", 60, 1, 2, 5, 10, 15, 20, 30, 60, 120, 240),
    /** Hours. */
    HOURS("h", 3600, 1, 2, 3, 4, 6, 8, 12, 24, 48, 96),
    /** Days. */
    DAYS("d", 86400, 1, 2, 7, 14, 28, 56, 112);

    private final String unit;
    private final double seconds;
    private final double[] steps;

    TimeScale(String unit, double seconds, double... steps) {
        this.unit = unit;
        this.seconds = seconds;
        this.steps = steps;
    }

    /** The scale for a run of this length (seconds). */
    public static TimeScale forDuration(double durationSeconds) {
        TimeScale best = SECONDS;
        for (TimeScale t : values()) {
            if (durationSeconds >= 3 * t.seconds) {
                best = t;
            }
        }
        return best;
    }

    /** The unit's symbol: s, min, h, d. */
    public String unit() {
        return unit;
    }

    /** A time in seconds, in this unit. */
    public double of(double timeSeconds) {
        return timeSeconds / seconds;
    }

    /**
     * A time axis from 0 to the run's end, labelled "time (unit)", ticked at the unit's natural multiples.
     *
     * @param durationSeconds the run's length (seconds)
     * @return the axis
     */
    public NumberAxis axis(double durationSeconds) {
        NumberAxis a = new NumberAxis("time (" + unit + ")");
        TickUnits units = new TickUnits();
        DecimalFormat whole = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        DecimalFormat fraction = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        for (double f : new double[] {0.1, 0.25, 0.5}) {
            units.add(new NumberTickUnit(f, fraction, 4));
        }
        for (double s : steps) {
            units.add(new NumberTickUnit(s, whole, s >= 2 ? 2 : 4));
        }
        a.setStandardTickUnits(units);
        a.setLowerMargin(0);
        a.setUpperMargin(0);
        a.setAutoRangeIncludesZero(true);
        if (durationSeconds > 0) {
            double span = of(durationSeconds);
            a.setRange(0, span);
            for (double s : steps) {
                if (span / s <= 12) {
                    a.setTickUnit(new NumberTickUnit(s, whole, s >= 2 ? 2 : 4), false, true);
                    break;
                }
            }
        }
        return a;
    }
}
