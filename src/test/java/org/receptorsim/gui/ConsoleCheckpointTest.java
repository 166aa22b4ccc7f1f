package org.receptorsim.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptorsim.model.CellSnapshot;
import org.receptorsim.scenario.Scenario;
import sim.engine.SimState;

/**
 * The console's Save and Open, without a window: what the console does with a checkpoint (MASON's
 * {@code writeToCheckpoint} of the GUI's state, then {@code readFromCheckpoint}, {@code validSimState} and
 * {@code load}) gives a GUI that goes on exactly as the saved one, doses set by hand included.
 */
class ConsoleCheckpointTest {

    @Test
    void aSavedConsoleOpensAndGoesOnAsTheSavedOne() throws Exception {
        Scenario s = GuiSteppingTest.scenario();
        ReceptorSimWithUI saved = new ReceptorSimWithUI(s, List.of("DAMGO", "morphine"));
        saved.start();
        for (int i = 0; i < 200; i++) {
            assertTrue(saved.step());
        }
        saved.exposure(1).washout(); // a dose by hand, applied at the next step: saved with the state
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        saved.state.writeToCheckpoint(bytes);

        ReceptorSimWithUI opened = new ReceptorSimWithUI(s, List.of("DAMGO", "morphine"));
        opened.start();
        SimState state = SimState.readFromCheckpoint(new ByteArrayInputStream(bytes.toByteArray()));
        assertTrue(opened.validSimState(state));
        assertFalse(new ReceptorSimWithUI(s, "DAMGO").validSimState(state), "other arms: not this console's");
        assertFalse(opened.validSimState(org.receptorsim.simulation.ArmsSimulation.of(s, null)),
                "a run's cells are not dosed through a console");
        opened.load(state);
        assertNotSame(saved.cell(0), opened.cell(0));
        assertEquals(saved.cell(0).timeSeconds(), opened.cell(0).timeSeconds());

        while (!saved.cell(0).isFinished()) {
            assertTrue(saved.step());
            assertTrue(opened.step());
        }
        for (int a = 0; a < 2; a++) {
            List<CellSnapshot> expected = saved.cell(a).snapshots();
            List<CellSnapshot> actual = opened.cell(a).snapshots();
            assertEquals(expected.size(), actual.size());
            for (int i = 0; i < expected.size(); i++) {
                assertArrayEquals(expected.get(i).chainCounts(), actual.get(i).chainCounts(), "arm " + a + " at " + i);
                assertArrayEquals(expected.get(i).concentrationsMolar(), actual.get(i).concentrationsMolar());
            }
        }
        double[] last = opened.cell(1).snapshots().get(opened.cell(1).snapshots().size() - 1).concentrationsMolar();
        assertEquals(0, last[1], "the washout pressed before saving took effect after opening");
        assertEquals(opened.cell(0).receptors().size(), opened.view(0).field().getAllObjects().numObjs,
                "the display shows the opened cell's receptors");
        saved.finish();
        opened.finish();
    }
}
