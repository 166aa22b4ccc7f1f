package org.receptorsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.junit.jupiter.api.Test;
import org.receptorsim.figure.Figure;
import org.receptorsim.model.ArmResult;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;
import org.receptorsim.simulation.ScenarioRunner;

/**
 * The run's figure: a protocol strip and a panel per quantity, units on every axis, hours for a long run, every arm
 * in its own colour and dash, dashes kept over dense sampling, a legend that says what is drawn.
 */
class TimeSeriesChartTest {

    @Test
    void panelsWithUnitsArmStylesAndExposure() {
        Scenario s = new ScenarioLoader(Library.bundled()).parse("chart.yaml", """
                cell: HEK293-MOR
                cellOverrides: {receptorCount: 300}
                ligands: [DAMGO, morphine]
                arms:
                  - name: DAMGO
                    protocol: {bath: [{at: 0 s, set: {DAMGO: 1 uM}}, {at: 2 h, washout: true}]}
                  - name: morphine
                    protocol: {bath: [{at: 0 s, set: {morphine: 1 uM}}, {at: 2 h, washout: true}]}
                duration: 6 h
                dt: 10 s
                outputInterval: 10 s
                engine: cohort
                """);
        List<ArmResult> results = ScenarioRunner.run(s);
        Figure f = TimeSeriesChart.figure("timeseries", s.name(), results, s.ligands());
        assertEquals(Figure.DOUBLE_COLUMN, f.widthPoints());
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) f.chart().getPlot();
        assertEquals("time (h)", plot.getDomainAxis().getLabel(), "a 6-h run in hours");
        List<XYPlot> panels = plot.getSubplots();
        assertEquals(6, panels.size(), "protocol strip and five panels");
        assertEquals(2, panels.get(0).getAnnotations().size() / 2, "a bar per arm and ligand");
        List<String> units = new ArrayList<>();
        for (XYPlot p : panels.subList(1, panels.size())) {
            units.add(p.getRangeAxis().getLabel());
            assertEquals(1, p.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND).size(),
                    "the 2 h of agonist shaded");
            XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) p.getRenderer();
            assertTrue(r.getDrawSeriesLineAsPath(), "lines drawn as one path: dashes survive 10-s sampling");
            BasicStroke a = (BasicStroke) r.getSeriesStroke(0);
            BasicStroke b = (BasicStroke) r.getSeriesStroke(1);
            assertNotEquals(java.util.Arrays.toString(a.getDashArray()), java.util.Arrays.toString(b.getDashArray()),
                    "arms differ by dash as well as colour");
            assertNotEquals(r.getSeriesPaint(0), r.getSeriesPaint(1));
        }
        assertEquals(List.of("fraction", "× control", "% of t = 0", "% of t = 0", "% of t = 0"), units);
        List<String> legend = new ArrayList<>();
        for (int i = 0; i < plot.getFixedLegendItems().getItemCount(); i++) {
            legend.add(plot.getFixedLegendItems().get(i).getLabel());
        }
        assertEquals(List.of("DAMGO", "morphine", "one simulated cell per arm", "agonist in every arm"), legend);
        assertFalse(f.svg().contains("NaN"));
    }
}
