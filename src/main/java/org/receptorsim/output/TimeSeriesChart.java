package org.receptorsim.output;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.receptorsim.figure.ChartStyle;
import org.receptorsim.figure.ExposurePeriods;
import org.receptorsim.figure.Figure;
import org.receptorsim.figure.TimePanels;
import org.receptorsim.model.ArmResult;
import org.receptorsim.model.CellSnapshot;
import org.receptorsim.model.ReceptorState;
import org.receptorsim.pharmacology.Ligand;

/**
 * The run's figure: below the protocol strip, one panel each for G-protein activation, cAMP, surface, internalized
 * and phosphorylated or arrestin-bound receptors (the last three in percent of the living receptors at t = 0), every
 * arm in its own colour and dash, exposure periods shaded.
 */
public final class TimeSeriesChart {

    private TimeSeriesChart() {
    }

    /**
     * Builds the figure.
     *
     * @param name file name without extension
     * @param title chart title
     * @param results arm results
     * @param ligands the run's ligands
     * @return the figure, two journal columns wide
     */
    public static Figure figure(String name, String title, List<ArmResult> results, List<Ligand> ligands) {
        double duration = 0;
        for (ArmResult r : results) {
            duration = Math.max(duration, r.snapshots().get(r.snapshots().size() - 1).timeSeconds());
        }
        TimePanels panels = new TimePanels(duration, ExposurePeriods.of(results, ligands), Figure.DOUBLE_COLUMN);
        panel(panels, results, "G-protein activation", "fraction", (r, s) -> s.readouts().gProteinActiveFraction(),
                true);
        panel(panels, results, "cAMP", "× control", (r, s) -> s.readouts().cAMPRelative(), false);
        panel(panels, results, "surface receptors", "% of t = 0", (r, s) -> percent(r, s.surface()), true);
        panel(panels, results, "internalized receptors", "% of t = 0",
                (r, s) -> percent(r, s.count(ReceptorState.INTERNALIZED)), true);
        panel(panels, results, "phosphorylated (desensitized included) or arrestin-bound", "% of t = 0",
                (r, s) -> percent(r, s.count(ReceptorState.GRK_PHOSPHORYLATED)
                        + s.count(ReceptorState.DESENSITIZED) + s.count(ReceptorState.ARRESTIN_BOUND)), true);
        List<LegendItem> legend = new ArrayList<>();
        for (int a = 0; a < results.size(); a++) {
            legend.add(ChartStyle.legendLine(results.get(a).arm(), ChartStyle.colour(a), ChartStyle.line(a), null));
        }
        legend.add(ChartStyle.legendNote(results.size() > 1 ? "one simulated cell per arm" : "one simulated cell"));
        legend.add(ChartStyle.legendBox("agonist in every arm", ChartStyle.EXPOSURE));
        return Figure.of(name, panels.chart(title, TimePanels.legend(legend)), Figure.DOUBLE_COLUMN,
                panels.heightPoints());
    }

    /** A value of a snapshot of an arm. */
    private interface Value {
        double of(ArmResult arm, CellSnapshot s);
    }

    private static double percent(ArmResult r, long count) {
        return 100.0 * count / r.snapshots().get(0).alive();
    }

    private static void panel(TimePanels panels, List<ArmResult> results, String title, String unit, Value value,
                              boolean fromZero) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int a = 0; a < results.size(); a++) {
            ArmResult r = results.get(a);
            XYSeries s = new XYSeries(r.arm(), false, true);
            for (CellSnapshot snap : r.snapshots()) {
                double v = value.of(r, snap);
                if (Double.isFinite(v)) {
                    s.add(panels.scale().of(snap.timeSeconds()), v);
                }
            }
            data.addSeries(s);
            renderer.setSeriesPaint(a, ChartStyle.colour(a));
            renderer.setSeriesStroke(a, ChartStyle.line(a));
        }
        NumberAxis y = ChartStyle.numberAxis(unit);
        y.setAutoRangeIncludesZero(fromZero);
        panels.panel(title, y, data, renderer);
    }
}
