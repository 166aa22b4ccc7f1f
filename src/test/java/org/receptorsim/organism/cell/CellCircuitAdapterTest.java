package org.receptorsim.organism.cell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The adapter between organism and cells: what the cells see step by step, what is read back, reproducibility and
 * independence of the cells' streams (statistically), and errors that name the field.
 */
class CellCircuitAdapterTest {

    static final JsonNode MORPHINE = JsonNodeFactory.instance.textNode("morphine");

    /** Largest drift at rest from receptor-number noise under turnover (see noDrugLeavesTheCellAtRest). */
    static final double REST = 0.02;

    static CellCircuitAdapter.Population cns(int receptors) {
        return new CellCircuitAdapter.Population("CNS-neuron", null, null, receptors, 1, 300);
    }

    /**
     * Without drug the cell stays at rest: no G-protein activation above its constitutive level and cAMP at control,
     * within what turnover does to the receptor number (300 receptors, about 70 births and deaths in 4 h: the
     * constitutive drive moves by ~3 %, i.e. ~0.003 of G activation; 0.02 is over 6 SD).
     */
    @Test
    void noDrugLeavesTheCellAtRest() {
        CellCircuitAdapter.Readouts r = CellCircuitAdapter.runCell(cns(300), List.of(MORPHINE), new double[][] {new double[48]},
                300, 1, "t", 0);
        assertEquals(49, r.gProteinActivation().length);
        for (int n = 0; n <= 48; n++) {
            assertEquals(0, r.gProteinActivation()[n], REST);
            assertEquals(1, r.cAMPRelative()[n], REST);
        }
    }

    /**
     * The concentration of step n is held over [t_n, t_{n+1}) and the readout at t_n is the cell at the end of step
     * n − 1: with drug from step 10 on, nothing moves up to t_10 and the cell responds at t_11.
     */
    @Test
    void theCellSeesEachStepsConcentrationFromThatStepOn() {
        double[] c = new double[24];
        Arrays.fill(c, 10, 24, 10e-9);
        CellCircuitAdapter.Readouts r = CellCircuitAdapter.runCell(cns(500), List.of(MORPHINE), new double[][] {c},
                300, 2, "t", 0);
        for (int n = 0; n <= 10; n++) {
            assertEquals(0, r.gProteinActivation()[n], REST, "t_" + n);
        }
        assertTrue(r.gProteinActivation()[11] > 0.3, "responds within the first step: " + r.gProteinActivation()[11]);
        assertTrue(r.cAMPRelative()[12] < 0.5, "cAMP falls: " + r.cAMPRelative()[12]);
    }

    /**
     * Same seed, prefix and replicate: the same cell. Two groups of 8 cells from different seeds at a constant 5 nM
     * give mean G-protein activations within 4 standard errors of each other (false-failure probability 6e-5 for
     * normal means); the replicates of one group are not copies of each other.
     */
    @Test
    void cellsAreReproducibleAndIndependent() {
        double[] c = new double[24];
        Arrays.fill(c, 5e-9);
        CellCircuitAdapter.Readouts a = CellCircuitAdapter.runCell(cns(200), List.of(MORPHINE), new double[][] {c},
                300, 7, "t", 3);
        CellCircuitAdapter.Readouts b = CellCircuitAdapter.runCell(cns(200), List.of(MORPHINE), new double[][] {c},
                300, 7, "t", 3);
        assertArrayEquals(a.gProteinActivation(), b.gProteinActivation());
        double[][] groups = new double[2][8];
        for (int s = 0; s < 2; s++) {
            for (int r = 0; r < 8; r++) {
                groups[s][r] = CellCircuitAdapter.runCell(cns(200), List.of(MORPHINE), new double[][] {c},
                        300, 100 + s, "t", r)
                        .gProteinActivation()[24];
            }
        }
        double m0 = mean(groups[0]);
        double m1 = mean(groups[1]);
        double se = Math.sqrt(var(groups[0]) / 8 + var(groups[1]) / 8);
        assertTrue(se > 0, "replicates differ");
        assertTrue(Math.abs(m0 - m1) < 4 * se, m0 + " vs " + m1 + " (SE " + se + ")");
    }

    /** The mean of several cells is taken point by point. */
    @Test
    void meanIsPointByPoint() {
        var x = new CellCircuitAdapter.Readouts(new double[] {0, 1}, new double[] {1, 1}, new double[] {1, 0});
        var y = new CellCircuitAdapter.Readouts(new double[] {1, 1}, new double[] {0, 0}, new double[] {1, 1});
        var m = CellCircuitAdapter.Readouts.mean(List.of(x, y));
        assertArrayEquals(new double[] {0.5, 1}, m.gProteinActivation());
        assertArrayEquals(new double[] {0.5, 0.5}, m.effect());
        assertArrayEquals(new double[] {1, 0.5}, m.cAMPRelative());
        assertThrows(IllegalArgumentException.class, () -> CellCircuitAdapter.Readouts.mean(new ArrayList<>()));
    }

    /** A bad population names its field: cell, cellOverrides.X, ligand, cellDt. */
    @Test
    void badPopulationsNameTheField() {
        ObjectNode bogus = JsonNodeFactory.instance.objectNode().put("bogusRate", "1 /s");
        List<String> messages = new ArrayList<>();
        for (Runnable r : List.<Runnable>of(
                () -> CellCircuitAdapter.check(new CellCircuitAdapter.Population("no-such-cell", null, null, 10, 1,
                        300), List.of(MORPHINE), 300),
                () -> CellCircuitAdapter.check(new CellCircuitAdapter.Population("CNS-neuron", bogus, null, 10, 1,
                        300), List.of(MORPHINE), 300),
                () -> CellCircuitAdapter.check(cns(10), List.of(JsonNodeFactory.instance.textNode("no-such-ligand")),
                        300),
                () -> CellCircuitAdapter.check(new CellCircuitAdapter.Population("CNS-neuron", null, null, 10, 1,
                        70), List.of(MORPHINE), 300))) {
            messages.add(assertThrows(IllegalArgumentException.class, r::run).getMessage());
        }
        assertTrue(messages.get(0).startsWith("cell: "), messages.get(0));
        assertTrue(messages.get(1).startsWith("cellOverrides.bogusRate: "), messages.get(1));
        assertTrue(messages.get(2).startsWith("ligand: "), messages.get(2));
        assertTrue(messages.get(3).startsWith("cellDt: "), messages.get(3));
        assertThrows(IllegalArgumentException.class, () -> new CellCircuitAdapter.Population("CNS-neuron", null, null,
                0, 1, 300));
        ObjectNode count = JsonNodeFactory.instance.objectNode().put("receptorCount", 5);
        assertFalse(assertThrows(IllegalArgumentException.class, () -> CellCircuitAdapter.check(
                new CellCircuitAdapter.Population("CNS-neuron", count, null, 10, 1, 300), List.of(MORPHINE), 300))
                .getMessage().isEmpty());
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElseThrow();
    }

    private static double var(double[] v) {
        double m = mean(v);
        return Arrays.stream(v).map(x -> (x - m) * (x - m)).sum() / (v.length - 1);
    }
}
