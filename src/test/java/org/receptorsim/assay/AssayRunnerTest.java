package org.receptorsim.assay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.ScenarioException;

/**
 * Simulated assays: concentration series from Kd, fresh cells per concentration and replicate (independent streams,
 * reproducible, independent of the thread count), readouts that behave as the assays do, and the arrestin-2
 * knockout recruiting no arrestin.
 */
class AssayRunnerTest {

    private static final Library LIBRARY = Library.bundled();

    @Test
    void automaticSeriesIsLogSpacedAroundKd() {
        AssayDesign d = AssayDesign.of("HEK293-MOR", "morphine");
        double[] c = d.concentrationsFor("morphine", 2e-9);
        assertEquals(11, c.length);
        assertEquals(2e-12, c[0], 1e-24);
        assertEquals(2e-7, c[10], 1e-19);
        for (int i = 1; i < c.length; i++) {
            assertEquals(0.5, Math.log10(c[i] / c[i - 1]), 1e-12, "half-log steps");
        }
        double[] given = {1e-10, 1e-9, 1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3};
        assertArrayEquals(given, d.withConcentrations(Map.of("Morphine", given)).concentrationsFor("morphine", 2e-9));
        assertThrows(IllegalArgumentException.class, () -> d.withAutomaticSeries(7, 3, 2));
        assertThrows(IllegalArgumentException.class,
                () -> d.withConcentrations(Map.of("morphine", new double[] {1e-9, 1e-8})));
    }

    @Test
    void cellsAreFreshIndependentAndReproducible() {
        AssayDesign d = AssayDesign.of("HEK293-MOR", "DAMGO").withCellOverrides(Map.of("receptorCount", 400))
                .withPathways(List.of(Pathway.CAMP, Pathway.ARRESTIN)).withReplicates(3);
        AssayData one = new AssayRunner(LIBRARY, 1).run(d);
        AssayData two = new AssayRunner(LIBRARY, 2).run(d);
        assertEquals(2 * 11 * 3, one.cells());
        for (Pathway p : List.of(Pathway.CAMP, Pathway.ARRESTIN)) {
            ResponseCurve a = one.curve(p, "DAMGO").orElseThrow();
            ResponseCurve b = two.curve(p, "DAMGO").orElseThrow();
            for (int r = 0; r < 3; r++) {
                assertArrayEquals(a.responses()[r], b.responses()[r], "same cells for any thread count");
            }
            assertFalse(Arrays.equals(a.responses()[0], a.responses()[1]), "replicates draw different streams");
        }
        AssayData reseeded = new AssayRunner(LIBRARY, 2).run(d.withSeed(2));
        assertFalse(Arrays.equals(one.curve(Pathway.ARRESTIN, "DAMGO").orElseThrow().responses()[0],
                reseeded.curve(Pathway.ARRESTIN, "DAMGO").orElseThrow().responses()[0]));
    }

    /** Every readout rises from ~0 at Kd/1000 to a plateau; DAMGO internalizes 30-60 % at 30 min (target 3). */
    @Test
    void readoutsBehaveLikeTheAssays() {
        AssayData data = new AssayRunner(LIBRARY, 2).run(AssayDesign.of("HEK293-MOR", "DAMGO")
                .withCellOverrides(Map.of("receptorCount", 2000)).withReplicates(2));
        assertEquals(List.of(Pathway.values()), data.pathways());
        for (Pathway p : Pathway.values()) {
            double[] m = data.curve(p, "DAMGO").orElseThrow().means();
            assertTrue(m[0] < 3, p + " near 0 at Kd/1000: " + m[0]);
            assertTrue(Arrays.stream(m).max().orElseThrow() > 30, p + " rises: " + Arrays.toString(m));
        }
        double g = data.curve(Pathway.G_PROTEIN, "DAMGO").orElseThrow().means()[10];
        var c = data.cell();
        double k = c.gtpasePerSecond() * c.gProteinCount() / c.gProteinActivationRate().perSecond();
        double n = c.receptorCount();
        double e0 = c.constitutiveActivity();
        double occupancy = 100.0 / 101; // the top concentration is 100 Kd
        double expected = 100 * (n * (e0 + occupancy) / (n * (e0 + occupancy) + k) - n * e0 / (n * e0 + k));
        assertEquals(expected, g, 2, "membrane G assay at saturation: the G-protein cycle's R*/(R* + K) above basal");
        double internalized = data.curve(Pathway.INTERNALIZATION, "DAMGO").orElseThrow().means()[10];
        assertTrue(internalized > 30 && internalized < 60, "surface loss at 30 min: " + internalized);
    }

    @Test
    void arrestinKnockoutRecruitsNoArrestinButActivatesGProtein() {
        AssayData ko = new AssayRunner(LIBRARY, 2).run(AssayDesign.of("HEK293-MOR-arrestin3-KO", "DAMGO")
                .withCellOverrides(Map.of("receptorCount", 500)).withReplicates(2)
                .withPathways(List.of(Pathway.G_PROTEIN, Pathway.ARRESTIN)));
        for (double[] r : ko.curve(Pathway.ARRESTIN, "DAMGO").orElseThrow().responses()) {
            for (double v : r) {
                assertEquals(0, v);
            }
        }
        var cell = ko.cell();
        double k = cell.gtpasePerSecond() * cell.gProteinCount() / cell.gProteinActivationRate().perSecond();
        double gMax = 100 * cell.receptorCount() / (cell.receptorCount() + k);
        assertTrue(ko.curve(Pathway.G_PROTEIN, "DAMGO").orElseThrow().means()[10] > 0.9 * gMax,
                "the knockout's G protein is activated fully (N/(N + K) of the pool, no desensitization in membranes)");
        assertEquals(0, ko.cell().arrestin3Level());
    }

    @Test
    void ligandsWithoutAConcentrationResponseAreRefused() {
        AssayRunner runner = new AssayRunner(LIBRARY, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> runner.run(AssayDesign.of("HEK293-MOR", "naloxone")));
        assertTrue(e.getMessage().contains("naloxone") && e.getMessage().contains("not an agonist"), e.getMessage());
        assertThrows(ScenarioException.class, () -> runner.run(AssayDesign.of("HEK293-MOR", "no-such-ligand")));
        assertTrue(Pathway.parse("GTPgS") == null && Pathway.parse("camp") == Pathway.CAMP
                && Pathway.parse("gProtein") == Pathway.G_PROTEIN);
    }
}
