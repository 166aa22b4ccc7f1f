package org.receptorsim.ensemble;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.receptorsim.output.TimeSeriesChart;
import org.receptorsim.output.TimeSeriesCsv;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.signaling.CyclaseCascade;

/**
 * The ensemble chart: for each arm the median over cells with its 25–75 % and 5–95 % bands, for the G-protein
 * activation and the surface receptors.
 */
final class EnsembleChart {

    private EnsembleChart() {
    }

    static void writePng(Path file, String title, TimeSeriesStatistics stats, List<Ligand> ligands)
            throws IOException {
        List<String> columns = TimeSeriesCsv.columns(stats.readoutNames(0), ligands);
        List<String> values = columns.subList(2, columns.size());
        NumberAxis time = new NumberAxis("time (min)");
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.add(panel(stats, values.indexOf(CyclaseCascade.G_PROTEIN_ACTIVATION), "G-protein activation", true), 1);
        plot.add(panel(stats, values.indexOf("surface"), "surface receptors", false), 1);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        TimeSeriesChart.writePng(file, chart, 1000, 800);
    }

    private static XYPlot panel(TimeSeriesStatistics stats, int column, String label, boolean inLegend) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        int series = 0;
        for (int a = 0; a < stats.arms().size(); a++) {
            String prefix = stats.arms().size() > 1 ? stats.arms().get(a) + ": " : "";
            YIntervalSeries outer = new YIntervalSeries(prefix + "median, 5-95 %");
            YIntervalSeries inner = new YIntervalSeries(prefix + "25-75 %");
            double[] t = stats.times(a);
            for (int i = 0; i < t.length; i++) {
                double median = stats.quantile(a, i, column, 0.5);
                outer.add(t[i] / 60, median, stats.quantile(a, i, column, 0.05), stats.quantile(a, i, column, 0.95));
                inner.add(t[i] / 60, median, stats.quantile(a, i, column, 0.25), stats.quantile(a, i, column, 0.75));
            }
            Color c = TimeSeriesChart.PALETTE[a % TimeSeriesChart.PALETTE.length];
            data.addSeries(outer);
            renderer.setSeriesPaint(series, c);
            renderer.setSeriesFillPaint(series, new Color(c.getRed(), c.getGreen(), c.getBlue(), 50));
            renderer.setSeriesStroke(series, new BasicStroke(2f));
            series++;
            data.addSeries(inner);
            renderer.setSeriesPaint(series, c);
            renderer.setSeriesFillPaint(series, new Color(c.getRed(), c.getGreen(), c.getBlue(), 110));
            renderer.setSeriesStroke(series, new BasicStroke(0.5f));
            series++;
        }
        renderer.setAlpha(1f);
        renderer.setDefaultSeriesVisibleInLegend(inLegend);
        XYPlot plot = new XYPlot(data, null, new NumberAxis(label), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return plot;
    }
}
