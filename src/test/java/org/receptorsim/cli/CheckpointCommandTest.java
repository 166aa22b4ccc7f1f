package org.receptorsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptorsim.checkpoint.Checkpoints;
import org.receptorsim.cli.CommandLineTest.Outcome;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;
import org.receptorsim.simulation.ArmsSimulation;

/** {@code run --checkpoint-every} and {@code run --resume-from} as a user meets them (working directory: root). */
class CheckpointCommandTest {

    private static final String SCENARIO = "scenarios/naloxone-challenge.yaml";

    private static Outcome cli(String... args) {
        return CommandLineTest.run(args);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        assertEquals(files(expected), files(actual));
        for (Path f : files(expected)) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)),
                    f + " differs");
        }
    }

    @Test
    void aRunResumedFromACheckpointWritesTheFilesOfTheUninterruptedRun(@TempDir Path tmp) throws IOException {
        Outcome whole = cli("run", SCENARIO, "--out", tmp.resolve("whole").toString());
        assertEquals(0, whole.code(), whole.err());

        Outcome saved = cli("run", SCENARIO, "--out", tmp.resolve("saved").toString(), "--checkpoint-every",
                "10 min");
        assertEquals(0, saved.code(), saved.err());
        assertSameFiles(tmp.resolve("whole"), tmp.resolve("saved"));
        Path folder = tmp.resolve("saved-checkpoints");
        assertEquals(List.of(Path.of("checkpoint-0000h10m00s.ckpt"), Path.of("checkpoint-0000h20m00s.ckpt")),
                files(folder), "a checkpoint every 10 min of a 30-min run, none at its end; no temporary files");

        Outcome resumed = cli("run", SCENARIO, "--out", tmp.resolve("resumed").toString(), "--resume-from",
                folder.resolve("checkpoint-0000h10m00s.ckpt").toString());
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains("resuming from"), resumed.out());
        assertSameFiles(tmp.resolve("whole"), tmp.resolve("resumed"));
    }

    @Test
    void aCheckpointIsResumedOnlyWithTheInputsItWasMadeFrom(@TempDir Path tmp) throws IOException {
        assertEquals(0, cli("run", SCENARIO, "--out", tmp.resolve("a").toString(), "--checkpoint-every", "15 min")
                .code());
        String file = tmp.resolve("a-checkpoints").resolve("checkpoint-0000h15m00s.ckpt").toString();

        Outcome otherSeed = cli("run", SCENARIO, "--seed", "5", "--out", tmp.resolve("b").toString(),
                "--resume-from", file);
        CommandLineTest.assertUserError(otherSeed, "made with seed");
        Outcome otherEngine = cli("run", SCENARIO, "--engine", "cohort", "--out",
                tmp.resolve("c").toString(), "--resume-from", file);
        CommandLineTest.assertUserError(otherEngine, "made with engine event, not cohort");
        Outcome otherScenario = cli("run", "scenarios/damgo-desensitization.yaml", "--out",
                tmp.resolve("d").toString(), "--resume-from", file);
        CommandLineTest.assertUserError(otherScenario, "another scenario text");
        // a simulation that records no origin, as the console saves it
        Scenario scenario = new ScenarioLoader(Library.bundled()).load(Path.of(SCENARIO));
        ArmsSimulation unrecorded = ArmsSimulation.of(scenario, null);
        unrecorded.start();
        Path console = tmp.resolve("console.ckpt");
        Checkpoints.write(unrecorded, console);
        CommandLineTest.assertUserError(cli("run", SCENARIO, "--out", tmp.resolve("e").toString(), "--resume-from",
                console.toString()), "does not record the scenario it was made from");
        for (String name : List.of("b", "c", "d", "e")) {
            assertFalse(Files.exists(tmp.resolve(name)), "nothing written for a refused resume");
        }
    }

    @Test
    void badCheckpointFilesAndIntervalsAreRefusedInOneLine(@TempDir Path tmp) throws IOException {
        Path garbage = Files.writeString(tmp.resolve("garbage.ckpt"), "not a checkpoint\n");
        CommandLineTest.assertUserError(cli("run", SCENARIO, "--out", tmp.resolve("x").toString(), "--resume-from",
                garbage.toString()), "not a ReceptorSim checkpoint");
        CommandLineTest.assertUserError(cli("run", SCENARIO, "--out", tmp.resolve("x").toString(), "--resume-from",
                tmp.resolve("absent.ckpt").toString()), "no such checkpoint file");

        assertEquals(0, cli("run", SCENARIO, "--out", tmp.resolve("a").toString(), "--checkpoint-every", "15 min")
                .code());
        byte[] whole = Files.readAllBytes(tmp.resolve("a-checkpoints").resolve("checkpoint-0000h15m00s.ckpt"));
        Path truncated = tmp.resolve("truncated.ckpt");
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        CommandLineTest.assertUserError(cli("run", SCENARIO, "--out", tmp.resolve("x").toString(), "--resume-from",
                truncated.toString()), "truncated.ckpt");

        CommandLineTest.assertUserError(cli("run", SCENARIO, "--out", tmp.resolve("x").toString(), "--checkpoint-every", "soon"),
                "--checkpoint-every: expected a time");
        CommandLineTest.assertUserError(cli("run", SCENARIO, "--out", tmp.resolve("x").toString(), "--checkpoint-every", "0 s"),
                "--checkpoint-every: expected a time of at least one step");
        assertFalse(Files.exists(tmp.resolve("x")));
    }
}
