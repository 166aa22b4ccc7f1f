package org.receptorsim.ensemble;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.receptorsim.figure.ChartStyle;
import org.receptorsim.figure.ExposurePeriods;
import org.receptorsim.figure.Figure;
import org.receptorsim.figure.TimePanels;
import org.receptorsim.model.SignalReadouts.Readout;
import org.receptorsim.output.TimeSeriesCsv;
import org.receptorsim.pharmacology.Ligand;

/**
 * The ensemble figure: for each arm the median over cells (line) with the 25–75 % band (darker) and the 5–95 % band
 * (lighter), for G-protein activation, cAMP and surface receptors; the legend says which is which. Where every band
 * is narrower than a line (cells that differ only by their stochastic kinetics), a note says so.
 */
final class EnsembleChart {

    /** A 5–95 % band narrower on average than this fraction of its panel's range hides behind the line. */
    private static final double VISIBLE = 0.04;

    private EnsembleChart() {
    }

    static Figure figure(String title, TimeSeriesStatistics stats, List<Ligand> ligands) {
        // each arm's own columns: arms may differ in their exposure's extra quantities (pharmacokinetics or a bath)
        List<List<String>> values = new ArrayList<>();
        for (int a = 0; a < stats.arms().size(); a++) {
            List<String> columns = TimeSeriesCsv.columns(stats.readoutColumns(a), ligands);
            values.add(columns.subList(2, columns.size()));
        }
        double duration = 0;
        List<double[]> times = new ArrayList<>();
        List<double[][]> molar = new ArrayList<>();
        for (int a = 0; a < stats.arms().size(); a++) {
            double[] t = stats.times(a);
            duration = Math.max(duration, t[t.length - 1]);
            times.add(t);
            double[][] c = new double[ligands.size()][t.length];
            for (int l = 0; l < ligands.size(); l++) {
                int col = values.get(a).indexOf("conc_" + ligands.get(l).name() + "_M");
                for (int i = 0; i < t.length; i++) {
                    c[l][i] = col < 0 ? 0 : stats.quantile(a, i, col, 0.5);
                }
            }
            molar.add(c);
        }
        TimePanels panels = new TimePanels(duration, ExposurePeriods.of(stats.arms(), times, molar, ligands),
                Figure.DOUBLE_COLUMN);
        boolean[] visible = {false};
        panel(panels, stats, a -> values.get(a).indexOf(Readout.G_PROTEIN_ACTIVATION.column()),
                "G-protein activation", "fraction", visible);
        panel(panels, stats, a -> values.get(a).indexOf(Readout.CAMP_RELATIVE.column()), "cAMP", "× control",
                visible);
        panel(panels, stats, a -> values.get(a).indexOf("surface"), "surface receptors", "receptors per cell",
                visible);
        List<LegendItem> legend = new ArrayList<>();
        for (int a = 0; a < stats.arms().size(); a++) {
            Color c = ChartStyle.colour(a);
            String prefix = stats.arms().size() > 1 ? stats.arms().get(a) + ": " : "";
            legend.add(ChartStyle.legendLine(prefix + "median", c, ChartStyle.line(a), null));
            legend.add(ChartStyle.legendBox("25–75 %", ChartStyle.translucent(c, 0.45)));
            legend.add(ChartStyle.legendBox("5–95 %", ChartStyle.translucent(c, 0.18)));
        }
        legend.add(ChartStyle.legendNote("median, 25–75 % and 5–95 % of " + stats.count() + " cells"));
        var chart = panels.chart(title, TimePanels.legend(legend));
        if (!visible[0]) {
            chart.addSubtitle(ChartStyle.note("The bands are narrower than the lines: without cell-to-cell "
                    + "variability (scenario 'variability:') the cells differ only by their stochastic kinetics."));
        }
        return Figure.of("ensemble", chart, Figure.DOUBLE_COLUMN, panels.heightPoints() + 12);
    }

    /** One panel; {@code columnOfArm} gives the column of the plotted quantity in each arm's statistics. */
    private static void panel(TimePanels panels, TimeSeriesStatistics stats, IntUnaryOperator columnOfArm,
                              String title, String unit, boolean[] visible) {
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        XYSeriesCollection medians = new XYSeriesCollection();
        DeviationRenderer bandRenderer = new DeviationRenderer(false, false);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double widths = 0;
        int points = 0;
        for (int a = 0; a < stats.arms().size(); a++) {
            YIntervalSeries outer = new YIntervalSeries(a + " 5-95");
            YIntervalSeries inner = new YIntervalSeries(a + " 25-75");
            XYSeries median = new XYSeries(a + " median", false, true);
            double[] t = stats.times(a);
            int column = columnOfArm.applyAsInt(a);
            for (int i = 0; i < t.length; i++) {
                double x = panels.scale().of(t[i]);
                double m = stats.quantile(a, i, column, 0.5);
                double p05 = stats.quantile(a, i, column, 0.05);
                double p95 = stats.quantile(a, i, column, 0.95);
                outer.add(x, m, p05, p95);
                inner.add(x, m, stats.quantile(a, i, column, 0.25), stats.quantile(a, i, column, 0.75));
                median.add(x, m);
                lo = Math.min(lo, p05);
                hi = Math.max(hi, p95);
                widths += p95 - p05;
                points++;
            }
            Color c = ChartStyle.colour(a);
            bands.addSeries(outer);
            bandRenderer.setSeriesFillPaint(2 * a, ChartStyle.translucent(c, 0.18));
            bands.addSeries(inner);
            bandRenderer.setSeriesFillPaint(2 * a + 1, ChartStyle.translucent(c, 0.45));
            medians.addSeries(median);
            lineRenderer.setSeriesPaint(a, c);
            lineRenderer.setSeriesStroke(a, ChartStyle.line(a));
        }
        bandRenderer.setAlpha(1f);
        for (int s = 0; s < bands.getSeriesCount(); s++) {
            bandRenderer.setSeriesPaint(s, (Color) bandRenderer.getSeriesFillPaint(s));
        }
        if (hi > lo && points > 0 && widths / points > VISIBLE * (hi - Math.min(0, lo))) {
            visible[0] = true;
        }
        NumberAxis y = ChartStyle.numberAxis(unit);
        y.setAutoRangeIncludesZero(true);
        XYPlot p = panels.panel(title, y, bands, bandRenderer);
        p.setDataset(1, medians);
        p.setRenderer(1, lineRenderer);
        p.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    }
}
