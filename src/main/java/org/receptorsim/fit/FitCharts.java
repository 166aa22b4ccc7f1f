package org.receptorsim.fit;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.receptorsim.assay.Pathway;
import org.receptorsim.bias.BiasCharts;
import org.receptorsim.figure.ChartStyle;
import org.receptorsim.figure.DecadeLogAxis;
import org.receptorsim.figure.Figure;
import org.receptorsim.figure.TimeScale;
import org.receptorsim.units.Concentration;

/**
 * The data-vs-model figure of each assay, in the project's chart style: every observation as a point (± its SEM
 * where the data give one) and the fitted model's expected response as a line. Concentration–response data (more
 * concentrations than read times) are drawn against concentration, one colour per read time; time courses against
 * time, one colour per concentration.
 */
public final class FitCharts {

    /** Points of each model line. */
    static final int LINE_POINTS = 61;

    private FitCharts() {
    }

    /**
     * The figure of one assay.
     *
     * @param model the data and the model
     * @param result the fit
     * @param pathway the assay
     * @return the figure {@code fit-<assay>}
     */
    public static Figure assay(LigandModel model, FitResult result, Pathway pathway) {
        List<Observation> rows = model.data().stream().filter(o -> o.assay() == pathway).toList();
        TreeSet<Double> molar = new TreeSet<>();
        TreeSet<Double> seconds = new TreeSet<>();
        rows.forEach(o -> {
            molar.add(o.molar());
            seconds.add(o.seconds());
        });
        boolean byConcentration = molar.size() >= seconds.size();
        TimeScale scale = TimeScale.forDuration(seconds.last());
        YIntervalSeriesCollection points = new YIntervalSeriesCollection();
        XYSeriesCollection lines = new XYSeriesCollection();
        XYErrorRenderer pointRenderer = new XYErrorRenderer();
        pointRenderer.setDefaultLinesVisible(false);
        pointRenderer.setDefaultShapesVisible(true);
        pointRenderer.setDrawXError(false);
        pointRenderer.setCapLength(3);
        pointRenderer.setErrorStroke(new BasicStroke(0.75f));
        pointRenderer.setErrorPaint(null);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        List<LegendItem> legend = new ArrayList<>();
        List<Double> groups = new ArrayList<>(byConcentration ? seconds : molar);
        for (int g = 0; g < groups.size(); g++) {
            double key = groups.get(g);
            String label = byConcentration ? "read at " + BiasCharts.minutes(key) : new Concentration(key).toString();
            YIntervalSeries data = new YIntervalSeries(label);
            for (Observation o : rows) {
                if ((byConcentration ? o.seconds() : o.molar()) == key) {
                    double sem = Double.isNaN(o.sem()) ? 0 : o.sem();
                    double x = byConcentration ? o.molar() : scale.of(o.seconds());
                    data.add(x, o.response(), o.response() - sem, o.response() + sem);
                }
            }
            XYSeries line = new XYSeries(label + " fit", false, true);
            if (byConcentration) {
                double lo = Math.log10(molar.first()) - 0.5;
                double hi = Math.log10(molar.last()) + 0.5;
                double[] grid = new double[LINE_POINTS];
                for (int k = 0; k < grid.length; k++) {
                    grid[k] = Math.pow(10, lo + (hi - lo) * k / (grid.length - 1));
                }
                double[] y = model.curve(result.values(), pathway, grid, key);
                for (int k = 0; k < grid.length; k++) {
                    line.add(grid[k], y[k]);
                }
            } else {
                double[] grid = new double[LINE_POINTS];
                for (int k = 0; k < grid.length; k++) {
                    grid[k] = Math.max(1, Math.rint(seconds.last() * k / (grid.length - 1)));
                }
                double[] y = model.timeCourse(result.values(), pathway, key, grid);
                for (int k = 0; k < grid.length; k++) {
                    line.add(scale.of(grid[k]), y[k]);
                }
            }
            int series = points.getSeriesCount();
            points.addSeries(data);
            lines.addSeries(line);
            pointRenderer.setSeriesPaint(series, ChartStyle.colour(g));
            pointRenderer.setSeriesShape(series, ChartStyle.marker(g));
            lineRenderer.setSeriesPaint(series, ChartStyle.colour(g));
            lineRenderer.setSeriesStroke(series, ChartStyle.line(g, 1f));
            legend.add(ChartStyle.legendLine(label, ChartStyle.colour(g), ChartStyle.line(g, 1f),
                    ChartStyle.marker(g)));
        }
        boolean sem = rows.stream().anyMatch(o -> !Double.isNaN(o.sem()));
        legend.add(ChartStyle.legendNote("points: data, one per row" + (sem ? " (± SEM)" : "")
                + "; lines: fitted model (expected response of the simulated assay)"));
        NumberAxis y = ChartStyle.numberAxis(pathway.unit());
        y.setAutoRangeIncludesZero(true);
        ValueAxis x = byConcentration ? new DecadeLogAxis("concentration (M)") : scale.axis(seconds.last());
        XYPlot plot = new XYPlot(points, x, y, pointRenderer);
        plot.setDataset(1, lines);
        plot.setRenderer(1, lineRenderer);
        LegendItemCollection items = new LegendItemCollection();
        legend.forEach(items::add);
        plot.setFixedLegendItems(items);
        FitResult.AssayFit gof = result.goodness().perAssay().get(pathway);
        JFreeChart chart = new JFreeChart(pathway.label() + ": " + model.name(), ChartStyle.TITLE, plot, true);
        if (gof != null) {
            chart.addSubtitle(ChartStyle.note(String.format(Locale.ROOT, "%d observations, SSR %.4g, R² %.3f",
                    gof.n(), gof.ssr(), gof.rSquared())));
        }
        return Figure.of("fit-" + pathway.id(), chart, Figure.DOUBLE_COLUMN, 320);
    }
}
