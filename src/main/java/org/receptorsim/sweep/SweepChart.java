package org.receptorsim.sweep;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.receptorsim.figure.ChartStyle;
import org.receptorsim.figure.DecadeLogAxis;
import org.receptorsim.figure.Figure;
import org.receptorsim.figure.FigureFormat;
import org.receptorsim.scenario.Arm;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.SweepPlan;
import org.receptorsim.statistics.SampleStatistics;

/**
 * Charts of one metric over a sweep, one figure per arm (PNG, SVG and/or PDF), all arms on the same colour scale: for a grid, a heat map
 * over the first two axes (a tile per pair of values, labelled with the mean and its 95 % CI; averaged over any
 * further axes); for a Latin hypercube, its points as coloured squares over the first two axes; for a single axis,
 * the mean with 95 % CI error bars. The colour scale is viridis (perceptually uniform, colour-blind-safe, readable
 * in grey).
 */
final class SweepChart {

    /** Tiles per axis above which the values are not written into the tiles. */
    private static final int MAX_LABELLED = 12;

    private SweepChart() {
    }

    /**
     * Writes a chart per arm.
     *
     * @param dir directory of the PNGs ({@code sweep-<arm>.png})
     * @param scenario the scenario (arm order)
     * @param plan the plan
     * @param rows the table
     * @param metric the metric to show
     * @param formats figure formats
     * @return the figures written
     */
    static List<Figure> write(Path dir, Scenario scenario, SweepPlan plan, List<SweepRow> rows, String metric,
                              Set<FigureFormat> formats) throws IOException {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        List<Figure> figures = new ArrayList<>();
        List<List<SweepRow>> perArm = new ArrayList<>();
        for (Arm arm : scenario.arms()) {
            List<SweepRow> mine = rows.stream().filter(r -> r.arm().equals(arm.name())).toList();
            perArm.add(mine);
        }
        if (plan.axes().size() > 1) {
            for (List<SweepRow> mine : perArm) {
                double[][] z = plan.grid() ? gridMeans(plan, mine, metric)[0] : null;
                if (z != null) {
                    for (double[] col : z) {
                        for (double v : col) {
                            if (!Double.isNaN(v)) {
                                lo = Math.min(lo, v);
                                hi = Math.max(hi, v);
                            }
                        }
                    }
                } else {
                    for (SweepRow r : mine) {
                        double v = r.mean(metric);
                        if (!Double.isNaN(v)) {
                            lo = Math.min(lo, v);
                            hi = Math.max(hi, v);
                        }
                    }
                }
            }
        }
        LookupPaintScale scale = viridis(lo, hi);
        for (int a = 0; a < scenario.arms().size(); a++) {
            String arm = scenario.arms().get(a).name();
            List<SweepRow> mine = perArm.get(a);
            JFreeChart chart;
            if (plan.axes().size() == 1) {
                chart = line(plan, mine, metric);
            } else if (plan.grid()) {
                chart = heatMap(plan, mine, metric, scale);
            } else {
                chart = scatter(plan, mine, metric, scale);
            }
            chart.setTitle(new TextTitle(arm + ": " + SweepLabels.metric(metric), ChartStyle.TITLE));
            chart.addSubtitle(ChartStyle.note(subtitle(plan)));
            Figure figure = Figure.of("sweep-" + arm.replaceAll("[^A-Za-z0-9_-]", "_"), chart, Figure.DOUBLE_COLUMN,
                    400);
            figure.write(dir, formats);
            figures.add(figure);
        }
        return figures;
    }

    /** What the chart's numbers are: the 95 % CI where bars or tile labels show it, the mean alone elsewhere. */
    static String subtitle(SweepPlan plan) {
        boolean intervals = plan.axes().size() == 1 || plan.axes().size() == 2 && plan.grid();
        String s = (intervals ? "mean ± 95 % CI of " : "mean of ") + plan.replicates()
                + " cells per point (common random numbers)";
        if (plan.axes().size() > 2) {
            List<String> rest = new ArrayList<>();
            for (int k = 2; k < plan.axes().size(); k++) {
                rest.add(SweepLabels.axis(plan, k));
            }
            s += plan.grid() ? "; averaged over " + String.join(", ", rest)
                    : "; projected over " + String.join(", ", rest);
        }
        return s;
    }

    /** A colour scale from lo to hi (a unit range around a single value; grey for values off the scale). */
    private static LookupPaintScale viridis(double lo, double hi) {
        if (!Double.isFinite(lo)) {
            lo = 0;
            hi = 1;
        } else if (!(hi > lo)) {
            double pad = lo == 0 ? 0.5 : Math.abs(lo) * 0.05;
            lo -= pad;
            hi += pad;
        }
        LookupPaintScale scale = new LookupPaintScale(lo, hi, Color.LIGHT_GRAY);
        int steps = 128;
        for (int i = 0; i < steps; i++) {
            double f = i / (steps - 1.0);
            scale.add(lo + f * (hi - lo), colour(f));
        }
        return scale;
    }

    /** The viridis colour at fraction f in [0, 1]. */
    static Color colour(double f) {
        return ChartStyle.sequential(f);
    }

    /**
     * Means and CI half-widths of a metric on the grid of the first two axes: [0][i][j] mean, [1][i][j] half-width
     * (NaN when averaged over further axes), indices in the order of the axes' values.
     */
    private static double[][][] gridMeans(SweepPlan plan, List<SweepRow> rows, String metric) {
        int nx = plan.axes().get(0).values().size();
        int ny = plan.axes().get(1).values().size();
        int inner = rows.size() / (nx * ny);
        SampleStatistics[][] means = new SampleStatistics[nx][ny];
        double[][] half = new double[nx][ny];
        for (SampleStatistics[] row : means) {
            for (int j = 0; j < ny; j++) {
                row[j] = new SampleStatistics();
            }
        }
        for (SweepRow r : rows) {
            // grid points run with the first axis slowest: point p has index p / (ny * inner) on the first axis
            int p = r.point() - 1;
            int i = p / (ny * inner);
            int j = (p / inner) % ny;
            double v = r.mean(metric);
            means[i][j].accept(v);
            if (!Double.isNaN(v)) {
                half[i][j] = r.halfWidth(metric);
            }
        }
        double[][] mean = new double[nx][ny];
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                mean[i][j] = means[i][j].mean();
                if (inner > 1 || means[i][j].n() == 0) {
                    half[i][j] = Double.NaN;
                }
            }
        }
        return new double[][][] {mean, half};
    }

    private static SymbolAxis symbolAxis(SweepPlan plan, int k) {
        SweepPlan.Axis a = plan.axes().get(k);
        String[] labels = a.values().stream().map(SweepLabels::value).toArray(String[]::new);
        SymbolAxis axis = new SymbolAxis(SweepLabels.parameter(a.parameter()) + (a.log() ? " (log-spaced)" : ""),
                labels);
        axis.setGridBandsVisible(false);
        axis.setLowerMargin(0);
        axis.setUpperMargin(0);
        axis.setRange(-0.5, labels.length - 0.5);
        return axis;
    }

    private static JFreeChart heatMap(SweepPlan plan, List<SweepRow> rows, String metric, LookupPaintScale scale) {
        double[][][] grid = gridMeans(plan, rows, metric);
        int nx = grid[0].length;
        int ny = grid[0][0].length;
        List<double[]> cells = new ArrayList<>();
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                if (!Double.isNaN(grid[0][i][j])) {
                    cells.add(new double[] {i, j, grid[0][i][j]});
                }
            }
        }
        double[][] xyz = new double[3][cells.size()];
        for (int c = 0; c < cells.size(); c++) {
            for (int d = 0; d < 3; d++) {
                xyz[d][c] = cells.get(c)[d];
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(metric, xyz);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(1);
        renderer.setBlockHeight(1);
        renderer.setBlockAnchor(RectangleAnchor.CENTER);
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, symbolAxis(plan, 0), symbolAxis(plan, 1), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        if (nx <= MAX_LABELLED && ny <= MAX_LABELLED) {
            Font font = nx <= 6 && ny <= 6 ? ChartStyle.TICK : ChartStyle.NOTE;
            for (int i = 0; i < nx; i++) {
                for (int j = 0; j < ny; j++) {
                    double m = grid[0][i][j];
                    double h = grid[1][i][j];
                    String text = Double.isNaN(m) ? "no value" : Double.isNaN(h) ? fmt(m)
                            : fmt(m) + " ± " + fmt(h);
                    XYTextAnnotation label = new XYTextAnnotation(text, i, j);
                    label.setFont(font);
                    Color tile = Double.isNaN(m) ? Color.WHITE : (Color) scale.getPaint(m);
                    label.setPaint(luminance(tile) > 0.5 ? Color.BLACK : Color.WHITE);
                    plot.addAnnotation(label);
                }
            }
        }
        return withLegend(new JFreeChart(plot), scale, metric);
    }

    private static ValueAxis valueAxis(SweepPlan plan, int k) {
        String label = SweepLabels.axis(plan, k);
        if (plan.axes().get(k).log()) {
            return new DecadeLogAxis(label);
        }
        NumberAxis a = new NumberAxis(label);
        a.setAutoRangeIncludesZero(false);
        return a;
    }

    private static JFreeChart scatter(SweepPlan plan, List<SweepRow> rows, String metric, LookupPaintScale scale) {
        List<double[]> pts = new ArrayList<>();
        for (SweepRow r : rows) {
            if (!Double.isNaN(r.mean(metric))) {
                pts.add(new double[] {r.axisValues()[0], r.axisValues()[1], r.mean(metric)});
            }
        }
        double[][] xyz = new double[3][pts.size()];
        for (int c = 0; c < pts.size(); c++) {
            for (int d = 0; d < 3; d++) {
                xyz[d][c] = pts.get(c)[d];
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(metric, xyz);
        XYShapeRenderer renderer = new XYShapeRenderer();
        renderer.setPaintScale(scale);
        renderer.setSeriesShape(0, new Rectangle2D.Double(-5, -5, 10, 10));
        renderer.setDrawOutlines(true);
        renderer.setDefaultOutlinePaint(Color.DARK_GRAY);
        XYPlot plot = new XYPlot(data, valueAxis(plan, 0), valueAxis(plan, 1), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return withLegend(new JFreeChart(plot), scale, metric);
    }

    private static JFreeChart withLegend(JFreeChart chart, LookupPaintScale scale, String metric) {
        chart.removeLegend();
        NumberAxis legendAxis = new NumberAxis(SweepLabels.metric(metric));
        legendAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        legend.setStripWidth(10);
        legend.setMargin(new RectangleInsets(20, 6, 20, 4));
        legend.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(legend);
        return chart;
    }

    private static JFreeChart line(SweepPlan plan, List<SweepRow> rows, String metric) {
        YIntervalSeries s = new YIntervalSeries(SweepLabels.metric(metric));
        for (SweepRow r : rows) {
            double m = r.mean(metric);
            if (Double.isNaN(m)) {
                continue;
            }
            double h = r.halfWidth(metric);
            double half = Double.isNaN(h) ? 0 : h;
            s.add(r.axisValues()[0], m, m - half, m + half);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(s);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDefaultLinesVisible(true);
        renderer.setDefaultShapesVisible(true);
        renderer.setSeriesPaint(0, ChartStyle.colour(0));
        renderer.setErrorPaint(ChartStyle.colour(0));
        renderer.setCapLength(4);
        renderer.setSeriesStroke(0, ChartStyle.line(0));
        renderer.setSeriesShape(0, ChartStyle.marker(0));
        NumberAxis y = new NumberAxis(SweepLabels.metric(metric));
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, valueAxis(plan, 0), y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(ChartStyle.legendLine(SweepLabels.metric(metric), ChartStyle.colour(0), ChartStyle.line(0),
                ChartStyle.marker(0)));
        legend.add(ChartStyle.legendNote("mean ± 95 % CI of " + plan.replicates() + " cells per point"));
        plot.setFixedLegendItems(legend);
        return new JFreeChart(null, ChartStyle.TITLE, plot, true);
    }

    private static double luminance(Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    }
}
