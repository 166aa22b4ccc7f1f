package org.receptorsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench} end to end on a small configuration: every engine is measured in every section, state changes are
 * counted once (by the event engine) for all engines of a configuration, and bench.json and the figures are
 * written. What the numbers are is the benchmark's business, not this test's (speed is never asserted here).
 */
class BenchCommandTest {

    @Test
    void measuresEveryEngineAndWritesTheTableAndFigures(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("bench");
        CommandLineTest.Outcome r = CommandLineTest.run("bench", "--hours", "0.05", "--ensemble-cells", "3",
                "--ensemble-hours", "0.02", "--event-ensemble-hours", "0.01", "--scaling-hours", "0.02", "--receptors", "200,2000", "--chains",
                "scenarios/benchmark.yaml,scenarios/benchmark-3-ligands.yaml", "--runs", "0", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("per-receptor / event CPU per cell-day"), r.out());
        JsonNode doc = new ObjectMapper().readTree(Files.readString(out.resolve("bench.json")));
        Set<String> seen = new HashSet<>();
        for (JsonNode m : doc.get("measurements")) {
            String section = m.get("section").asText();
            String engine = m.get("engine").asText();
            seen.add(section + "/" + engine);
            assertTrue(m.get("cpuSeconds").asDouble() > 0, section + " " + engine);
            assertTrue(m.get("stateChangesPerCell").asDouble() > 0, section + " " + engine);
            if (engine.equals("event") && m.get("cells").asInt() == 1) {
                assertEquals(m.get("engineTransitions").asDouble(), m.get("stateChangesPerCell").asDouble(), 0,
                        "the event engine's jumps are the state changes");
            }
        }
        for (String section : new String[] {"one cell", "receptors", "chain"}) {
            for (String engine : new String[] {"event", "per-receptor", "cohort"}) {
                assertTrue(seen.contains(section + "/" + engine), section + "/" + engine + " in " + seen);
            }
        }
        assertTrue(seen.contains("ensemble/event") && seen.contains("ensemble/cohort"), seen.toString());
        assertTrue(Files.size(out.resolve("bench.png")) > 1000 && Files.size(out.resolve("bench-chain.png")) > 1000);
    }

    /**
     * {@code --engines cohort --scaling-cells 3}: only the count-only engine is measured, each receptor number on
     * three cells, and without the event engine no state changes are counted (ns per state change left empty).
     */
    @Test
    void measuresTheChosenEnginesOnSeveralCellsPerReceptorNumber(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("bench");
        CommandLineTest.Outcome r = CommandLineTest.run("bench", "--engines", "cohort", "--scaling-cells", "3",
                "--hours", "0.05", "--ensemble-cells", "2", "--ensemble-hours", "0.02", "--scaling-hours", "0.02",
                "--receptors", "200,2000", "--chains", "scenarios/benchmark.yaml", "--runs", "0", "--out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode doc = new ObjectMapper().readTree(Files.readString(out.resolve("bench.json")));
        assertTrue(doc.get("singleRun") == null, "--runs 0: no single runs");
        Set<String> seen = new HashSet<>();
        for (JsonNode m : doc.get("measurements")) {
            seen.add(m.get("section").asText() + "/" + m.get("engine").asText());
            assertTrue(m.get("nsPerStateChange").isNull(), m.toString());
            if (m.get("section").asText().equals("receptors")) {
                assertEquals(3, m.get("cells").asInt(), m.toString());
                if (m.get("receptors").asInt() == 2000) {
                    assertTrue(m.get("leapsPerCell").asDouble() >= 1 && m.get("flowsPerLeap").asDouble() > 0
                            && m.get("drawsPerLeap").asDouble() > 0, m.toString());
                }
            }
        }
        assertEquals(Set.of("one cell/cohort", "ensemble/cohort", "receptors/cohort", "chain/cohort"), seen);
        assertTrue(r.out().contains("count-only against receptors (CPU s per cell-day, flows per leap): 200: ")
                && r.out().contains("count-only: 2000 / 200 receptors CPU per cell-day = "), r.out());
    }

    /**
     * {@code --runs 2}: two runs of the scenario, each in a new JVM given the bench's library files, time their
     * set-up, simulation and results as they print them; the medians and ranges are in bench.json and on the console,
     * and nothing of the runs is left.
     */
    @Test
    void timesSingleRunsInNewJvms(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("bench");
        Path scenario = tmp.resolve("short.yaml");
        Files.writeString(scenario, BadInputTest.BASE.replace("DAMGO", "compound-X")); // from examples/my-ligands
        CommandLineTest.Outcome r = CommandLineTest.run("bench", "--library", "examples/my-ligands.yaml",
                "--scenario", scenario.toString(), "--engines",
                "cohort", "--hours", "0.02", "--ensemble-cells", "2", "--ensemble-hours", "0.02", "--scaling-hours",
                "0.02", "--receptors", "200", "--chains", scenario.toString(), "--runs", "2", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("single run (2 runs of 'run " + scenario + "'") && r.out().contains("goal at most"),
                r.out());
        JsonNode single = new ObjectMapper().readTree(Files.readString(out.resolve("bench.json"))).get("singleRun");
        assertEquals(2, single.get("runs").asInt());
        assertEquals(2, single.get("each").size());
        for (JsonNode run : single.get("each")) {
            double overhead = run.get("setUp").asDouble() + run.get("results").asDouble();
            assertTrue(run.get("setUp").asDouble() > 0 && run.get("results").asDouble() > 0
                    && run.get("wall").asDouble() > overhead + run.get("simulation").asDouble(), run.toString());
        }
        JsonNode overhead = single.get("setUpPlusResults");
        assertTrue(overhead.get("min").asDouble() <= overhead.get("median").asDouble()
                && overhead.get("median").asDouble() <= overhead.get("max").asDouble(), overhead.toString());
        try (var left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith("receptorsim-bench-run-")),
                    "the runs' directory is deleted");
        }
    }
}
