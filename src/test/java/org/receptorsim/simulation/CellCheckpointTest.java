package org.receptorsim.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.receptorsim.model.CellSimulation;
import org.receptorsim.model.CellSnapshot;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.scenario.Arm;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;
import sim.engine.SimState;

class CellCheckpointTest {

    static List<Arguments> cases() {
        return List.of(
                Arguments.of("damgo-desensitization.yaml", KineticsEngine.EVENT),
                Arguments.of("damgo-desensitization.yaml", KineticsEngine.PER_RECEPTOR),
                Arguments.of("damgo-desensitization.yaml", KineticsEngine.COHORT),
                Arguments.of("naloxone-challenge.yaml", KineticsEngine.EVENT),
                Arguments.of("mediator-depletion.yaml", KineticsEngine.EVENT),
                Arguments.of("morphine-24h-tolerance.yaml", KineticsEngine.COHORT),
                Arguments.of("morphine-24h-tolerance.yaml", KineticsEngine.EVENT),
                Arguments.of("pk-tolerance-induction-vs-clamp.yaml", KineticsEngine.COHORT));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aCellReadBackFromACheckpointContinuesAsTheUninterruptedCell(String file, KineticsEngine engine)
            throws Exception {
        Scenario scenario = new ScenarioLoader(Library.bundled()).load(Path.of("scenarios", file)).withEngine(engine);
        for (Arm arm : scenario.arms()) {
            checkArm(scenario, arm);
        }
    }

    private static void checkArm(Scenario scenario, Arm arm) throws Exception {
        CellSimulation reference = CellFactory.cell(scenario, arm, 0);
        List<CellSnapshot> whole = List.copyOf(reference.run());

        CellSimulation cell = CellFactory.cell(scenario, arm, 0);
        cell.start();
        cell.advanceTo(scenario.durationSeconds() / 2);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        cell.writeToCheckpoint(bytes);
        CellSimulation back = (CellSimulation) SimState.readFromCheckpoint(
                new ByteArrayInputStream(bytes.toByteArray()));
        assertSameCourse(whole, back.runToEnd(), "the cell read back");
        assertSameCourse(whole, cell.runToEnd(), "the saved cell, going on");
        assertEquals(reference.challengeCurves().size(), back.challengeCurves().size());
        for (int i = 0; i < reference.challengeCurves().size(); i++) {
            assertArrayEquals(reference.challengeCurves().get(i).responses(),
                    back.challengeCurves().get(i).responses());
        }
    }

    private static void assertSameCourse(List<CellSnapshot> expected, List<CellSnapshot> actual, String what) {
        assertEquals(expected.size(), actual.size(), what);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).timeSeconds(), actual.get(i).timeSeconds(), what);
            assertArrayEquals(expected.get(i).chainCounts(), actual.get(i).chainCounts(), what + ": counts at " + i);
            assertEquals(expected.get(i).readouts(), actual.get(i).readouts(), what + ": readouts at " + i);
            assertEquals(expected.get(i).synthesized(), actual.get(i).synthesized(), what);
        }
    }
}
