package org.receptorsim.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.receptorsim.output.TimeSeriesChart;
import org.receptorsim.scenario.SweepPlan;

/**
 * Heat maps of a sweep metric over the first two axes (one per arm, a viridis-like colour-blind-safe scale; a
 * Latin hypercube shows its points as coloured squares), or a line with 95 % intervals for a single axis.
 */
final class SweepChart {

    private static final Color[] VIRIDIS = {new Color(0x440154), new Color(0x3B528B), new Color(0x21908C),
        new Color(0x5DC863), new Color(0xFDE725)};

    private SweepChart() {
    }

    static List<Path> write(Path dir, SweepPlan plan, List<Map<String, Object>> rows, String metric)
            throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        Set<String> arms = new LinkedHashSet<>();
        rows.forEach(r -> arms.add((String) r.get("arm")));
        for (String arm : arms) {
            List<Map<String, Object>> mine = rows.stream().filter(r -> arm.equals(r.get("arm"))).toList();
            JFreeChart chart = plan.axes().size() == 1 ? line(plan, mine, metric) : heatMap(plan, mine, metric);
            chart.setTitle(arm + ": " + metric);
            chart.setBackgroundPaint(Color.WHITE);
            Path file = dir.resolve("sweep-" + arm.replaceAll("[^A-Za-z0-9_-]", "_") + ".png");
            TimeSeriesChart.writePng(file, chart, 900, 700);
            files.add(file);
        }
        return files;
    }

    private static double value(Map<String, Object> row, String key) {
        Object v = row.get(key);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static ValueAxis axis(SweepPlan plan, int k) {
        if (plan.axes().get(k).log()) {
            LogAxis a = new LogAxis(plan.columnName(k));
            a.setBase(10);
            return a;
        }
        NumberAxis a = new NumberAxis(plan.columnName(k));
        a.setAutoRangeIncludesZero(false);
        return a;
    }

    private static JFreeChart line(SweepPlan plan, List<Map<String, Object>> rows, String metric) {
        YIntervalSeries s = new YIntervalSeries(metric + " (mean, 95 % CI)");
        for (Map<String, Object> r : rows) {
            double m = value(r, metric + "_mean");
            double h = value(r, metric + "_ci95");
            double half = Double.isNaN(h) ? 0 : h;
            s.add(value(r, plan.columnName(0)), m, m - half, m + half);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(s);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDefaultLinesVisible(true);
        renderer.setSeriesPaint(0, TimeSeriesChart.PALETTE[0]);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        XYPlot plot = new XYPlot(data, axis(plan, 0), new NumberAxis(metric), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        return new JFreeChart(plot);
    }

    private static JFreeChart heatMap(SweepPlan plan, List<Map<String, Object>> rows, String metric) {
        int n = rows.size();
        double[][] xyz = new double[3][n];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            xyz[0][i] = value(rows.get(i), plan.columnName(0));
            xyz[1][i] = value(rows.get(i), plan.columnName(1));
            xyz[2][i] = value(rows.get(i), metric + "_mean");
            if (!Double.isNaN(xyz[2][i])) {
                lo = Math.min(lo, xyz[2][i]);
                hi = Math.max(hi, xyz[2][i]);
            }
        }
        if (!(hi > lo)) {
            lo = Double.isFinite(lo) ? lo - 1 : 0;
            hi = lo + 2;
        }
        LookupPaintScale scale = new LookupPaintScale(lo, hi, Color.LIGHT_GRAY);
        for (int i = 0; i < 64; i++) {
            double f = i / 63.0;
            scale.add(lo + f * (hi - lo), interpolate(f));
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(metric, xyz);
        XYShapeRenderer renderer = new XYShapeRenderer();
        renderer.setPaintScale(scale);
        renderer.setSeriesShape(0, new Rectangle2D.Double(-18, -18, 36, 36));
        XYPlot plot = new XYPlot(data, axis(plan, 0), axis(plan, 1), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        JFreeChart chart = new JFreeChart(plot);
        chart.removeLegend();
        NumberAxis legendAxis = new NumberAxis(metric);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 40, 4);
        chart.addSubtitle(legend);
        return chart;
    }

    private static Color interpolate(double f) {
        double x = f * (VIRIDIS.length - 1);
        int i = Math.min(VIRIDIS.length - 2, (int) Math.floor(x));
        double t = x - i;
        Color a = VIRIDIS[i];
        Color b = VIRIDIS[i + 1];
        return new Color((int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }
}
