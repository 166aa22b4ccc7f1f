package org.receptorsim.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioException;
import org.receptorsim.scenario.ScenarioLoader;
import org.receptorsim.scenario.ScenarioVariant;
import org.receptorsim.scenario.SweepPlan;
import org.receptorsim.units.Rate;

/** Sweeps: point sets, what a point changes, common random numbers, outputs, errors and resume. */
class SweepTest {

    private static final ScenarioLoader LOADER = new ScenarioLoader(Library.bundled());

    private static String yaml(String sweep) {
        return """
                cell: HEK293-MOR
                cellOverrides: {receptorCount: 300}
                ligands: [DAMGO]
                protocol: {bath: [{at: 0 s, set: {DAMGO: 100 nM}}]}
                duration: 4 min
                dt: 2 s
                outputInterval: 1 min
                seed: 5
                sweep:
                """ + sweep;
    }

    private static final String GRID = """
              replicates: 3
              metric: desensitization_percent
              axes:
                - {parameter: cell.phosphorylationRate, values: [0.005 /s, 0.05 /s]}
                - {parameter: ligands.DAMGO.arrestinEfficacy, from: 0.1, to: 1.0, points: 2, scale: log}
            """;

    /** A grid takes every combination of the axes' values. */
    @Test
    void gridTakesEveryCombination() {
        Scenario s = LOADER.parse("grid.yaml", yaml(GRID));
        SweepPlan plan = SweepPlan.resolve(s, s.sweep());
        assertEquals(4, plan.points().size());
        assertEquals(new Rate(0.005), plan.points().get(0).get(0));
        assertEquals(1.0, (Double) plan.points().get(3).get(1), 1e-12);
    }

    /** A Latin hypercube puts exactly one point in each stratum of every axis. */
    @Test
    void latinHypercubeHasOnePointPerStratum() {
        Scenario s = LOADER.parse("lhs.yaml", yaml("""
                  design: latin-hypercube
                  samples: 10
                  axes:
                    - {parameter: cell.grkLevel, from: 0.0, to: 2.0}
                    - {parameter: cell.arrestinLevel, from: 0.1, to: 10.0, scale: log}
                """));
        SweepPlan plan = SweepPlan.resolve(s, s.sweep());
        assertEquals(10, plan.points().size());
        boolean[] linear = new boolean[10];
        boolean[] log = new boolean[10];
        for (List<Object> p : plan.points()) {
            int a = (int) Math.floor((Double) p.get(0) / 2.0 * 10);
            int b = (int) Math.floor((Math.log10((Double) p.get(1)) + 1) / 2 * 10);
            assertFalse(linear[a], "stratum " + a + " twice");
            assertFalse(log[b], "log stratum " + b + " twice");
            linear[a] = true;
            log[b] = true;
        }
    }

    /** A point changes exactly the named parameter; changing kd re-derives kon. */
    @Test
    void pointChangesOnlyTheNamedParameter() {
        Scenario s = LOADER.parse("grid.yaml", yaml(GRID));
        Scenario changed = ScenarioVariant.with(s, "cell.phosphorylationRate", new Rate(0.05));
        assertEquals(0.05, changed.arms().get(0).cell().phosphorylationRate().perSecond());
        assertEquals(s.arms().get(0).cell().arrestinBindingRate(), changed.arms().get(0).cell().arrestinBindingRate());
        Scenario kd = ScenarioVariant.with(s, "ligands.DAMGO.kd", ScenarioVariant.parse(s, "ligands.DAMGO.kd", "20 nM"));
        Ligand l = kd.ligands().get(0);
        assertEquals(2e-8, l.kd().molar(), 1e-20);
        assertEquals(l.koff().perSecond() / 2e-8, l.associationPerMolarPerSecond(), 1e-3);
        Scenario bath = ScenarioVariant.with(s, "bath.DAMGO", ScenarioVariant.parse(s, "bath.DAMGO", "1 uM"));
        assertEquals(1e-6, bath.arms().get(0).protocol().bath().get(0).set().get("DAMGO").molar(), 1e-18);
    }

    /** Common random numbers: two points with the same values give identical metrics. */
    @Test
    void identicalPointsGiveIdenticalResults(@TempDir Path tmp) throws Exception {
        Scenario s = LOADER.parse("crn.yaml", yaml("""
                  replicates: 3
                  axes:
                    - {parameter: cell.grkLevel, values: [1.0, 1.0]}
                """)).withEngine(KineticsEngine.COHORT);
        SweepPlan plan = SweepPlan.resolve(s, s.sweep());
        assertTrue(new SweepRunner(s, plan, tmp.resolve("out"), 2, false).run(n -> { }));
        List<String> rows = Files.readAllLines(tmp.resolve("out/sweep.csv"));
        assertEquals(3, rows.size());
        assertEquals(rows.get(1).substring(rows.get(1).indexOf(",main,")),
                rows.get(2).substring(rows.get(2).indexOf(",main,")));
    }

    /** A small grid end to end: a table row per point and arm, a JSON and a readable heat map. */
    @Test
    void sweepWritesTableAndHeatMap(@TempDir Path tmp) throws Exception {
        Scenario s = LOADER.parse("grid.yaml", yaml(GRID)).withEngine(KineticsEngine.COHORT);
        SweepPlan plan = SweepPlan.resolve(s, s.sweep());
        Path out = tmp.resolve("out");
        assertTrue(new SweepRunner(s, plan, out, 2, false).run(n -> { }));
        List<String> rows = Files.readAllLines(out.resolve("sweep.csv"));
        assertEquals(1 + 4, rows.size());
        assertTrue(rows.get(0).startsWith("point,\"cell.phosphorylationRate_per_s\","), rows.get(0));
        assertNotNull(ImageIO.read(out.resolve("sweep-main.png").toFile()));
        assertTrue(Files.exists(out.resolve("sweep.json")));
        assertTrue(Files.isDirectory(out.resolve("points/p0004")));
    }

    /** A bad parameter path is a located scenario error. */
    @Test
    void badParameterPathIsLocated() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> LOADER.parse("bad.yaml", yaml("""
                  axes:
                    - {parameter: cell.nonsense, values: [1, 2]}
                """)));
        assertEquals("sweep.axes.0.parameter", e.field());
        assertEquals(11, e.line());
    }

    /** Cancelled after the first point, the sweep resumes to the same table as an uninterrupted one. */
    @Test
    void interruptedSweepResumesToTheSameTable(@TempDir Path tmp) throws Exception {
        Scenario s = LOADER.parse("grid.yaml", yaml(GRID)).withEngine(KineticsEngine.COHORT);
        SweepPlan plan = SweepPlan.resolve(s, s.sweep());
        Path whole = tmp.resolve("whole");
        assertTrue(new SweepRunner(s, plan, whole, 2, false).run(n -> { }));
        Path resumed = tmp.resolve("resumed");
        SweepRunner first = new SweepRunner(s, plan, resumed, 2, false);
        assertFalse(first.run(n -> first.cancel()));
        assertFalse(Files.exists(resumed));
        assertTrue(new SweepRunner(s, plan, resumed, 1, true).run(n -> { }));
        assertArrayEquals(Files.readAllBytes(whole.resolve("sweep.csv")), Files.readAllBytes(resumed.resolve("sweep.csv")));
    }
}
