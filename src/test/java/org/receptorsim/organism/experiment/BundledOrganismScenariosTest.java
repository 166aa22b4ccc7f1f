package org.receptorsim.organism.experiment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.receptorsim.organism.analysis.Check;
import org.receptorsim.organism.analysis.CheckResult;
import org.receptorsim.organism.scenario.OrganismScenario;
import org.receptorsim.organism.scenario.OrganismScenarioLoader;

/**
 * The organism scenarios in {@code scenarios/organism/} (found by listing the folder): each loads with checks and
 * figures; run in full, every fitted and design check passes, and every predicted check passes except the misses
 * reported in README.md as findings about the model.
 */
class BundledOrganismScenariosTest {

    /** Predicted checks that miss their band (README.md, "The organism", findings). */
    static final Set<String> KNOWN_MISSES = Set.of("pk-1", "learn-2b", "bias-1", "bias-4", "circ-2", "circ-3",
            "nlx-4", "nlx-4b", "nlx-5");

    static Stream<Path> files() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("scenarios", "organism"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no organism scenarios: is the working directory the project root?");
        return files.stream();
    }

    /** Every scenario loads and carries sourced checks and at least one figure. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void loadsWithSourcedChecksAndFigures(Path file) {
        OrganismScenario s = new OrganismScenarioLoader().load(file);
        assertFalse(s.checks().isEmpty(), "checks");
        assertFalse(s.figures().isEmpty(), "figures");
        for (Check c : s.checks()) {
            assertFalse(c.source().isBlank(), c.id());
        }
    }

    /**
     * The full runs: the validation table as documented. Tens of minutes of simulation, so outside the default suite
     * ({@code ./mvnw verify -DexcludedTestGroups=} runs it); {@code ./receptorsim organism --all} gives the same table.
     */
    @Test
    @Tag("full-organism-validation")
    void checksHoldAsDocumented() throws IOException {
        List<String> failures = new ArrayList<>();
        for (Path file : files().toList()) {
            OrganismScenario s = new OrganismScenarioLoader().load(file);
            ExperimentResult r = ExperimentRunner.run(s, Math.max(1, Runtime.getRuntime().availableProcessors()));
            for (CheckResult c : r.checks()) {
                assertTrue(Double.isFinite(c.value()), c.check().id() + " has a value");
                boolean mayMiss = c.check().label() == Check.Label.PREDICTED && KNOWN_MISSES.contains(c.check().id());
                if (!c.pass() && !mayMiss) {
                    failures.add(s.name() + " " + c.check().id() + " = " + c.value() + " outside " + c.check().band());
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
