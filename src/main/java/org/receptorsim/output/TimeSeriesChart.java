package org.receptorsim.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.receptorsim.model.ArmResult;
import org.receptorsim.model.CellSnapshot;
import org.receptorsim.model.ReceptorState;

/**
 * The run's chart: G-protein activation of every arm over time, and below it the surface, internalized and
 * phosphorylated receptors as a fraction of the initial number. Rendered headless to PNG with JFreeChart.
 */
public final class TimeSeriesChart {

    /** Colour-blind-safe palette (Okabe–Ito). */
    public static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0xF0E442), Color.BLACK};

    private TimeSeriesChart() {
    }

    /**
     * Builds the chart.
     *
     * @param title chart title
     * @param results arm results
     * @param signalIndex index of the G-protein readout
     * @return the chart
     */
    public static JFreeChart build(String title, List<ArmResult> results, int signalIndex) {
        XYSeriesCollection signal = new XYSeriesCollection();
        XYSeriesCollection receptors = new XYSeriesCollection();
        for (ArmResult r : results) {
            String prefix = results.size() > 1 ? r.arm() + ": " : "";
            XYSeries g = new XYSeries(prefix + "G-protein activation", false, true);
            XYSeries surface = new XYSeries(prefix + "surface", false, true);
            XYSeries internalized = new XYSeries(prefix + "internalized", false, true);
            XYSeries phospho = new XYSeries(prefix + "phosphorylated or arrestin-bound", false, true);
            double n0 = r.snapshots().get(0).alive();
            for (CellSnapshot s : r.snapshots()) {
                double minutes = s.timeSeconds() / 60;
                g.add(minutes, s.readouts()[signalIndex]);
                surface.add(minutes, s.surface() / n0);
                internalized.add(minutes, s.count(ReceptorState.INTERNALIZED) / n0);
                phospho.add(minutes, (s.count(ReceptorState.GRK_PHOSPHORYLATED)
                        + s.count(ReceptorState.ARRESTIN_BOUND)) / n0);
            }
            signal.addSeries(g);
            receptors.addSeries(surface);
            receptors.addSeries(internalized);
            receptors.addSeries(phospho);
        }
        NumberAxis time = new NumberAxis("time (min)");
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(10);
        plot.add(subplot(signal, "G-protein activation (fraction)", 1), 1);
        plot.add(subplot(receptors, "receptors (fraction of initial)", 3), 1);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static XYPlot subplot(XYSeriesCollection data, String label, int seriesPerArm) {
        NumberAxis y = new NumberAxis(label);
        y.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        float[][] dashes = {null, {6f, 4f}, {2f, 3f}};
        for (int i = 0; i < data.getSeriesCount(); i++) {
            int arm = i / seriesPerArm;
            int kind = i % seriesPerArm;
            renderer.setSeriesPaint(i, PALETTE[arm % PALETTE.length]);
            renderer.setSeriesStroke(i, dashes[kind] == null ? new BasicStroke(2f)
                    : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dashes[kind], 0f));
        }
        XYPlot plot = new XYPlot(data, null, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return plot;
    }

    /** Renders the chart to a PNG file (works headless). */
    public static void writePng(Path file, JFreeChart chart, int width, int height) throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), chart, width, height);
    }
}
