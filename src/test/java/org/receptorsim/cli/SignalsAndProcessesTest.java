package org.receptorsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only separate processes show: Ctrl-C (SIGINT) and SIGTERM stop a run cleanly, the lock keeps another
 * process out, and manifests are byte-identical between JVMs.
 */
class SignalsAndProcessesTest {

    /** Cells of about 0.1 s each (per-receptor engine): 30 of them take seconds, long enough to interrupt. */
    private static final String SLOW_ENSEMBLE = """
            cell: HEK293-MOR
            cellOverrides: {receptorCount: 10000}
            ligands: [DAMGO]
            protocol: {bath: [{at: 0 s, set: {DAMGO: 100 nM}}, {at: 1 h, washout: true}]}
            variability: {receptorCount: 0.2}
            duration: 4 h
            outputInterval: 5 min
            engine: per-receptor
            seed: 11
            """;

    @BeforeAll
    static void onUnix() {
        assumeTrue(Files.isExecutable(Path.of("/bin/kill")) || Files.isExecutable(Path.of("/usr/bin/kill")),
                "signals are sent with kill(1)");
    }

    private static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }

    /** True once the lock file names its holder (written after the lock is taken). */
    private static boolean lockWritten(Path lock) {
        try {
            return Files.size(lock) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static long files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".bin.gz")).count();
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Ctrl-C on an ensemble: another process's --resume is refused while it runs; on SIGINT it lets the cells in
     * progress finish, prints "interrupted ... resume with --resume --out DIR", exits 130 and releases its lock; the
     * resumed run equals an uninterrupted one byte for byte.
     */
    @Test
    void ctrlCStopsAnEnsembleThatResumesToTheSameResult(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("slow.yaml"), SLOW_ENSEMBLE);
        Path out = tmp.resolve("ens");
        ChildJvm child = ChildJvm.start(tmp.resolve("logs"), "ensemble", file.toString(), "--replicates", "30",
                "--threads", "2", "--out", out.toString());
        Path replicates = tmp.resolve("ens.partial/replicates");
        waitUntil(() -> files(replicates) >= 2 || !child.isAlive(), "two cells are done");
        assertTrue(child.isAlive(), "still running: " + child.out() + child.err());

        CommandLineTest.Outcome second = CommandLineTest.run("ensemble", file.toString(), "--replicates", "30",
                "--resume", "--out", out.toString());
        assertEquals(ReceptorSimCommand.USER_ERROR, second.code(), second.out() + second.err());
        assertEquals(1, second.err().lines().count(), second.err());
        assertTrue(second.err().startsWith("error: " + out + ": another run is writing there (pid "), second.err());

        child.signal("INT");
        assertEquals(130, child.waitFor(), child.out() + child.err());
        String said = child.out();
        assertTrue(said.matches("(?s).*interrupted: \\d+ of 30 cells done, partial results in \\S*ens\\.partial "
                + "\\(resume with --resume --out " + java.util.regex.Pattern.quote(out.toString()) + "\\).*"), said);
        assertTrue(child.err().contains("stopping: the cells in progress finish and are saved"), child.err());
        int done = Integer.parseInt(said.replaceAll("(?s).*interrupted: (\\d+) of 30.*", "$1"));
        assertEquals(done, files(replicates), "every cell counted done is on disk, none half-written");
        assertTrue(done < 30, "interrupted part-way");
        assertEquals(Set.of("ens.partial", "logs", "slow.yaml"), BadInputTest.entries(tmp),
                "no lock, no staging left");

        CommandLineTest.Outcome resumed = CommandLineTest.run("ensemble", file.toString(), "--replicates", "30",
                "--threads", "1", "--resume", "--out", out.toString());
        assertEquals(0, resumed.code(), resumed.err());
        Path whole = tmp.resolve("whole");
        assertEquals(0, CommandLineTest.run("ensemble", file.toString(), "--replicates", "30", "--out",
                whole.toString()).code());
        for (String f : List.of("ensemble.csv", "replicates.csv", "summary.json")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
    }

    /** SIGTERM during a run: the process ends and leaves nothing — no output, no staging, no lock. */
    @Test
    void sigtermDuringARunLeavesNothing(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("long.yaml"), SLOW_ENSEMBLE.replace("duration: 4 h",
                "duration: 48 h").replace("receptorCount: 10000", "receptorCount: 20000"));
        ChildJvm child = ChildJvm.start(tmp.resolve("logs"), "run", file.toString(), "--out",
                tmp.resolve("run").toString());
        waitUntil(() -> lockWritten(tmp.resolve(".run.lock")) || !child.isAlive(), "the run holds its directory");
        assertTrue(child.isAlive(), child.out() + child.err());
        child.signal("TERM");
        assertEquals(143, child.waitFor());
        assertEquals(Set.of("logs", "long.yaml"), BadInputTest.entries(tmp));
    }

    /**
     * A run killed outright (SIGKILL: no exit actions run) leaves its lock file and its staging directory; the next
     * run on that directory reports the stale lock, naming the dead process, takes it over, removes the staging
     * (with a note) and writes its results.
     */
    @Test
    void lockOfAKilledProcessIsReportedAndTakenOver(@TempDir Path tmp) throws Exception {
        Path slow = Files.writeString(tmp.resolve("long.yaml"), SLOW_ENSEMBLE.replace("duration: 4 h",
                "duration: 48 h").replace("receptorCount: 10000", "receptorCount: 20000"));
        Path out = tmp.resolve("run");
        ChildJvm child = ChildJvm.start(tmp.resolve("logs"), "run", slow.toString(), "--out", out.toString());
        Path lock = tmp.resolve(".run.lock");
        waitUntil(() -> lockWritten(lock) || !child.isAlive(), "the run holds its directory");
        assertTrue(child.isAlive(), child.out() + child.err());
        long pid = child.pid();
        child.signal("KILL");
        child.waitFor();
        assertTrue(Files.exists(lock), "SIGKILL leaves the lock file behind");

        Path quick = Files.writeString(tmp.resolve("ok.yaml"), BadInputTest.BASE);
        CommandLineTest.Outcome next = CommandLineTest.run("run", quick.toString(), "--out", out.toString());
        assertEquals(0, next.code(), next.out() + next.err());
        assertTrue(next.out().startsWith("note: " + out + ": took over the lock left by a run that has ended (pid "
                + pid + ","), next.out());
        assertFalse(Files.exists(lock), "released when done");
        assertTrue(Files.exists(out.resolve("timeseries.csv")));
        assertEquals(Set.of("logs", "long.yaml", "ok.yaml", "run"), BadInputTest.entries(tmp),
                "nothing of the killed run is left");
    }

    /** The same run in two JVMs writes byte-identical manifests (keys sorted, whatever a JVM's map order). */
    @Test
    void manifestsAreByteIdenticalAcrossJvms(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("ok.yaml"), BadInputTest.BASE);
        ChildJvm a = ChildJvm.start(tmp.resolve("logs"), "run", file.toString(), "--out", tmp.resolve("a").toString());
        ChildJvm b = ChildJvm.start(tmp.resolve("logs"), "run", file.toString(), "--out", tmp.resolve("b").toString());
        assertEquals(0, a.waitFor(), a.err());
        assertEquals(0, b.waitFor(), b.err());
        assertEquals(0, CommandLineTest.run("run", file.toString(), "--out", tmp.resolve("c").toString()).code());
        byte[] first = Files.readAllBytes(tmp.resolve("a/manifest.json"));
        assertArrayEquals(first, Files.readAllBytes(tmp.resolve("b/manifest.json")));
        assertArrayEquals(first, Files.readAllBytes(tmp.resolve("c/manifest.json")));
        String text = new String(first, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.indexOf("\"program\"") < text.indexOf("\"scenario\"")
                && text.indexOf("\"scenario\"") < text.indexOf("\"seed\""), "keys in sorted order");
        assertFalse(text.isBlank());
    }

    /**
     * Ctrl-C on a run that saves checkpoints: it saves the cells where they stand, says how to resume, exits 130 and
     * leaves no output directory; resumed from that checkpoint it writes what an uninterrupted run writes.
     */
    @Test
    void ctrlCSavesACheckpointOfARunThatResumesToTheSameResult(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("slow.yaml"), SLOW_ENSEMBLE.replace("duration: 4 h",
                "duration: 12 h"));
        Path out = tmp.resolve("run");
        Path checkpoints = tmp.resolve("run-checkpoints");
        ChildJvm child = ChildJvm.start(tmp.resolve("logs"), "run", file.toString(), "--out", out.toString(),
                "--checkpoint-every", "1 h");
        waitUntil(() -> {
            try {
                return child.out().contains("checkpoint ") || !child.isAlive();
            } catch (IOException e) {
                return false;
            }
        }, "a first checkpoint");
        assertTrue(child.isAlive(), "still running: " + child.out() + child.err());
        child.signal("INT");
        assertEquals(130, child.waitFor(), child.out() + child.err());
        String said = child.out();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "interrupted at (\\d+) s of simulated time, saved in (\\S+) \\(resume with --resume-from \\2\\)")
                .matcher(said);
        assertTrue(m.find(), said);
        assertTrue(Integer.parseInt(m.group(1)) < 12 * 3600, "stopped part-way");
        assertFalse(Files.exists(out), "no output directory for a stopped run");
        try (Stream<Path> s = Files.list(checkpoints)) {
            assertTrue(s.allMatch(p -> p.getFileName().toString().endsWith(".ckpt")), "no temporary files left");
        }

        CommandLineTest.Outcome resumed = CommandLineTest.run("run", file.toString(), "--out", out.toString(),
                "--resume-from", m.group(2));
        assertEquals(0, resumed.code(), resumed.err());
        Path whole = tmp.resolve("whole");
        assertEquals(0, CommandLineTest.run("run", file.toString(), "--out", whole.toString()).code());
        for (String f : List.of("timeseries.csv", "summary.json", "summary.csv", "manifest.json")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
    }
}
