package org.receptorsim.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.receptorsim.figure.ChartStyle;
import org.receptorsim.figure.TimeScale;
import org.receptorsim.model.CellSnapshot;
import org.receptorsim.model.ReceptorState;

/**
 * The live charts beside the cells, in the style of the saved figures ({@link ChartStyle}, fonts enlarged for the
 * screen): one chart per readout with the arms overlaid (colour and dash per arm) — G-protein activation (fraction
 * of the pool), cAMP (× control) and the ligands in the bath (nM) — and the receptors per state of each arm, stacked,
 * degraded receptors (so far) on top, with the legend of every state. The time axis is in the unit that suits the
 * run's length. Fed from the GUI side; touched only on the Swing thread.
 */
final class LiveCharts {

    /** Screen fonts: the style's print sizes × this. */
    private static final float SCREEN_FONT_SCALE = 1.35f;

    private final JFrame frame = new JFrame("ReceptorSim charts");
    private final List<String> arms;
    private final List<String> ligands;
    private final TimeScale scale;
    private final List<DefaultTableXYDataset> states = new ArrayList<>();
    private final XYSeriesCollection signal = new XYSeriesCollection();
    private final XYSeriesCollection camp = new XYSeriesCollection();
    private final XYSeriesCollection concentrations = new XYSeriesCollection();
    private final XYLineAndShapeRenderer concentrationRenderer = new XYLineAndShapeRenderer(true, false);
    private final Map<String, XYSeries> concentrationSeries = new HashMap<>();
    private final List<NumberAxis> timeAxes = new ArrayList<>();
    private final double durationSeconds;

    /**
     * @param arms the arms shown, in order
     * @param ligandNames the run's ligands
     * @param durationSeconds the protocol's length (seconds), for the time unit
     */
    LiveCharts(List<String> arms, List<String> ligandNames, double durationSeconds) {
        this.arms = List.copyOf(arms);
        this.ligands = List.copyOf(ligandNames);
        this.scale = TimeScale.forDuration(durationSeconds);
        this.durationSeconds = durationSeconds;
        XYLineAndShapeRenderer signalLines = new XYLineAndShapeRenderer(true, false);
        XYLineAndShapeRenderer campLines = new XYLineAndShapeRenderer(true, false);
        for (int a = 0; a < arms.size(); a++) {
            signal.addSeries(new XYSeries(arms.get(a), false, true));
            camp.addSeries(new XYSeries(arms.get(a), false, true));
            for (XYLineAndShapeRenderer r : List.of(signalLines, campLines)) {
                r.setSeriesPaint(a, ChartStyle.colour(a));
                r.setSeriesStroke(a, ChartStyle.line(a, 2f));
            }
            DefaultTableXYDataset d = new DefaultTableXYDataset();
            addStateSeries(d);
            states.add(d);
        }
        JPanel lines = new JPanel(new GridLayout(3, 1));
        lines.add(panel(chart("G-protein activation", new XYPlot(signal, time(), axis("fraction", true), signalLines), armLegend())));
        lines.add(panel(chart("cAMP", new XYPlot(camp, time(), axis("× control", true), campLines),
                armLegend())));
        lines.add(panel(chart("Ligands in the bath", new XYPlot(concentrations, time(), axis("nM", true),
                concentrationRenderer), null)));
        JPanel stacks = new JPanel(new GridLayout(1, arms.size()));
        for (int a = 0; a < arms.size(); a++) {
            StackedXYAreaRenderer2 stacked = new StackedXYAreaRenderer2();
            for (ReceptorState s : ReceptorState.values()) {
                stacked.setSeriesPaint(s.ordinal(), StateColors.of(s));
            }
            JFreeChart c = chart(arms.size() > 1 ? "Receptors: " + arms.get(a) : "Receptors by state",
                    new XYPlot(states.get(a), time(), axis("receptors", true), stacked), stateLegend(a == 0));
            stacks.add(panel(c));
        }
        JPanel all = new JPanel(new GridLayout(2, 1));
        all.add(lines);
        all.add(stacks);
        frame.getContentPane().add(all, BorderLayout.CENTER);
        frame.setSize(600, 900);
    }

    private static ChartPanel panel(JFreeChart chart) {
        ChartPanel p = new ChartPanel(chart, false);
        p.setMinimumDrawWidth(10);
        p.setMinimumDrawHeight(10);
        p.setMaximumDrawWidth(4000);
        p.setMaximumDrawHeight(4000);
        return p;
    }

    /** A time axis over the whole protocol (it grows with the data if the console plays on past the end). */
    private NumberAxis time() {
        NumberAxis a = scale.axis(durationSeconds);
        a.setAutoTickUnitSelection(true); // the unit's natural steps, as many as the chart's width allows
        timeAxes.add(a);
        return a;
    }

    private static NumberAxis axis(String label, boolean fromZero) {
        NumberAxis a = ChartStyle.numberAxis(label);
        a.setAutoRangeIncludesZero(fromZero);
        return a;
    }

    private LegendItemCollection armLegend() {
        List<LegendItem> items = new ArrayList<>();
        for (int a = 0; a < arms.size(); a++) {
            items.add(ChartStyle.legendLine(arms.get(a), ChartStyle.colour(a), ChartStyle.line(a, 2f), null));
        }
        return collection(items);
    }

    /** The legend of every state (an empty one under the other arms' stacks, which share it). */
    private static LegendItemCollection stateLegend(boolean shown) {
        List<LegendItem> items = new ArrayList<>();
        if (shown) {
            for (ReceptorState s : ReceptorState.values()) {
                items.add(ChartStyle.legendBox(name(s), StateColors.of(s)));
            }
        }
        return collection(items);
    }

    private static LegendItemCollection collection(List<LegendItem> items) {
        LegendItemCollection c = new LegendItemCollection();
        items.forEach(c::add);
        return c;
    }

    static String name(ReceptorState s) {
        String n = s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return s == ReceptorState.DEGRADED ? n + " (so far)" : n;
    }

    private static JFreeChart chart(String title, XYPlot plot, LegendItemCollection legend) {
        if (legend != null) {
            plot.setFixedLegendItems(legend);
        }
        JFreeChart c = new JFreeChart(title, ChartStyle.TITLE, plot, true);
        ChartStyle.apply(c, SCREEN_FONT_SCALE);
        return c;
    }

    /** One series per state, DEGRADED (receptors degraded so far) last, on top of the stack. */
    private static void addStateSeries(DefaultTableXYDataset d) {
        for (ReceptorState s : ReceptorState.values()) {
            d.addSeries(new XYSeries(name(s), true, false));
        }
    }

    JFrame frame() {
        return frame;
    }

    /** Points in the first arm's state chart (call on the Swing thread; for tests). */
    int points() {
        return states.get(0).getSeriesCount() == 0 ? 0 : states.get(0).getItemCount(0);
    }

    /** Series in the G-protein chart, one per arm (call on the Swing thread; for tests). */
    int signalSeries() {
        return signal.getSeriesCount();
    }

    /** Clears every series (a new run). */
    void reset() {
        SwingUtilities.invokeLater(() -> {
            for (DefaultTableXYDataset d : states) {
                d.removeAllSeries(); // also forgets the table's x values, which clearing each series keeps
                addStateSeries(d);
            }
            for (XYSeriesCollection c : List.of(signal, camp)) {
                for (Object s : c.getSeries()) {
                    ((XYSeries) s).clear();
                }
            }
            concentrations.removeAllSeries();
            concentrationSeries.clear();
            for (NumberAxis axis : timeAxes) {
                axis.setRange(0, scale.of(durationSeconds));
            }
        });
    }

    /**
     * Adds a recorded snapshot of an arm (called on the model thread; copies the values and updates on the Swing
     * thread).
     */
    void add(int arm, CellSnapshot s) {
        double t = scale.of(s.timeSeconds());
        long[] counts = s.stateCounts().clone();
        double g = s.readouts().gProteinActiveFraction();
        double c = s.readouts().cAMPRelative();
        double[] conc = s.concentrationsMolar().clone();
        SwingUtilities.invokeLater(() -> {
            for (NumberAxis axis : timeAxes) {
                if (t > axis.getUpperBound()) {
                    axis.setAutoTickUnitSelection(true);
                    axis.setAutoRange(true);
                }
            }
            DefaultTableXYDataset d = states.get(arm);
            for (ReceptorState st : ReceptorState.values()) {
                d.getSeries(st.ordinal()).addOrUpdate(t, counts[st.ordinal()]);
            }
            signal.getSeries(arm).add(t, g);
            camp.getSeries(arm).add(t, c);
            for (int i = 0; i < ligands.size() && i < conc.length; i++) {
                XYSeries series = concentrationSeries.get(arm + "/" + i);
                if (series == null && conc[i] > 0) {
                    series = new XYSeries((arms.size() > 1 ? arms.get(arm) + ": " : "") + ligands.get(i), false, true);
                    int k = concentrations.getSeriesCount();
                    concentrations.addSeries(series);
                    concentrationRenderer.setSeriesPaint(k, StateColors.ligand(i));
                    concentrationRenderer.setSeriesStroke(k, ChartStyle.line(arm, 2f));
                    concentrationSeries.put(arm + "/" + i, series);
                }
                if (series != null) {
                    series.add(t, conc[i] * 1e9);
                }
            }
        });
    }
}
