package org.receptorsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs that used to end in a stack trace, an {@code OutOfMemoryError}, a run that never ends, a write outside
 * the output folder or a silent exit 0: each now stops before anything runs with exit code 2 and one line naming
 * the file (and line, column and field where there is one), and leaves nothing behind.
 */
class BadInputTest {

    /** A valid scenario the cases change; ends with its last line 8. */
    static final String BASE = """
            cell: HEK293-MOR
            cellOverrides: {receptorCount: 500}
            ligands: [DAMGO]
            protocol:
              bath:
                - {at: 0 s, set: {DAMGO: 1 uM}}
            duration: 2 min
            seed: 3
            """;

    /** What a directory holds, hidden entries included. */
    static Set<String> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
        }
    }

    /**
     * Exit 2, exactly one line on standard error starting {@code error: } and containing each expected part, no
     * stack trace anywhere, and the folder holding only what was there before.
     */
    static void assertRefused(CommandLineTest.Outcome o, Path dir, Set<String> before, String... parts)
            throws IOException {
        assertEquals(ReceptorSimCommand.USER_ERROR, o.code(), o.out() + o.err());
        List<String> lines = o.err().lines().toList();
        assertEquals(1, lines.size(), o.err());
        assertTrue(lines.get(0).startsWith("error: "), lines.get(0));
        for (String p : parts) {
            assertTrue(lines.get(0).contains(p), "'" + p + "' in: " + lines.get(0));
        }
        for (String text : List.of(o.out(), o.err())) {
            assertFalse(text.contains("Exception") || text.contains("\tat ") || text.contains("Error:"), text);
        }
        assertEquals(before, entries(dir), "nothing left behind");
    }

    static Stream<Arguments> badScenarios() {
        return Stream.of(
                Arguments.of("receptors that exhaust memory", "run",
                        BASE.replace("receptorCount: 500", "receptorCount: 1000000000"),
                        List.of("bad.yaml: this run needs about", "receptorCount", "-Xmx")),
                Arguments.of("event engine, receptors that exhaust memory", "ensemble",
                        BASE.replace("receptorCount: 500", "receptorCount: 200000000") + "engine: event\n",
                        List.of("receptor agents", "-Xmx")),
                Arguments.of("a 1 ms output interval over 24 h", "run",
                        BASE.replace("duration: 2 min", "duration: 24 h\ndt: 1 ms\noutputInterval: 1 ms"),
                        List.of("this run needs about", "a longer outputInterval", "-Xmx")),
                Arguments.of("an ensemble recording every second for a day", "ensemble",
                        BASE.replace("duration: 2 min", "duration: 24 h\noutputInterval: 1 s"),
                        List.of("a longer outputInterval", "--threads")),
                Arguments.of("a duration of 1e12 s", "run",
                        BASE.replace("receptorCount: 500", "receptorCount: 500, basalTurnoverRate: 0 /s")
                                .replace("duration: 2 min", "duration: 1e12 s\noutputInterval: 1e12 s")
                                + "engine: cohort\n",
                        List.of("this run would take about", "--max-hours")),
                Arguments.of("a second YAML document", "run", BASE + "---\nduration: 5 min\n",
                        List.of("bad.yaml:10:1: a second YAML document")),
                Arguments.of("a run name that climbs out of the output folder", "run",
                        "name: ../../escape\n" + BASE, List.of("bad.yaml:1:", "name: expected a plain file name",
                                "'../../escape'")),
                Arguments.of("an empty run name", "run", "name: ''\n" + BASE,
                        List.of("bad.yaml:1:", "name: expected a plain file name")),
                Arguments.of("a run name with a slash", "run", "name: a/b\n" + BASE,
                        List.of("bad.yaml:1:", "name: expected a plain file name")),
                Arguments.of("a sweep axis from > to", "sweep", BASE + """
                        sweep:
                          axes:
                            - {parameter: cell.grk23Level, from: 2.0, to: 0.5, points: 3}
                        """, List.of("bad.yaml:11:", "sweep.axes.0.to: expected 'to' above 'from'")),
                Arguments.of("a sweep axis of a million points", "sweep", BASE + """
                        sweep:
                          axes:
                            - {parameter: cell.grk23Level, from: 0.5, to: 2.0, points: 1000000}
                        """, List.of("bad.yaml:11:", "sweep.axes.0.points", "from 2 to 10000")),
                Arguments.of("a sweep grid of 40,000 points", "sweep", BASE + """
                        sweep:
                          axes:
                            - {parameter: cell.grk23Level, from: 0.5, to: 2.0, points: 200}
                            - {parameter: cell.arrestin3Level, from: 0.5, to: 2.0, points: 200}
                        """, List.of("bad.yaml:10:", "sweep.axes: the grid has 40000 points")));
    }

    /** Each bad scenario: exit 2, one located line, no stack trace, nothing written. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("badScenarios")
    void badScenarioIsRefusedBeforeAnythingRuns(String name, String command, String yaml, List<String> parts,
                                                @TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("bad.yaml"), yaml);
        Set<String> before = entries(tmp);
        CommandLineTest.Outcome o = CommandLineTest.run(command, file.toString(), "--out",
                tmp.resolve("out").toString());
        assertRefused(o, tmp, before, parts.toArray(String[]::new));
    }

    /** name: ../../escape creates nothing two folders up (the default output folder is not used either). */
    @Test
    void escapingRunNameWritesNothingOutside(@TempDir Path tmp) throws IOException {
        Path deep = Files.createDirectories(tmp.resolve("a/b"));
        Path file = Files.writeString(deep.resolve("escape.yaml"), "name: ../../escape\n" + BASE);
        CommandLineTest.Outcome o = CommandLineTest.run("run", file.toString());
        assertEquals(ReceptorSimCommand.USER_ERROR, o.code());
        assertEquals(Set.of("a"), entries(tmp));
        assertEquals(Set.of("escape.yaml"), entries(deep));
        try (Stream<Path> s = Files.list(Path.of("."))) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith("escape-")));
        }
    }

    /** Binary garbage: one line with the line and column of the first byte that is not text. */
    @Test
    void binaryGarbageIsNamedWithItsPlace(@TempDir Path tmp) throws IOException {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        byte[] text = "cell: HEK293-MOR\nligands: [DAMGO]\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[text.length + garbage.length];
        System.arraycopy(text, 0, all, 0, text.length);
        System.arraycopy(garbage, 0, all, text.length, garbage.length);
        all[text.length] = (byte) 0xC3; // a lead byte followed by no continuation: not UTF-8, at line 3, column 1
        all[text.length + 1] = (byte) 0x41;
        Path file = Files.write(tmp.resolve("garbage.yaml"), all);
        Set<String> before = entries(tmp);
        assertRefused(CommandLineTest.run("run", file.toString()), tmp, before,
                file + ":3:1: not a text file (byte 0xC3)");
        Path nul = Files.write(tmp.resolve("nul.yaml"), "cell: HEK293-MOR\nlig\0ands: []\n".getBytes(
                StandardCharsets.UTF_8));
        before = entries(tmp);
        assertRefused(CommandLineTest.run("run", nul.toString()), tmp, before, nul + ":2:4: not a text file (byte "
                + "0x00)");
    }

    /** A file over 256 KiB, and an endless device, are refused by size before they are parsed. */
    @Test
    void hugeFileAndDeviceAreRefusedBySize(@TempDir Path tmp) throws IOException {
        StringBuilder big = new StringBuilder(BASE);
        while (big.length() <= 256 << 10) {
            big.append("# a comment line to make the file large ........................................\n");
        }
        Path file = Files.writeString(tmp.resolve("big.yaml"), big);
        Set<String> before = entries(tmp);
        long t0 = System.nanoTime();
        assertRefused(CommandLineTest.run("run", file.toString(), "--out", tmp.resolve("o").toString()), tmp, before,
                file + ": larger than 256 KiB");
        assertTrue(System.nanoTime() - t0 < 5e9, "refused at once, not after parsing");
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        assertRefused(CommandLineTest.run("run", "/dev/zero", "--out", tmp.resolve("o").toString()), tmp, before,
                "/dev/zero: larger than 256 KiB");
    }

    /** --out under a file, under /proc, in a read-only folder: refused before the simulation, one line. */
    @Test
    void impossibleOutputDirectoryIsRefusedBeforeTheSimulation(@TempDir Path tmp) throws IOException {
        Path scenario = Files.writeString(tmp.resolve("ok.yaml"), BASE.replace("duration: 2 min", "duration: 1 h"));
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        Set<String> before = entries(tmp);
        long t0 = System.nanoTime();
        assertRefused(CommandLineTest.run("run", scenario.toString(), "--out", file.resolve("out").toString()), tmp,
                before, file + " is a file, not a directory");
        assertRefused(CommandLineTest.run("snapshot", scenario.toString(), "--at", "0", "--out",
                file.resolve("deeper/out").toString()), tmp, before, "is a file, not a directory");
        assertRefused(CommandLineTest.run("run", scenario.toString(), "--out", file.toString()), tmp, before,
                file + ": exists and is a file");
        assertTrue(System.nanoTime() - t0 < 10e9, "refused before the 1-h simulation");
        if (Files.isDirectory(Path.of("/proc"))) {
            assertRefused(CommandLineTest.run("run", scenario.toString(), "--out", "/proc/receptorsim-out/run"), tmp,
                    before, "/proc/receptorsim-out/run: cannot create the directory");
        }
    }

    /**
     * The cohort engine in a small heap (a 64 MB JVM, as with RECEPTORSIM_JAVA_OPTS=-Xmx64m) on the benchmark
     * ensemble: refused before it starts, with the estimate and the way out, instead of an OutOfMemoryError.
     */
    @Test
    void smallHeapIsRefusedWithTheEstimate(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("ens");
        ChildJvm child = ChildJvm.startWithHeap(tmp.resolve("logs"), "64m", "ensemble", "scenarios/benchmark.yaml",
                "--replicates", "20", "--out", out.toString());
        int code = child.waitFor();
        String err = child.err();
        assertEquals(ReceptorSimCommand.USER_ERROR, code, child.out() + err);
        assertEquals(1, err.lines().count(), err);
        for (String part : List.of("error: scenarios/benchmark.yaml: this run needs about", "more than the 64 MB",
                "recorded time series", "RECEPTORSIM_JAVA_OPTS=-Xmx")) {
            assertTrue(err.contains(part), "'" + part + "' in: " + err);
        }
        assertFalse(err.contains("OutOfMemoryError") || err.contains("\tat "), err);
        assertEquals(Set.of("logs"), entries(tmp), "nothing left behind");
    }

    /**
     * A folder that cannot be written: a read-only one for an ordinary user; for root, who may write into any
     * read-only folder, sysfs, where not even root may create a directory.
     */
    @Test
    void readOnlyFolderIsRefused(@TempDir Path tmp) throws IOException {
        if ("root".equals(System.getProperty("user.name"))) {
            Path sys = Path.of("/sys");
            assumeTrue(Files.isDirectory(sys) && !Files.exists(sys.resolve("receptorsim-out")), "no sysfs");
            Path scenario = Files.writeString(tmp.resolve("ok.yaml"), BASE);
            Set<String> before = entries(tmp);
            Set<String> sysBefore = entries(sys);
            assertRefused(CommandLineTest.run("run", scenario.toString(), "--out", "/sys/receptorsim-out"), tmp,
                    before, "error: /sys/receptorsim-out: cannot write in /sys");
            assertEquals(sysBefore, entries(sys));
            return;
        }
        Path scenario = Files.writeString(tmp.resolve("ok.yaml"), BASE);
        Path ro = Files.createDirectory(tmp.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Set<String> before = entries(tmp);
            assertRefused(CommandLineTest.run("run", scenario.toString(), "--out", ro.resolve("out").toString()),
                    tmp, before, "permission denied");
            assertEquals(Set.of(), entries(ro));
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /**
     * An existing directory that is not empty, given as --out to any command (snapshot used to print a stack
     * trace): exit 2, one line, the directory untouched.
     */
    @Test
    void existingNonEmptyOutputDirectoryIsRefusedByEveryCommand(@TempDir Path tmp) throws IOException {
        Path scenario = Files.writeString(tmp.resolve("ok.yaml"), BASE);
        Path existing = Files.createDirectory(tmp.resolve("existing"));
        Files.writeString(existing.resolve("keep.txt"), "earlier results");
        Set<String> before = entries(tmp);
        for (List<String> c : List.of(List.of("snapshot", scenario.toString(), "--at", "0"),
                List.of("run", scenario.toString()), List.of("ensemble", scenario.toString(), "--replicates", "2"),
                List.of("tolerance", scenario.toString()), List.of("bias", "morphine"),
                List.of("validate", "--targets", "1"))) {
            List<String> args = new ArrayList<>(c);
            args.addAll(List.of("--out", existing.toString()));
            assertRefused(CommandLineTest.run(args.toArray(String[]::new)), tmp, before,
                    "error: " + existing + ": output directory exists and is not empty; choose another --out");
            assertEquals(Set.of("keep.txt"), entries(existing), c.get(0) + " left the directory untouched");
        }
    }

    /** bench with a negative or zero size, and bias and snapshot sizes out of range: exit 2, one line. */
    @Test
    void outOfRangeSizesAreRefused(@TempDir Path tmp) throws IOException {
        Set<String> before = entries(tmp);
        assertRefused(CommandLineTest.run("bench", "--hours", "-1"), tmp, before, "--hours: expected a number of "
                + "hours > 0");
        assertRefused(CommandLineTest.run("bench", "--ensemble-cells", "-5"), tmp, before,
                "--ensemble-cells: expected a whole number from 1 to 100000, got -5");
        assertRefused(CommandLineTest.run("bench", "--receptors", "1000,0"), tmp, before,
                "--receptors: expected whole numbers from 1 to 10000000, got 0");
        assertRefused(CommandLineTest.run("bench", "--scaling-cells", "0"), tmp, before,
                "--scaling-cells: expected a whole number from 1 to 100000, got 0");
        assertRefused(CommandLineTest.run("bench", "--engines", "cohort,gillespie"), tmp, before,
                "--engines: expected event, per-receptor or cohort, got 'gillespie'");
        assertRefused(CommandLineTest.run("bias", "morphine", "--points", "100000000", "--out",
                tmp.resolve("b").toString()), tmp, before, "--points from 8 to 1000");
        Path scenario = Files.writeString(tmp.resolve("ok.yaml"), BASE);
        before = entries(tmp);
        assertRefused(CommandLineTest.run("snapshot", scenario.toString(), "--frames", "1000000000", "--out",
                tmp.resolve("s").toString()), tmp, before, "--frames: expected a whole number from 1 to 10000");
        assertRefused(CommandLineTest.run("snapshot", scenario.toString(), "--at", "0", "--size", "100000",
                "--out", tmp.resolve("s").toString()), tmp, before, "--size: expected 100 to 8000 pixels");
        assertRefused(CommandLineTest.run("run", scenario.toString(), "--max-hours", "-2", "--out",
                tmp.resolve("s").toString()), tmp, before, "--max-hours: expected a number of hours > 0");
    }

    /** --threads above the cores is capped with a note, and the run goes on. */
    @Test
    void threadsAboveTheCoresAreCappedWithANote(@TempDir Path tmp) throws IOException {
        Path scenario = Files.writeString(tmp.resolve("ok.yaml"), BASE);
        int cores = Runtime.getRuntime().availableProcessors();
        List<String> notes = new ArrayList<>();
        for (String command : List.of("ensemble", "tolerance")) {
            CommandLineTest.Outcome o = CommandLineTest.run(command, scenario.toString(), "--replicates", "2",
                    "--threads", "100000", "--out", tmp.resolve(command).toString());
            assertEquals(0, o.code(), o.err());
            notes.add(o.out().lines().findFirst().orElse(""));
        }
        for (String note : notes) {
            assertEquals("note: --threads 100000 is more than the " + cores + " cores of this machine; using "
                    + cores, note);
        }
    }
}
