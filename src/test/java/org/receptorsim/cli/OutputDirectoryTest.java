package org.receptorsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptorsim.ensemble.EnsembleRunner;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.output.OutputClaim;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;

/**
 * The output directory as every command meets it: an existing empty one is used, a second writer is refused, what
 * a killed run left is taken over or cleaned up with a note, and damaged cells of an interrupted run are computed
 * again.
 */
class OutputDirectoryTest {

    private static final String SWEEP = BadInputTest.BASE + """
            sweep:
              axes:
                - {parameter: cell.grk23Level, values: [0.5, 2.0]}
            """;

    /** A process id that is not running: that of a process that has ended. */
    private static long endedProcess() throws Exception {
        Process p = new ProcessBuilder("true").start();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        long pid = p.pid();
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        return pid;
    }

    /** Every command writes into an existing empty --out (as made by mktemp -d) and leaves nothing beside it. */
    @Test
    void everyCommandAcceptsAnExistingEmptyOutputDirectory(@TempDir Path tmp) throws IOException {
        Path scenario = Files.writeString(tmp.resolve("ok.yaml"), BadInputTest.BASE);
        Path sweep = Files.writeString(tmp.resolve("sweep.yaml"), SWEEP);
        List<List<String>> commands = List.of(
                List.of("run", scenario.toString()),
                List.of("ensemble", scenario.toString(), "--replicates", "2"),
                List.of("sweep", sweep.toString(), "--replicates", "2"),
                List.of("tolerance", scenario.toString()),
                List.of("snapshot", scenario.toString(), "--at", "0,60"),
                List.of("bias", "morphine", "--receptors", "200", "--replicates", "2", "--bootstrap", "0",
                        "--assays", "gProtein,arrestin", "--reserve", "none", "--points", "8"),
                List.of("validate", "--targets", "1", "--replicates", "1"));
        for (List<String> c : commands) {
            Path out = Files.createDirectory(tmp.resolve("out-" + c.get(0)));
            List<String> args = new ArrayList<>(c);
            args.addAll(List.of("--out", out.toString()));
            CommandLineTest.Outcome o = CommandLineTest.run(args.toArray(String[]::new));
            assertEquals(0, o.code(), c.get(0) + ": " + o.err());
            assertFalse(BadInputTest.entries(out).isEmpty(), c.get(0) + " wrote its results into the directory");
        }
        Set<String> left = BadInputTest.entries(tmp);
        assertTrue(left.stream().allMatch(n -> n.startsWith("out-") || n.endsWith(".yaml")), "nothing else: " + left);
    }

    /**
     * While a run holds an output directory, a second one — a --resume of it included — is refused with one line
     * naming the holder; once it is released, the directory can be used.
     */
    @Test
    void secondWriterIsRefusedWhileTheFirstHoldsTheDirectory(@TempDir Path tmp) throws IOException {
        Path scenario = Files.writeString(tmp.resolve("ok.yaml"), BadInputTest.BASE);
        Path out = tmp.resolve("shared");
        Set<String> before = BadInputTest.entries(tmp);
        try (OutputClaim first = OutputClaim.claim(out, "receptorsim ensemble first")) {
            Set<String> held = BadInputTest.entries(tmp);
            BadInputTest.assertRefused(CommandLineTest.run("ensemble", scenario.toString(), "--resume", "--out",
                    out.toString()), tmp, held, out + ": another run is writing there (pid "
                    + ProcessHandle.current().pid(), "receptorsim ensemble first); wait for it to finish");
            BadInputTest.assertRefused(CommandLineTest.run("run", scenario.toString(), "--out", out.toString()), tmp,
                    held, "another run is writing there");
        }
        assertEquals(before, BadInputTest.entries(tmp), "the lock file is gone with the claim");
        assertEquals(0, CommandLineTest.run("run", scenario.toString(), "--out", out.toString()).code());
    }

    /** A lock left by a run that has ended (killed) is taken over, with a note naming it. */
    @Test
    void staleLockIsTakenOverWithANote(@TempDir Path tmp) throws Exception {
        Path scenario = Files.writeString(tmp.resolve("ok.yaml"), BadInputTest.BASE);
        Path out = tmp.resolve("run");
        long pid = endedProcess();
        Files.writeString(tmp.resolve(".run.lock"), "pid " + pid + ", started 2026-01-01T00:00:00Z: receptorsim run "
                + "killed.yaml\n");
        CommandLineTest.Outcome o = CommandLineTest.run("run", scenario.toString(), "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("note: " + out + ": took over the lock left by a run that has ended (pid "
                + pid + ","), o.out());
        assertEquals(Set.of("ok.yaml", "run"), BadInputTest.entries(tmp), "lock released");
    }

    /**
     * The lock of another output directory left by a killed run (SIGKILL leaves it) is removed, with a note, by the
     * next run that claims a directory beside it; a lock whose process still runs, and one still being written
     * (blank), are left alone.
     */
    @Test
    void leftoverLockOfAnotherDirectoryIsRemovedWithANote(@TempDir Path tmp) throws Exception {
        Path scenario = Files.writeString(tmp.resolve("ok.yaml"), BadInputTest.BASE);
        long dead = endedProcess();
        Path stale = Files.writeString(tmp.resolve(".killed.lock"), "pid " + dead
                + ", started 2026-01-01T00:00:00Z: receptorsim run killed.yaml --out killed\n");
        Path live = Files.writeString(tmp.resolve(".busy.lock"), "pid " + ProcessHandle.current().pid()
                + ", started 2026-01-01T00:00:00Z: receptorsim ensemble busy.yaml\n");
        Path starting = Files.writeString(tmp.resolve(".starting.lock"), "");
        CommandLineTest.Outcome o = CommandLineTest.run("run", scenario.toString(), "--out",
                tmp.resolve("next").toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("note: removed " + stale + ", the lock left by a run that has ended (pid " + dead
                + ", started 2026-01-01T00:00:00Z: receptorsim run killed.yaml --out killed)"), o.out());
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(live) && Files.exists(starting), "a running or starting run's lock is not touched");
        assertEquals(Set.of(".busy.lock", ".starting.lock", "next", "ok.yaml"), BadInputTest.entries(tmp));
    }

    /**
     * A staging directory left by a process killed while writing is reported and removed by the next run beside
     * it; a live process's staging is left alone.
     */
    @Test
    void leftoverStagingOfAKilledRunIsRemovedWithANote(@TempDir Path tmp) throws Exception {
        Path scenario = Files.writeString(tmp.resolve("ok.yaml"), BadInputTest.BASE);
        long dead = endedProcess();
        Path leftover = Files.createDirectories(tmp.resolve(".old-run.partial-" + dead + "-12345"));
        Files.writeString(leftover.resolve("timeseries.csv"), "half");
        Path live = Files.createDirectories(tmp.resolve(".busy.partial-" + ProcessHandle.current().pid() + "-1"));
        CommandLineTest.Outcome o = CommandLineTest.run("run", scenario.toString(), "--out",
                tmp.resolve("next").toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("note: removed " + leftover + ", the unfinished output of process " + dead),
                o.out());
        assertFalse(Files.exists(leftover));
        assertTrue(Files.exists(live), "a running process's staging is not touched");
    }

    /**
     * An interrupted ensemble whose partial folder holds an empty and a damaged cell file resumes: those two cells
     * are computed again (with a note), and the result equals an uninterrupted run byte for byte.
     */
    @Test
    void damagedCellFilesAreComputedAgainOnResume(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("ens.yaml"), BadInputTest.BASE
                + "variability: {receptorCount: 0.2}\n");
        Path whole = tmp.resolve("whole");
        assertEquals(0, CommandLineTest.run("ensemble", file.toString(), "--replicates", "8", "--out",
                whole.toString()).code());
        Scenario scenario = new ScenarioLoader(Library.bundled()).load(file).withEngine(KineticsEngine.COHORT);
        Path out = tmp.resolve("resumed");
        EnsembleRunner first = new EnsembleRunner(scenario, out, new EnsembleRunner.Options(8, 1, false, false));
        assertFalse(first.run(done -> {
            if (done >= 4) {
                first.cancel();
            }
        }).complete());
        Path replicates = first.partialDirectory().resolve("replicates");
        List<Path> cells;
        try (Stream<Path> s = Files.list(replicates)) {
            cells = s.sorted().toList();
        }
        assertTrue(cells.size() >= 4, cells.toString());
        Files.write(cells.get(0), new byte[0]);
        byte[] damaged = Files.readAllBytes(cells.get(1));
        Files.write(cells.get(1), java.util.Arrays.copyOf(damaged, damaged.length / 2));
        CommandLineTest.Outcome o = CommandLineTest.run("ensemble", file.toString(), "--replicates", "8", "--resume",
                "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        assertEquals("", o.err());
        assertTrue(o.out().contains("note: 2 cell file(s) of the interrupted run were empty, damaged or of an "
                + "earlier format and were computed again"), o.out());
        for (String f : List.of("ensemble.csv", "replicates.csv", "summary.json")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
    }
}
