package org.receptorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Every cell scenario file under {@code scenarios/} (organism scenarios excepted; found by listing the directory, so a new file is covered without
 * touching this test) loads against the bundled library and runs headless for 300 simulated seconds.
 */
class ScenarioSmokeTest {

    private static final double CAP_SECONDS = 300;

    /** Organism scenarios (another format, run by their own smoke test in the organism package). */
    static final Path ORGANISM = Path.of("scenarios", "organism");

    /** Every *.yaml and *.yml under scenarios/, its subdirectories (validation/) included. */
    static Stream<Path> scenarioFiles() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("scenarios"))) {
            files = s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().matches(".*\\.ya?ml$"))
                    .filter(p -> !p.startsWith(ORGANISM)).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no scenarios found: is the working directory the project root?");
        return files.stream();
    }

    /** The scenario loads, runs capped at 300 s within 60 s of wall time, and every arm records sane counts. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void scenarioLoadsAndRunsCapped(Path file) {
        Scenario scenario = new ScenarioLoader(Library.bundled()).load(file).cappedAt(CAP_SECONDS);
        // cappedAt rounds down to whole output intervals but keeps at least one
        assertTrue(scenario.durationSeconds() <= Math.max(CAP_SECONDS, scenario.outputIntervalSeconds()),
                "capped: " + scenario.durationSeconds());
        List<ArmResult> results = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> ScenarioRunner.run(scenario), file + " did not finish in 60 s");
        assertEquals(scenario.arms().stream().map(Arm::name).toList(),
                results.stream().map(ArmResult::arm).toList(), "one result per arm, in order");
        for (ArmResult r : results) {
            List<CellSnapshot> snapshots = r.snapshots();
            assertFalse(snapshots.isEmpty(), r.arm() + " has snapshots");
            assertEquals(0.0, snapshots.get(0).timeSeconds(), r.arm() + " starts at 0");
            assertEquals(scenario.durationSeconds(), snapshots.get(snapshots.size() - 1).timeSeconds(), 1e-9,
                    r.arm() + " runs to the capped end");
            for (CellSnapshot s : snapshots) {
                String at = r.arm() + " at " + s.timeSeconds() + " s";
                for (long c : s.stateCounts()) {
                    assertTrue(c >= 0, at + ": negative count " + c);
                }
                assertTrue(s.synthesized() >= 0, at + ": synthesized " + s.synthesized());
                for (double v : s.readouts().values()) {
                    assertFalse(Double.isNaN(v), at + ": NaN readout");
                }
            }
        }
    }
}
