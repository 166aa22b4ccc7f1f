package org.receptorsim.figure;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A base-10 logarithmic axis whose labelled ticks sit on whole decades (10⁻⁹, 10⁻⁸, ... or 0.01, 0.1, 1, 10 within
 * 10⁻³–10⁴), with unlabelled minor ticks at 2–9 × each decade. Where the range holds fewer than two decades, the
 * 1-2-5 values are labelled instead (round values such as 1, 1.2, 1.5 within a narrower range); where decade labels
 * would crowd, every second (or third...) decade is labelled.
 * Never half decades or values such as 1.12, 1.26, 1.41.
 */
public final class DecadeLogAxis extends LogAxis {

    private static final long serialVersionUID = 1L;
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** @param label the axis label, with its unit */
    public DecadeLogAxis(String label) {
        super(label);
        setBase(10);
        setMinorTickMarksVisible(true);
        setSmallestValue(1e-300);
    }

    @Override
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        return ticks(g2, dataArea, edge);
    }

    /**
     * The values of the labelled ticks in a range, as this axis chooses them for a given space per decade.
     *
     * @param lower lower end of the range (&gt; 0)
     * @param upper upper end of the range
     * @param decadesPerLabel label every n-th decade (n ≥ 1)
     * @return the labelled values, ascending
     */
    static List<Double> labelledValues(double lower, double upper, int decadesPerLabel) {
        List<Double> out = new ArrayList<>();
        int d0 = (int) Math.floor(Math.log10(lower));
        int d1 = (int) Math.ceil(Math.log10(upper));
        List<Double> decades = new ArrayList<>();
        for (int d = d0; d <= d1; d++) {
            double v = Math.pow(10, d);
            if (v >= lower * (1 - 1e-9) && v <= upper * (1 + 1e-9)) {
                decades.add(v);
            }
        }
        if (decades.size() >= 2) {
            for (double v : decades) {
                if (Math.floorMod((int) Math.round(Math.log10(v)), decadesPerLabel) == 0) {
                    out.add(v);
                }
            }
            return out;
        }
        for (double[] mantissas : FINER) {
            out = new ArrayList<>();
            for (int d = d0; d <= d1; d++) {
                for (double m : mantissas) {
                    double v = m * Math.pow(10, d);
                    if (v >= lower * (1 - 1e-9) && v <= upper * (1 + 1e-9)) {
                        out.add(v);
                    }
                }
            }
            if (out.size() >= 2) {
                return out;
            }
        }
        return out;
    }

    /** Within less than a decade: 1-2-5, then finer round values until at least two are labelled. */
    private static final double[][] FINER = {
        {1, 2, 5},
        {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8},
        {1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 2, 2.2, 2.4, 2.6, 2.8, 3, 3.5, 4, 4.5, 5, 6, 7, 8, 9},
    };

    /** The label of a tick value: plain within 10⁻³–10⁴, else 10 with a superscript exponent. */
    static String label(double v, double lower, double upper) {
        boolean plain = lower >= 0.999e-3 && upper <= 1.001e4;
        double exponent = Math.log10(v);
        long e = Math.round(exponent);
        if (!plain && Math.abs(exponent - e) < 1e-9) {
            return "10" + superscript(e);
        }
        if (!plain) {
            double mantissa = v / Math.pow(10, Math.floor(exponent));
            return String.format(Locale.ROOT, "%.0f×10", mantissa) + superscript((long) Math.floor(exponent));
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    private static String superscript(long e) {
        StringBuilder s = new StringBuilder(e < 0 ? "⁻" : "");
        for (char c : Long.toString(Math.abs(e)).toCharArray()) {
            s.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return s.toString();
    }

    private List<NumberTick> ticks(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        double lower = Math.max(getLowerBound(), Double.MIN_NORMAL);
        double upper = getUpperBound();
        boolean horizontal = RectangleEdge.isTopOrBottom(edge);
        double length = horizontal ? dataArea.getWidth() : dataArea.getHeight();
        double decades = Math.max(1e-9, Math.log10(upper) - Math.log10(lower));
        double perDecade = length / decades;
        g2.setFont(getTickLabelFont());
        double labelSize = horizontal ? g2.getFontMetrics().stringWidth(label(Math.pow(10, -12), 1e-12, 1) + "0")
                + 6 : g2.getFontMetrics().getHeight() + 2;
        int every = Math.max(1, (int) Math.ceil(labelSize / Math.max(1e-9, perDecade)));
        List<Double> labelled = labelledValues(lower, upper, every);
        TextAnchor anchor = edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER
                : edge == RectangleEdge.BOTTOM ? TextAnchor.TOP_CENTER
                : edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT;
        List<NumberTick> ticks = new ArrayList<>();
        for (double v : labelled) {
            ticks.add(new NumberTick(TickType.MAJOR, v, label(v, lower, upper), anchor, anchor, 0));
        }
        int d0 = (int) Math.floor(Math.log10(lower));
        int d1 = (int) Math.ceil(Math.log10(upper));
        for (int d = d0; d <= d1; d++) {
            for (int m = 1; m <= 9; m++) {
                double v = m * Math.pow(10, d);
                if (v < lower * (1 - 1e-9) || v > upper * (1 + 1e-9)) {
                    continue;
                }
                boolean isLabelled = labelled.stream().anyMatch(x -> Math.abs(x - v) <= 1e-9 * v);
                if (!isLabelled && (m == 1 || perDecade > 25)) {
                    ticks.add(new NumberTick(TickType.MINOR, v, "", anchor, anchor, 0));
                }
            }
        }
        ticks.sort(java.util.Comparator.comparingDouble(NumberTick::getValue));
        return ticks;
    }
}
