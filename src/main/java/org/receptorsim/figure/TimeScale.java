package org.receptorsim.figure;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.ui.RectangleEdge;

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
     * A time axis from 0 to the run's end, labelled "time (unit)", ticked at the unit's natural multiples. With
     * automatic tick selection (the GUI's live charts, whose width and range change) it takes the finest step whose
     * labels, measured in the axis's font, leave at least a label's height between neighbours, so labels never run
     * into each other at any run length or chart width.
     *
     * @param durationSeconds the run's length (seconds)
     * @return the axis
     */
    public NumberAxis axis(double durationSeconds) {
        TimeAxis a = new TimeAxis("time (" + unit + ")", tickUnits());
        a.setLowerMargin(0);
        a.setUpperMargin(0);
        a.setAutoRangeIncludesZero(true);
        if (durationSeconds > 0) {
            double span = of(durationSeconds);
            a.setRange(0, span);
            for (NumberTickUnit u : a.candidates) {
                if (u.getSize() >= 1 && span / u.getSize() <= 12) {
                    a.setTickUnit(u, false, true);
                    break;
                }
            }
        }
        return a;
    }

    /** The steps of this unit, finest first: tenths, quarters, halves (fixed decimals), then the natural ones. */
    private List<NumberTickUnit> tickUnits() {
        List<NumberTickUnit> units = new ArrayList<>();
        DecimalFormatSymbols root = DecimalFormatSymbols.getInstance(Locale.ROOT);
        units.add(new NumberTickUnit(0.1, new DecimalFormat("0.0", root), 4));
        units.add(new NumberTickUnit(0.25, new DecimalFormat("0.00", root), 4));
        units.add(new NumberTickUnit(0.5, new DecimalFormat("0.0", root), 4));
        DecimalFormat whole = new DecimalFormat("0", root);
        for (double s : steps) {
            units.add(new NumberTickUnit(s, whole, s >= 2 ? 2 : 4));
        }
        return units;
    }

    /** A time axis that chooses its automatic step by measuring its labels (horizontal edges). */
    private static final class TimeAxis extends NumberAxis {
        private static final long serialVersionUID = 1L;
        /** More ticks than this are never readable, and not worth measuring. */
        private static final int MAX_TICKS = 400;
        private final List<NumberTickUnit> candidates;

        TimeAxis(String label, List<NumberTickUnit> candidates) {
            super(label);
            this.candidates = List.copyOf(candidates);
            TickUnits standard = new TickUnits();
            candidates.forEach(standard::add);
            setStandardTickUnits(standard);
        }

        @Override
        protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
            if (!RectangleEdge.isTopOrBottom(edge)) {
                super.selectAutoTickUnit(g2, dataArea, edge);
                return;
            }
            FontMetrics fm = g2.getFontMetrics(getTickLabelFont());
            NumberTickUnit chosen = candidates.get(candidates.size() - 1);
            for (NumberTickUnit u : candidates) {
                double spacing = lengthToJava2D(u.getSize(), dataArea, edge);
                if (getRange().getLength() / u.getSize() <= MAX_TICKS
                        && spacing >= widestLabel(u, fm) + fm.getHeight()) {
                    chosen = u;
                    break;
                }
            }
            setTickUnit(chosen, false, false);
        }

        /** The widest label this step draws over the axis's range (pixels). */
        private double widestLabel(NumberTickUnit u, FontMetrics fm) {
            double widest = 0;
            double first = Math.ceil(getLowerBound() / u.getSize());
            for (double k = first; k * u.getSize() <= getUpperBound() + 1e-9 * u.getSize(); k++) {
                widest = Math.max(widest, fm.stringWidth(u.valueToString(k * u.getSize())));
            }
            return widest;
        }
    }
}
