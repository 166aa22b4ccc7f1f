package org.receptorsim.gui;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.receptorsim.model.CellSnapshot;
import org.receptorsim.model.ReceptorState;
import org.receptorsim.figure.ChartStyle;
import org.receptorsim.signaling.CyclaseCascade;

/**
 * The live charts beside the cell (JFreeChart 1.5 in a frame of their own): receptors per state (stacked),
 * G-protein activation and cAMP, and ligand concentrations, in the look of the saved PNGs ({@link TimeSeriesChart}).
 * Fed from the GUI side; touched only on the Swing thread.
 */
final class LiveCharts {

    private final JFrame frame = new JFrame("ReceptorSim charts");
    private final DefaultTableXYDataset states = new DefaultTableXYDataset();
    private final XYSeriesCollection signal = new XYSeriesCollection();
    private final XYSeriesCollection concentrations = new XYSeriesCollection();
    private final List<String> ligands;

    LiveCharts(List<String> ligandNames) {
        this.ligands = ligandNames;
        addStateSeries();
        signal.addSeries(new XYSeries("G-protein activation"));
        signal.addSeries(new XYSeries("cAMP (x control)"));
        for (String l : ligandNames) {
            concentrations.addSeries(new XYSeries(l + " (nM)"));
        }
        StackedXYAreaRenderer2 stacked = new StackedXYAreaRenderer2();
        int k = 0;
        for (ReceptorState s : ReceptorState.values()) {
            if (s != ReceptorState.DEGRADED) {
                stacked.setSeriesPaint(k++, StateColors.of(s));
            }
        }
        JPanel panel = new JPanel(new GridLayout(3, 1));
        panel.add(new ChartPanel(chart("Receptors by state", new XYPlot(states, time(), new NumberAxis("receptors"),
                stacked))));
        panel.add(new ChartPanel(chart("Signal", new XYPlot(signal, time(), new NumberAxis("fraction / x control"),
                lines()))));
        XYLineAndShapeRenderer ligandLines = lines();
        for (int i = 0; i < ligandNames.size(); i++) {
            ligandLines.setSeriesPaint(i, StateColors.ligand(i));
        }
        panel.add(new ChartPanel(chart("Concentrations", new XYPlot(concentrations, time(),
                new NumberAxis("nM"), ligandLines))));
        frame.getContentPane().add(panel, BorderLayout.CENTER);
        frame.setSize(560, 820);
    }

    private static NumberAxis time() {
        return new NumberAxis("time (min)");
    }

    private static XYLineAndShapeRenderer lines() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < ChartStyle.PALETTE.length; i++) {
            r.setSeriesPaint(i, ChartStyle.PALETTE[i]);
            r.setSeriesStroke(i, new java.awt.BasicStroke(2f));
        }
        return r;
    }

    private static JFreeChart chart(String title, XYPlot plot) {
        plot.setBackgroundPaint(java.awt.Color.WHITE);
        plot.setDomainGridlinePaint(java.awt.Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(java.awt.Color.LIGHT_GRAY);
        JFreeChart c = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        c.setBackgroundPaint(java.awt.Color.WHITE);
        return c;
    }

    /** One series per drawn state (degraded receptors are gone from the cell: not stacked). */
    private void addStateSeries() {
        for (ReceptorState s : ReceptorState.values()) {
            if (s != ReceptorState.DEGRADED) {
                states.addSeries(new XYSeries(s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), true,
                        false));
            }
        }
    }

    JFrame frame() {
        return frame;
    }

    /** Points in the state chart (call on the Swing thread; for tests). */
    int points() {
        return states.getSeriesCount() == 0 ? 0 : states.getItemCount(0);
    }

    /** Clears every series (a new run). */
    void reset() {
        SwingUtilities.invokeLater(() -> {
            states.removeAllSeries(); // also forgets the table's x values, which clearing each series keeps
            addStateSeries();
            for (Object s : signal.getSeries()) {
                ((XYSeries) s).clear();
            }
            for (Object s : concentrations.getSeries()) {
                ((XYSeries) s).clear();
            }
        });
    }

    /** Adds a recorded snapshot (called on the model thread; copies the values and updates on the Swing thread). */
    void add(CellSnapshot s, List<String> readoutNames) {
        double minutes = s.timeSeconds() / 60;
        long[] counts = s.stateCounts().clone();
        double g = s.readouts()[readoutNames.indexOf(CyclaseCascade.G_PROTEIN_ACTIVATION)];
        double camp = s.readouts()[readoutNames.indexOf(CyclaseCascade.CAMP_RELATIVE)];
        double[] conc = s.concentrationsMolar().clone();
        SwingUtilities.invokeLater(() -> {
            int k = 0;
            for (ReceptorState st : ReceptorState.values()) {
                if (st != ReceptorState.DEGRADED) {
                    states.getSeries(k++).addOrUpdate(minutes, counts[st.ordinal()]);
                }
            }
            ((XYSeries) signal.getSeries().get(0)).add(minutes, g);
            ((XYSeries) signal.getSeries().get(1)).add(minutes, camp);
            for (int i = 0; i < ligands.size() && i < conc.length; i++) {
                ((XYSeries) concentrations.getSeries().get(i)).add(minutes, conc[i] * 1e9);
            }
        });
    }
}
