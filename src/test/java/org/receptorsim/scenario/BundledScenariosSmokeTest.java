package org.receptorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.receptorsim.model.ArmResult;
import org.receptorsim.model.CellSnapshot;
import org.receptorsim.simulation.ScenarioRunner;

/**
 * Every cell scenario under {@code scenarios/} (organism scenarios excepted; found by itself, so new scenarios are covered) loads and runs headless for a
 * capped simulated time (5 min).
 */
class BundledScenariosSmokeTest {

    static Stream<Path> scenarioFiles() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("scenarios"))) {
            files = s.filter(p -> p.toString().matches(".*\\.ya?ml$"))
                    .filter(p -> !p.startsWith(ScenarioSmokeTest.ORGANISM)).sorted().toList();
        }
        assertFalse(files.isEmpty());
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void everyBundledScenarioLoadsAndRuns(Path file) {
        Scenario scenario = new ScenarioLoader(Library.bundled()).load(file).cappedAt(300);
        List<ArmResult> results = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> ScenarioRunner.run(scenario));
        assertTrue(results.size() == scenario.arms().size());
        for (ArmResult r : results) {
            assertTrue(r.snapshots().size() >= 2, r.arm());
            for (CellSnapshot s : r.snapshots()) {
                for (long c : s.stateCounts()) {
                    assertTrue(c >= 0);
                }
                for (double v : s.readouts()) {
                    assertFalse(Double.isNaN(v), r.arm() + " at " + s.timeSeconds());
                }
            }
        }
    }
}
