package org.receptorsim.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one look of every chart the program draws, saved or live. Sizes are in points at the figure's printed size
 * ({@link Figure#DOUBLE_COLUMN} wide): titles 10 pt, axis labels 9 pt, tick labels and legends 8 pt, notes 7.5 pt,
 * in the logical sans-serif font (DejaVu Sans on Linux: every glyph used, Greek and superscripts included). Colours are Okabe–Ito (colour-blind safe); every
 * series also gets a dash pattern and a marker shape of its own so that lines stay apart in grey print, and lines are
 * drawn as one path so dashes survive dense sampling.
 */
public final class ChartStyle {

    /** Okabe–Ito: blue, vermillion, bluish green, reddish purple, orange, sky blue, yellow, black. */
    public static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0xF0E442), Color.BLACK};

    /** Series colours: the palette without yellow, which does not show as a line on white. */
    private static final Color[] SERIES = {PALETTE[0], PALETTE[1], PALETTE[2], PALETTE[3], PALETTE[4], PALETTE[7],
        PALETTE[5]};

    /** Dash patterns (points), solid first. */
    private static final float[][] DASHES = {null, {5f, 2.5f}, {1.2f, 2f}, {6f, 2f, 1.2f, 2f}, {2.5f, 2.5f},
        {8f, 3f}};

    /** Viridis at 0, 1/8, ..., 1 (matplotlib's table): sequential, colour-blind safe, readable in grey. */
    private static final Color[] VIRIDIS = {new Color(0x440154), new Color(0x482878), new Color(0x3E4989),
        new Color(0x31688E), new Color(0x26828E), new Color(0x1F9E89), new Color(0x35B779), new Color(0x6ECE58),
        new Color(0xFDE725)};

    /** Width of data lines (points). */
    public static final float LINE_WIDTH = 1.25f;

    /** Font family: the logical sans serif, which falls back per glyph (τ, Δ, ⁻, µ all print). */
    public static final String FONT_FAMILY = fontFamily();

    /** Chart titles. */
    public static final Font TITLE = new Font(FONT_FAMILY, Font.BOLD, 10);
    /** Axis labels and subtitles. */
    public static final Font LABEL = new Font(FONT_FAMILY, Font.PLAIN, 9);
    /** Tick labels and legend items. */
    public static final Font TICK = new Font(FONT_FAMILY, Font.PLAIN, 8);
    /** Notes, annotations and tile labels. */
    public static final Font NOTE = new Font(FONT_FAMILY, Font.PLAIN, 7);

    /** Grid lines. */
    public static final Color GRID = new Color(0xDDDDDD);
    /** Shading of exposure periods. */
    public static final Color EXPOSURE = new Color(0xEDEDED);

    private ChartStyle() {
    }

    private static String fontFamily() {
        return Font.SANS_SERIF;
    }

    /** The colour of series number {@code i}. */
    public static Color colour(int i) {
        return SERIES[Math.floorMod(i, SERIES.length)];
    }

    /** The same colour, partly transparent (alpha 0–1), for bands. */
    public static Color translucent(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * alpha));
    }

    /** The line of series number {@code i}: solid, dashed, dotted, dash-dot, ... */
    public static Stroke line(int i) {
        return line(i, LINE_WIDTH);
    }

    /** The dash pattern of series {@code i} at a given width (points). */
    public static Stroke line(int i, float width) {
        float[] dash = DASHES[Math.floorMod(i, DASHES.length)];
        return dash == null ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /** The marker of series number {@code i} (about 5 pt): circle, square, triangle, diamond, down-triangle. */
    public static Shape marker(int i) {
        double s = 5;
        double h = s / 2;
        return switch (Math.floorMod(i, 5)) {
            case 0 -> new Ellipse2D.Double(-h, -h, s, s);
            case 1 -> new Rectangle2D.Double(-h * 0.9, -h * 0.9, s * 0.9, s * 0.9);
            case 2 -> polygon(0, -h * 1.15, h * 1.1, h * 0.85, -h * 1.1, h * 0.85);
            case 3 -> polygon(0, -h * 1.2, h * 1.1, 0, 0, h * 1.2, -h * 1.1, 0);
            default -> polygon(0, h * 1.15, h * 1.1, -h * 0.85, -h * 1.1, -h * 0.85);
        };
    }

    private static Shape polygon(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int k = 2; k < xy.length; k += 2) {
            p.lineTo(xy[k], xy[k + 1]);
        }
        p.closePath();
        return p;
    }

    /** The sequential (viridis) colour at fraction f in [0, 1], e.g. for time order or a heat map. */
    public static Color sequential(double f) {
        double x = Math.max(0, Math.min(1, f)) * (VIRIDIS.length - 1);
        int i = Math.min(VIRIDIS.length - 2, (int) Math.floor(x));
        double t = x - i;
        Color a = VIRIDIS[i];
        Color b = VIRIDIS[i + 1];
        return new Color((int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }

    /** Colour {@code k} of {@code n} in time order: viridis, stopping short of its light yellow end. */
    public static Color ordered(int k, int n) {
        return sequential(n <= 1 ? 0 : 0.85 * k / (n - 1));
    }

    /** A number axis with its label (which should name the unit: "time (min)", "cAMP (× control)"). */
    public static NumberAxis numberAxis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setAutoRangeIncludesZero(false);
        return a;
    }

    /**
     * A legend entry that is only text, e.g. "mean ± 95 % CI of 6 cells", stating what the lines, points and bands
     * of a chart are.
     */
    public static LegendItem legendNote(String text) {
        LegendItem item = new LegendItem(text, null, null, null, false, new Rectangle2D.Double(), false,
                Color.WHITE, false, Color.WHITE, new BasicStroke(0f), false, new Rectangle2D.Double(),
                new BasicStroke(0f), Color.WHITE);
        item.setLabelFont(new Font(FONT_FAMILY, Font.ITALIC, TICK.getSize()));
        return item;
    }

    /** A legend entry for a line series (its colour, dash and optionally its marker). */
    public static LegendItem legendLine(String label, Paint paint, Stroke stroke, Shape marker) {
        LegendItem item = new LegendItem(label, null, null, null, marker != null,
                marker != null ? marker : new Rectangle2D.Double(), marker != null, paint, false, paint, stroke,
                true, new java.awt.geom.Line2D.Double(-9, 0, 9, 0), stroke, paint);
        return item;
    }

    /** A legend entry for a filled band or bar. */
    public static LegendItem legendBox(String label, Paint fill) {
        return new LegendItem(label, null, null, null, new Rectangle2D.Double(-6, -4, 12, 8), fill);
    }

    /** A subtitle in the note font. */
    public static TextTitle note(String text) {
        TextTitle t = new TextTitle(text, NOTE);
        t.setPaint(new Color(0x444444));
        t.setPadding(new RectangleInsets(1, 4, 1, 4));
        return t;
    }

    /**
     * Applies the style to a finished chart: fonts, colours, grid, axes, legend and subtitles. Series paints,
     * strokes and shapes and annotations set by the chart's builder are kept.
     *
     * @param chart the chart
     * @return the chart
     */
    public static JFreeChart apply(JFreeChart chart) {
        return apply(chart, 1f);
    }

    /**
     * Applies the style with every font enlarged by a factor (for charts on screen, where a point is a pixel).
     *
     * @param chart the chart
     * @param fontScale factor on the font sizes
     * @return the chart
     */
    public static JFreeChart apply(JFreeChart chart, float fontScale) {
        chart.setBackgroundPaint(Color.WHITE);
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof TextTitle tt && tt.getFont().getSize2D() > NOTE.getSize2D()) {
                tt.setFont(scaled(LABEL, fontScale));
                tt.setPaint(new Color(0x333333));
            }
            if (t instanceof LegendTitle legend) {
                legend.setFrame(BlockBorder.NONE);
                legend.setBackgroundPaint(Color.WHITE);
                legend.setItemFont(scaled(TICK, fontScale));
                legend.setItemPaint(Color.BLACK);
                legend.setPosition(RectangleEdge.BOTTOM);
                legend.setItemLabelPadding(new RectangleInsets(1, 2, 1, 6));
            }
            if (t instanceof PaintScaleLegend scale) {
                scale.setBackgroundPaint(Color.WHITE);
                styleAxis(scale.getAxis(), fontScale);
            }
        }
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(scaled(TITLE, fontScale));
            chart.getTitle().setPaint(Color.BLACK);
            chart.getTitle().setPadding(new RectangleInsets(2, 4, 4, 4));
        }
        chart.setPadding(new RectangleInsets(4, 4, 4, 10));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        stylePlot(chart.getPlot(), fontScale);
        return chart;
    }

    private static Font scaled(Font f, float scale) {
        return scale == 1f ? f : f.deriveFont(f.getSize2D() * scale);
    }

    private static void stylePlot(Plot plot, float fontScale) {
        plot.setOutlineStroke(new BasicStroke(0.5f));
        plot.setOutlinePaint(new Color(0x999999));
        plot.setBackgroundPaint(Color.WHITE);
        if (plot instanceof CombinedDomainXYPlot c) {
            styleAxis(c.getDomainAxis(), fontScale);
            for (XYPlot p : c.getSubplots()) {
                stylePlot(p, fontScale);
            }
        } else if (plot instanceof XYPlot p) {
            BasicStroke grid = new BasicStroke(0.4f);
            p.setDomainGridlinePaint(GRID);
            p.setRangeGridlinePaint(GRID);
            p.setAxisOffset(new RectangleInsets(2, 2, 2, 2));
            p.setDomainGridlineStroke(grid);
            p.setRangeGridlineStroke(grid);
            p.setDomainMinorGridlineStroke(new BasicStroke(0.25f));
            p.setRangeMinorGridlineStroke(new BasicStroke(0.25f));
            p.setDomainMinorGridlinePaint(new Color(0xF0F0F0));
            p.setRangeMinorGridlinePaint(new Color(0xF0F0F0));
            for (int i = 0; i < p.getDomainAxisCount(); i++) {
                styleAxis(p.getDomainAxis(i), fontScale);
            }
            for (int i = 0; i < p.getRangeAxisCount(); i++) {
                styleAxis(p.getRangeAxis(i), fontScale);
            }
            for (int i = 0; i < p.getRendererCount(); i++) {
                if (p.getRenderer(i) instanceof org.jfree.chart.renderer.xy.XYLineAndShapeRenderer r) {
                    r.setDrawSeriesLineAsPath(true); // one path per series: dash patterns survive dense sampling
                }
            }
        }
    }

    private static void styleAxis(Axis a, float fontScale) {
        if (a == null) {
            return;
        }
        a.setLabelFont(scaled(LABEL, fontScale));
        a.setTickLabelFont(scaled(TICK, fontScale));
        a.setLabelPaint(Color.BLACK);
        a.setTickLabelPaint(Color.BLACK);
        a.setAxisLinePaint(new Color(0x555555));
        a.setTickMarkPaint(new Color(0x555555));
        a.setAxisLineStroke(new BasicStroke(0.75f));
        a.setTickMarkStroke(new BasicStroke(0.75f));
        a.setTickMarkOutsideLength(3f);
        a.setMinorTickMarkOutsideLength(1.5f);
        a.setTickLabelInsets(new RectangleInsets(1.5, 1.5, 1.5, 1.5));
        a.setLabelInsets(new RectangleInsets(2, 2, 2, 2));
    }
}
