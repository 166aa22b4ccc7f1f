package org.receptorsim.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.receptorsim.model.ArmResult;
import org.receptorsim.model.CellSnapshot;
import org.receptorsim.model.Location;
import org.receptorsim.model.Receptor;
import org.receptorsim.model.ReceptorState;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;
import org.receptorsim.simulation.ScenarioRunner;
import sim.util.Double2D;

/**
 * The GUI's own stepping, without a window: the GUIState steps the cell and, after every step, moves the drawn
 * receptors (its own random generator). Movement never changes results, and the pictured cell moves as described.
 */
class GuiSteppingTest {

    /** Like scenarios/morphine-vs-damgo.yaml, on a smaller cell and for 12 min, with cell-to-cell variability. */
    static Scenario scenario() {
        return new ScenarioLoader(Library.bundled()).parse("gui-stepping.yaml", """
                cell: HEK293-MOR
                cellOverrides: {receptorCount: 2000}
                ligands: [DAMGO, morphine]
                arms:
                  - name: DAMGO
                    protocol: {bath: [{at: 0 s, set: {DAMGO: 10 uM}}, {at: 8 min, washout: true}]}
                  - name: morphine
                    protocol: {bath: [{at: 0 s, set: {morphine: 10 uM}}, {at: 8 min, washout: true}]}
                duration: 12 min
                dt: 1 s
                outputInterval: 10 s
                seed: 7
                variability: {receptorCount: 0.3, grk23Level: 0.2}
                """);
    }

    /**
     * A cell stepped by the GUI (movement attached, naloxone added for the dosing window, the interactive exposure
     * in place) records the same counts as `run` with the same seed, arm by arm.
     */
    @Test
    void guiSteppingGivesTheSameCountsAsAPlainRun() {
        Scenario s = scenario();
        List<ArmResult> plain = ScenarioRunner.run(s);
        for (ArmResult arm : plain) {
            ReceptorSimWithUI gui = new ReceptorSimWithUI(s, arm.arm());
            gui.start();
            while (!gui.cell().isFinished()) {
                assertTrue(gui.step());
            }
            assertTrue(gui.view().animatedCount() > 0, "the GUI-side movement ran");
            for (int i = 0; i < 120; i++) {
                assertTrue(gui.step(), "the console may play on after the protocol's end");
            }
            List<CellSnapshot> viewed = gui.cell().snapshots();
            assertEquals(arm.snapshots().size() + 12, viewed.size(), "recording goes on after the end");
            for (int i = 0; i < arm.snapshots().size(); i++) {
                assertArrayEquals(arm.snapshots().get(i).stateCounts(), viewed.get(i).stateCounts(),
                        arm.arm() + " at " + viewed.get(i).timeSeconds() + " s");
            }
            gui.finish();
        }
    }

    /**
     * All arms in one GUI, driven by one schedule: every step advances each arm's cell by one dt, and each arm
     * records the counts of `run`; the receptors are placed before the first step.
     */
    @Test
    void armsSideBySideStepTogetherWithTheirOwnCounts() {
        Scenario s = scenario();
        List<ArmResult> plain = ScenarioRunner.run(s);
        ReceptorSimWithUI gui = new ReceptorSimWithUI(s, List.of("DAMGO", "morphine"));
        gui.start();
        assertEquals(2, gui.armCount());
        for (int a = 0; a < 2; a++) {
            assertEquals(gui.cell(a).receptors().size(), gui.view(a).field().getAllObjects().numObjs,
                    "every receptor drawn before the first step");
        }
        while (!gui.cell(0).isFinished()) {
            assertTrue(gui.step());
            assertEquals(gui.cell(0).timeSeconds(), gui.cell(1).timeSeconds(), 0, "one schedule");
        }
        assertTrue(gui.cell(1).isFinished());
        for (int a = 0; a < 2; a++) {
            List<CellSnapshot> viewed = gui.cell(a).snapshots();
            assertEquals(plain.get(a).snapshots().size(), viewed.size());
            for (int i = 0; i < viewed.size(); i++) {
                assertArrayEquals(plain.get(a).snapshots().get(i).stateCounts(), viewed.get(i).stateCounts(),
                        plain.get(a).arm() + " at " + viewed.get(i).timeSeconds() + " s");
            }
        }
        gui.finish();
    }

    /**
     * Membrane receptors diffuse; arrestin-bound ones reach a pit just inside the membrane; internalized ones reach
     * an endosome and degraded ones the lysosome once their journey is over; nobody crosses the nucleus.
     */
    @Test
    void receptorsMoveAsDescribed() {
        ReceptorSimWithUI gui = new ReceptorSimWithUI(scenario(), "DAMGO");
        gui.start();
        Map<Receptor, Double2D> before = new HashMap<>();
        for (int i = 0; i < 600; i++) {
            gui.step();
            if (i == 10) {
                gui.cell().receptors().forEach(r -> before.put(r, where(gui, r)));
            }
            for (Receptor r : gui.cell().receptors()) {
                Double2D p = where(gui, r);
                if (p != null) {
                    assertTrue(p.distance(CellLayout.NUCLEUS) >= CellLayout.NUCLEUS_RADIUS,
                            "receptor " + r.getId() + " drawn on the nucleus at " + p);
                }
            }
        }
        int moved = 0;
        int membrane = 0;
        for (Map.Entry<Receptor, Double2D> e : before.entrySet()) {
            Receptor r = e.getKey();
            Double2D now = where(gui, r);
            if (now != null && e.getValue() != null && r.getLocation() == Location.MEMBRANE
                    && r.getLastTransitionSeconds() < 10) {
                membrane++;
                if (now.distance(e.getValue()) > 0.1) {
                    moved++;
                }
            }
        }
        assertTrue(membrane == 0 || moved > membrane / 2, moved + " of " + membrane + " membrane receptors diffused");
        int settled = 0;
        for (Receptor r : gui.cell().receptors()) {
            Double2D p = where(gui, r);
            if (p == null || gui.cell().timeSeconds() - r.getLastTransitionSeconds() < 60) {
                continue; // faded out, or still on its way
            }
            double fromCentre = p.distance(CellLayout.CENTRE);
            switch (r.getState()) {
                case ARRESTIN_BOUND -> assertTrue(fromCentre > CellLayout.CELL_RADIUS - 0.8
                        && fromCentre < CellLayout.CELL_RADIUS, "in a pit: " + p);
                case INTERNALIZED -> assertTrue(inAnEndosome(p), "in an endosome: " + p);
                case DEGRADED -> assertTrue(p.distance(CellLayout.LYSOSOME) < CellLayout.LYSOSOME_RADIUS,
                        "in the lysosome: " + p);
                default -> assertTrue(Math.abs(fromCentre - CellLayout.CELL_RADIUS) < 0.3, "on the membrane: " + p);
            }
            settled++;
        }
        assertTrue(settled > 100, "settled receptors checked: " + settled);
        assertNotEquals(0, gui.cell().snapshots().get(gui.cell().snapshots().size() - 1)
                .count(ReceptorState.INTERNALIZED), "DAMGO internalized receptors");
    }

    private static boolean inAnEndosome(Double2D p) {
        for (Double2D e : CellLayout.ENDOSOMES) {
            if (p.distance(e) < CellLayout.ENDOSOME_RADIUS) {
                return true;
            }
        }
        return false;
    }

    private static Double2D where(ReceptorSimWithUI gui, Receptor r) {
        return gui.view().field().getObjectLocation(r);
    }
}
