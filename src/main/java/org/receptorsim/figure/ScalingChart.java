package org.receptorsim.figure;

import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A cost-scaling chart: one line with markers per series (e.g. per engine) of a quantity against a size, on decade
 * log axes (or a linear x axis for a handful of sizes).
 */
public final class ScalingChart {

    private ScalingChart() {
    }

    /**
     * @param name file name without extension
     * @param title chart title
     * @param xLabel x-axis label, with its unit
     * @param yLabel y-axis label, with its unit
     * @param lines series name → points {x, y}, in order; points with y ≤ 0 or not finite are left out
     * @param linearX true for a linear x axis, false for a decade log axis
     * @return the figure, one column wide
     */
    public static Figure figure(String name, String title, String xLabel, String yLabel,
                                Map<String, List<double[]>> lines, boolean linearX) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Map.Entry<String, List<double[]>> e : lines.entrySet()) {
            XYSeries series = new XYSeries(e.getKey());
            for (double[] p : e.getValue()) {
                if (p[1] > 0 && Double.isFinite(p[1])) {
                    series.add(p[0], p[1]);
                }
            }
            data.addSeries(series);
        }
        ValueAxis x = linearX ? ChartStyle.numberAxis(xLabel) : new DecadeLogAxis(xLabel);
        if (x instanceof NumberAxis n) {
            n.setAutoRangeIncludesZero(false);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.colour(i));
            renderer.setSeriesStroke(i, ChartStyle.line(i));
            renderer.setSeriesShape(i, ChartStyle.marker(i));
        }
        XYPlot plot = new XYPlot(data, x, new DecadeLogAxis(yLabel), renderer);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
        return Figure.of(name, chart, Figure.COLUMN, Figure.COLUMN * 0.8);
    }
}
