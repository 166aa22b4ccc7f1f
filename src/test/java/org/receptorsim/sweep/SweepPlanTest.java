package org.receptorsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioException;
import org.receptorsim.scenario.SweepPlan;
import org.receptorsim.units.Concentration;
import org.receptorsim.units.Rate;

/** Which points a sweep has, and which sweep definitions are refused (with the place in the file). */
class SweepPlanTest {

    /** A grid takes every combination, first axis slowest; a from/to axis keeps its ends exactly as written. */
    @Test
    void gridTakesEveryCombinationInOrder() {
        Scenario s = SweepFixtures.scenario(SweepFixtures.GRID);
        SweepPlan plan = SweepFixtures.plan(s);
        assertTrue(plan.grid());
        assertEquals(4, plan.points().size());
        assertEquals(List.of(new Rate(0.005), 0.1), plan.points().get(0));
        assertEquals(List.of(new Rate(0.005), 1.0), plan.points().get(1));
        assertEquals(List.of(new Rate(0.05), 0.1), plan.points().get(2));
        assertEquals(List.of(new Rate(0.05), 1.0), plan.points().get(3));
        assertEquals("cell.s375Grk23Rate_per_s", plan.columnName(0));
        assertEquals("ligands.DAMGO.arrestin3Efficacy", plan.columnName(1));
        assertEquals(3, plan.replicates());
    }

    /** A log axis of 4 points over 100-fold is spaced by 100^(1/3); a concentration axis has its unit in the name. */
    @Test
    void logAxisIsEvenlySpacedInLog() {
        SweepPlan plan = SweepFixtures.plan(SweepFixtures.scenario("""
                  axes:
                    - {parameter: bath.DAMGO, from: 1 nM, to: 100 nM, points: 4, scale: log}
                """));
        assertEquals(4, plan.points().size());
        assertEquals("bath.DAMGO_M", plan.columnName(0));
        for (int i = 0; i < 4; i++) {
            double expected = 1e-9 * Math.pow(100, i / 3.0);
            assertEquals(expected, ((Concentration) plan.points().get(i).get(0)).molar(), expected * 1e-12);
        }
        assertEquals(1e-7, plan.tableValue(3, 0), 0, "table values are rounded to 12 digits");
    }

    /** Latin hypercube: every axis's values fall one in each of its strata (equal in log for a log axis). */
    @Test
    void latinHypercubePutsOnePointInEveryStratum() {
        Scenario s = SweepFixtures.scenario("""
                  design: latin-hypercube
                  samples: 10
                  axes:
                    - {parameter: cell.grk23Level, from: 0.0, to: 2.0}
                    - {parameter: cell.arrestin3Level, from: 0.1, to: 10.0, scale: log}
                    - {parameter: bath.DAMGO, values: [1 nM, 1 uM]}
                """);
        SweepPlan plan = SweepFixtures.plan(s);
        assertFalse(plan.grid());
        assertEquals(10, plan.points().size());
        boolean[][] seen = new boolean[3][10];
        for (List<Object> p : plan.points()) {
            int[] stratum = {
                (int) Math.floor((Double) p.get(0) / 2.0 * 10),
                (int) Math.floor((Math.log10((Double) p.get(1)) + 1) / 2 * 10),
                (int) Math.floor((Math.log10(((Concentration) p.get(2)).molar()) + 9) / 3 * 10)};
            for (int k = 0; k < 3; k++) {
                assertFalse(seen[k][stratum[k]], "axis " + k + ": stratum " + stratum[k] + " twice");
                seen[k][stratum[k]] = true;
            }
        }
        assertEquals(plan.points(), SweepFixtures.plan(s).points(), "same seed, same design");
        assertNotEquals(plan.points(), SweepFixtures.plan(s.withSeed(6)).points(), "the design follows the seed");
    }

    private static ScenarioException refused(String sweep) {
        return assertThrows(ScenarioException.class, () -> SweepFixtures.scenario(sweep));
    }

    /** A bad parameter path is a located scenario error naming the field, with its line. */
    @Test
    void badParameterPathNamesFieldAndLine() {
        ScenarioException e = refused("""
                  replicates: 2
                  axes:
                    - {parameter: cell.s375Grk23Rate, values: [0.01 /s]}
                    - {parameter: cell.nonsense, values: [1, 2]}
                """);
        assertEquals("sweep.axes.1.parameter", e.field());
        assertEquals(18, e.line());
        assertTrue(e.getMessage().startsWith("sweep-test.yaml:18:"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown parameter 'nonsense' of CellType, expected one of [receptorCount"),
                e.getMessage());
    }

    /** Wrong values, units, designs and metrics are each refused at their own field. */
    @Test
    void badDefinitionsAreRefusedAtTheirField() {
        assertEquals("sweep.axes.0.values.1", refused("""
                  axes:
                    - {parameter: cell.s375Grk23Rate, values: [0.01 /s, 0.02]}
                """).field(), "a rate without its unit");
        assertEquals("sweep.axes.0.values.0", refused("""
                  axes:
                    - {parameter: cell.grk23Level, values: [-1]}
                """).field(), "out of range");
        assertEquals("sweep.axes.0.parameter", refused("""
                  axes:
                    - {parameter: ligands.morphine.kd, values: [1 nM]}
                """).field(), "a ligand not in the scenario");
        assertEquals("sweep.axes.0.parameter", refused("""
                  axes:
                    - {parameter: bath.naloxone, values: [1 nM]}
                """).field(), "never in the bath: nothing to replace");
        assertEquals("sweep.axes.0.values.0", refused("""
                  axes:
                    - {parameter: ligands.naloxone.arrestin3Efficacy, values: [0.5]}
                """).field(), "an antagonist has no efficacy");
        assertEquals("sweep.axes.1.parameter", refused("""
                  axes:
                    - {parameter: ligands.DAMGO.kd, values: [1 nM]}
                    - {parameter: ligands.DAMGO.kon, values: [1e7 /M/s]}
                """).field(), "kon with kd is order-dependent");
        assertEquals("sweep.axes.1.parameter", refused("""
                  axes:
                    - {parameter: cell.grk23Level, values: [1]}
                    - {parameter: cell.grk23Level, values: [2]}
                """).field(), "the same parameter twice");
        assertEquals("sweep.axes.0.points", refused("""
                  axes:
                    - {parameter: cell.grk23Level, from: 0.1, to: 1}
                """).field(), "a grid range needs its number of points");
        assertEquals("sweep.axes.0.scale", refused("""
                  axes:
                    - {parameter: cell.grk23Level, from: 0, to: 1, points: 3, scale: log}
                """).field(), "log of 0");
        assertEquals("sweep.design", refused("""
                  design: random
                  axes: [{parameter: cell.grk23Level, values: [1]}]
                """).field());
        assertEquals("sweep.samples", refused("""
                  design: latin-hypercube
                  axes: [{parameter: cell.grk23Level, from: 0.5, to: 1}]
                """).field());
        ScenarioException metric = refused("""
                  metric: ec50
                  axes: [{parameter: cell.grk23Level, values: [1]}]
                """);
        assertEquals("sweep.metric", metric.field());
        assertTrue(metric.getMessage().contains("finalEc50FoldShift"), metric.getMessage());
    }
}
