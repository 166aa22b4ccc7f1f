package org.receptorsim.organism.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.receptorsim.organism.analysis.Window;
import org.receptorsim.organism.analysis.Windows;
import org.receptorsim.organism.experiment.ExperimentResult;
import org.receptorsim.organism.model.OrganismRun;
import org.receptorsim.organism.scenario.Figure;
import org.receptorsim.figure.ChartStyle;

/**
 * The charts of an organism scenario: time courses (stacked panels sharing the time axis; one colour per arm and one
 * dash pattern per series, or one colour per series in a panel of one arm) and per-dose charts (a statistic of every dose's window against the day of the dose).
 */
public final class OrganismCharts {

    private static final float[][] DASHES = {null, {6f, 4f}, {2f, 3f}, {8f, 3f, 2f, 3f}};

    private OrganismCharts() {
    }

    /** The default figure of every scenario: brain concentration, net antinociception, ventilation, hedonic state. */
    public static Figure overview(List<String> arms) {
        return new Figure("overview", "Overview", false, 0, Double.POSITIVE_INFINITY, true, false, 0, List.of(
                new Figure.Panel(List.of("brain"), arms, "unbound brain (nM)", null, false),
                new Figure.Panel(List.of("netAntinociception"), arms, "net antinociception", null, false),
                new Figure.Panel(List.of("ventilation"), arms, "ventilation (x baseline)", null, false),
                new Figure.Panel(List.of("hedonicState"), arms, "hedonic state", null, false)));
    }

    /**
     * Builds a figure.
     *
     * @param figure the figure
     * @param result the scenario's result
     * @return the chart
     */
    public static JFreeChart build(Figure figure, ExperimentResult result) {
        String xLabel = figure.perDose() ? "day of dose" : figure.alignLastDose()
                ? "time after the last dose (" + (figure.days() ? "d" : "h") + ")"
                : "time (" + (figure.days() ? "d" : "h") + ")";
        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRangeIncludesZero(false);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
        plot.setGap(10);
        List<String> allArms = result.runs().stream().map(OrganismRun::arm).toList();
        for (Figure.Panel panel : figure.panels()) {
            XYSeriesCollection data = new XYSeriesCollection();
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, figure.perDose());
            renderer.setDrawSeriesLineAsPath(true);
            int i = 0;
            for (String arm : panel.arms()) {
                OrganismRun run = result.run(arm);
                int colour = allArms.indexOf(arm);
                for (int k = 0; k < panel.series().size(); k++) {
                    String name = panel.series().get(k);
                    String label = (panel.arms().size() > 1 || allArms.size() > 1 ? arm + ": " : "") + name;
                    List<XYSeries> drawn = figure.perDose() ? perDose(label, run, name, panel, figure)
                            : List.of(timeCourse(label, run, name, figure));
                    for (int f = 0; f < drawn.size(); f++) {
                        data.addSeries(drawn.get(f));
                        int hue = panel.arms().size() == 1 ? k : colour;
                        renderer.setSeriesPaint(i, ChartStyle.PALETTE[hue % ChartStyle.PALETTE.length]);
                        int pattern = drawn.size() > 1 ? f : panel.arms().size() == 1 ? 0 : k;
                        float[] dash = DASHES[pattern % DASHES.length];
                        renderer.setSeriesStroke(i, dash == null ? new BasicStroke(1.8f)
                                : new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
                        i++;
                    }
                }
            }
            NumberAxis y = new NumberAxis(panel.label());
            y.setAutoRangeIncludesZero(true);
            XYPlot sub = new XYPlot(data, null, y, renderer);
            sub.setBackgroundPaint(Color.WHITE);
            sub.setDomainGridlinePaint(Color.LIGHT_GRAY);
            sub.setRangeGridlinePaint(Color.LIGHT_GRAY);
            plot.add(sub, 1);
        }
        JFreeChart chart = new JFreeChart(figure.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static XYSeries timeCourse(String label, OrganismRun run, String name, Figure figure) {
        XYSeries s = new XYSeries(label, false, true);
        double[] t = run.timesSeconds();
        double[] v = run.get(name);
        double origin = 0;
        if (figure.alignLastDose() && !run.doseTimesSeconds().isEmpty()) {
            origin = run.doseTimesSeconds().get(run.doseTimesSeconds().size() - 1);
        }
        double unit = figure.days() ? 86400 : 3600;
        for (int i = 0; i < t.length; i++) {
            double x = t[i] - origin;
            if (x >= figure.fromSeconds() - 1e-6 && x <= figure.toSeconds() + 1e-6) {
                s.add(x / unit, v[i]);
            }
        }
        return s;
    }

    /** One point per dose: the panel's statistic over the dose's window; one series per course when folded. */
    private static List<XYSeries> perDose(String label, OrganismRun run, String name, Figure.Panel panel,
                                          Figure figure) {
        List<XYSeries> out = new java.util.ArrayList<>();
        var windows = Windows.automatic(run.timesSeconds()[run.timesSeconds().length - 1], run.doseTimesSeconds());
        double first = Double.NaN;
        for (int k = 1; windows.containsKey("dose" + k); k++) {
            Window w = windows.get("dose" + k);
            int course = figure.foldSeconds() > 0 ? (int) Math.floor(w.fromSeconds() / figure.foldSeconds() + 1e-9) : 0;
            double origin = course * figure.foldSeconds();
            while (out.size() <= course) {
                out.add(new XYSeries(figure.foldSeconds() > 0 ? label + " (course " + (out.size() + 1) + ")" : label,
                        false, true));
            }
            double v = panel.statistic().of(run.timesSeconds(), run.get(name), w);
            if (k == 1) {
                first = v;
            }
            if (panel.normalizeToFirst()) {
                v = first == 0 ? Double.NaN : v / first;
            }
            out.get(course).add((w.fromSeconds() - origin) / 86400, v);
        }
        out.removeIf(s -> s.getItemCount() == 0);
        return out;
    }
}
