package org.receptorsim.figure;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYDataset;

/**
 * Stacked panels over one time axis (in the unit that suits the run's length), the protocol strip on top and the
 * exposure periods shaded in every panel. Each panel is named inside its top left corner and its axis label gives
 * the unit, so that labels fit panels of a journal figure.
 *
 * <pre>
 *   TimePanels p = new TimePanels(duration, ExposurePeriods.of(results, ligands), Figure.DOUBLE_COLUMN);
 *   XYPlot g = p.panel("G-protein activation", "fraction", data, renderer);
 *   Figure f = Figure.of("timeseries", p.chart(title, legend), Figure.DOUBLE_COLUMN, p.heightPoints());
 * </pre>
 */
public final class TimePanels {

    private static final int PANEL_WEIGHT = 10;
    private static final double PANEL_POINTS = 92;

    private final TimeScale scale;
    private final CombinedDomainXYPlot plot;
    private final ExposurePeriods periods;
    private int panels;
    private int stripRows;

    /**
     * @param durationSeconds the run's length (seconds)
     * @param periods the exposure periods, or null for none
     * @param widthPoints the figure's width (points)
     */
    public TimePanels(double durationSeconds, ExposurePeriods periods, double widthPoints) {
        this.scale = TimeScale.forDuration(durationSeconds);
        this.plot = new CombinedDomainXYPlot(scale.axis(durationSeconds));
        this.periods = periods;
        plot.setGap(6);
        if (periods != null) {
            XYPlot strip = periods.strip(scale, durationSeconds, widthPoints - 90);
            if (strip != null) {
                stripRows = periods.rows().size();
                plot.add(strip, 2 * stripRows + 1);
            }
        }
    }

    /** The time unit of the axis (add data as {@code scale().of(seconds)}). */
    public TimeScale scale() {
        return scale;
    }

    /**
     * Adds a panel.
     *
     * @param title what the panel shows, written inside it
     * @param unit the unit, the axis label
     * @param data the series
     * @param renderer how they are drawn
     * @return the panel (to add datasets, markers, a log axis)
     */
    public XYPlot panel(String title, String unit, XYDataset data, XYItemRenderer renderer) {
        return panel(title, ChartStyle.numberAxis(unit), data, renderer);
    }

    /** Adds a panel with a given range axis (e.g. one starting at zero, or logarithmic). */
    public XYPlot panel(String title, ValueAxis axis, XYDataset data, XYItemRenderer renderer) {
        if (!(axis instanceof org.jfree.chart.axis.LogAxis)) {
            axis.setUpperMargin(0.22); // room for the panel's name above the data
        }
        XYPlot p = new XYPlot(data, null, axis, renderer);
        TextTitle name = new TextTitle(title, ChartStyle.LABEL);
        name.setBackgroundPaint(new Color(255, 255, 255, 200));
        name.setPadding(new RectangleInsets(0, 2, 0, 2));
        p.addAnnotation(new XYTitleAnnotation(0.005, 0.995, name, RectangleAnchor.TOP_LEFT));
        if (periods != null) {
            periods.shade(p, scale);
        }
        plot.add(p, PANEL_WEIGHT);
        panels++;
        return p;
    }

    /** The chart with a fixed legend (null: none). */
    public JFreeChart chart(String title, LegendItemCollection legend) {
        if (legend != null) {
            plot.setFixedLegendItems(legend);
        }
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, legend != null);
        return chart;
    }

    /** The figure height for the panels added (points). */
    public double heightPoints() {
        return 70 + PANEL_POINTS * panels + 15 * stripRows;
    }

    /** Legend items in one collection. */
    public static LegendItemCollection legend(Iterable<LegendItem> items) {
        LegendItemCollection c = new LegendItemCollection();
        items.forEach(c::add);
        return c;
    }
}
