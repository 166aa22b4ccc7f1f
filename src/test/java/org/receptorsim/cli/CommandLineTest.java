package org.receptorsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The command line as a user meets it: results on disk, reproducibility, and one-line errors for bad input. */
class CommandLineTest {

    /** Exit code, standard output and standard error of one invocation. */
    record Outcome(int code, String out, String err) {
    }

    /** A user error: exit 2 and one line on standard error that contains {@code expected}. */
    static void assertUserError(Outcome o, String expected) {
        assertEquals(2, o.code(), o.out() + o.err());
        assertTrue(o.err().contains(expected), o.err());
        assertEquals(1, o.err().strip().lines().count(), "one line: " + o.err());
    }

    static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ReceptorSimCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    private static final String SHORT = """
            cell: HEK293-MOR
            cellOverrides: {receptorCount: 1000}
            ligands: [DAMGO]
            protocol:
              bath:
                - {at: 0 s, set: {DAMGO: 1 uM}}
                - {at: 3 min, washout: true}
            duration: 5 min
            """;

    /** `run` writes the four result files and the report, a decodable chart and a manifest with the resolved cell. */
    @Test
    void runWritesTheFourResultFiles(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("a");
        Outcome o = run("run", "scenarios/damgo-desensitization.yaml", "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        Set<String> files;
        try (Stream<Path> s = Files.list(out)) {
            files = s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        assertEquals(Set.of("timeseries.csv", "chain-states.csv", "summary.json", "summary.csv", "manifest.json", "timeseries.png",
                "report.html"), files);
        BufferedImage png = ImageIO.read(out.resolve("timeseries.png").toFile());
        assertEquals(2100, png.getWidth(), "two journal columns (7 in) at 300 dpi");
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"seed\" : 20261122") && manifest.contains("s375Grk23Rate")
                && manifest.contains("\"version\""), manifest.substring(0, 200));
        String summary = Files.readString(out.resolve("summary.json"));
        assertTrue(summary.contains("tachyphylaxis_percent") && summary.contains("peakSignal"));
        List<String> lines = Files.readAllLines(out.resolve("timeseries.csv"));
        assertTrue(lines.get(0).startsWith("arm,time_s,RESTING,ACTIVE,GRK_PHOSPHORYLATED,DESENSITIZED,ARRESTIN_BOUND,INTERNALIZED"));
        assertEquals(1 + 45 * 6 + 1, lines.size(), "a row every 10 s for 45 min, plus header");
    }

    /** Same scenario and seed: byte-identical time series; another seed: a different one. */
    @Test
    void sameSeedGivesByteIdenticalTimeSeries(@TempDir Path tmp) throws Exception {
        Path scenario = tmp.resolve("short.yaml");
        Files.writeString(scenario, SHORT);
        assertEquals(0, run("run", scenario.toString(), "--out", tmp.resolve("x").toString()).code());
        assertEquals(0, run("run", scenario.toString(), "--out", tmp.resolve("y").toString()).code());
        assertEquals(0, run("run", scenario.toString(), "--seed", "2", "--out", tmp.resolve("z").toString()).code());
        byte[] x = Files.readAllBytes(tmp.resolve("x/timeseries.csv"));
        assertArrayEquals(x, Files.readAllBytes(tmp.resolve("y/timeseries.csv")));
        assertFalse(java.util.Arrays.equals(x, Files.readAllBytes(tmp.resolve("z/timeseries.csv"))));
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("unknown key", SHORT + "foo: 1\n", 9, "foo", "unknown key 'foo'"),
                Arguments.of("unknown nested key", SHORT.replace("{receptorCount: 1000}", "{phosphoRate: 1 /s}"), 2,
                        "cellOverrides.phosphoRate", "unknown key 'phosphoRate'"),
                Arguments.of("wrong type", SHORT.replace("duration: 5 min", "duration: [1, 2]"), 8, "duration",
                        "expected a time"),
                Arguments.of("wrong type of seed", SHORT + "seed: abc\n", 9, "seed", "expected a whole number"),
                Arguments.of("negative rate", SHORT.replace("{receptorCount: 1000}",
                        "{s375Grk23Rate: -0.1 /s}"), 2, "cellOverrides.s375Grk23Rate", "must be >= 0"),
                Arguments.of("non-finite rate", SHORT.replace("{receptorCount: 1000}",
                        "{s375Grk23Rate: 1e999 /s}"), 2, "cellOverrides.s375Grk23Rate", "non-finite"),
                Arguments.of("concentration without unit", SHORT.replace("DAMGO: 1 uM", "DAMGO: 10"), 6,
                        "protocol.bath.0.set.DAMGO", "no unit"),
                Arguments.of("unknown cell", SHORT.replace("HEK293-MOR", "HEK"), 1, "cell", "unknown cell type 'HEK'"),
                Arguments.of("unknown ligand", SHORT.replace("[DAMGO]", "[DAMGO, heroin]"), 3, "ligands.1",
                        "unknown ligand 'heroin'"),
                Arguments.of("malformed YAML", SHORT.replace("[DAMGO]", "[DAMGO"), 4, "", "malformed YAML"),
                Arguments.of("time not a multiple of dt", SHORT.replace("at: 3 min", "at: 90.5 s"), 7,
                        "protocol.bath.1.at", "whole multiple of dt"),
                Arguments.of("ligand not in the scenario", SHORT.replace("{DAMGO: 1 uM}", "{morphine: 1 uM}"), 6,
                        "protocol.bath.0.set.morphine", "not in the scenario's ligands"));
    }

    /** Each bad input: exit 2, one line naming file, line, column and field, and no output directory left. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputGivesOneLocatedLineAndNoOutput(String name, String yaml, int line, String field, String message,
                                                @TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, yaml);
        Path out = tmp.resolve("out");
        Outcome o = run("run", file.toString(), "--out", out.toString());
        assertEquals(2, o.code(), name);
        List<String> lines = o.err().lines().toList();
        assertEquals(1, lines.size(), o.err());
        String expectedStart = "error: " + file + ":" + line + ":";
        assertTrue(lines.get(0).startsWith(expectedStart), lines.get(0) + " should start with " + expectedStart);
        if (!field.isEmpty()) {
            assertTrue(lines.get(0).matches(".*:\\d+:\\d+: " + java.util.regex.Pattern.quote(field) + ": .*"),
                    lines.get(0));
        }
        assertTrue(lines.get(0).contains(message), lines.get(0));
        assertFalse(Files.exists(out), "no output directory");
        try (Stream<Path> s = Files.list(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains(".partial")), "no staging left");
        }
    }

    /** A missing file is a user error too. */
    @Test
    void missingFileIsNamed(@TempDir Path tmp) {
        Outcome o = run("run", tmp.resolve("nope.yaml").toString());
        assertEquals(2, o.code());
        assertEquals("error: " + tmp.resolve("nope.yaml") + ": no such file", o.err().strip());
    }

    /** `list` shows the library with units and sources, and the bundled scenarios. */
    @Test
    void listShowsLibraryAndScenarios() {
        Outcome ligands = run("list", "ligands");
        assertEquals(0, ligands.code());
        assertTrue(ligands.out().contains("DAMGO") && ligands.out().contains("nM") && ligands.out().contains("/s")
                && ligands.out().contains("Zastawny"), ligands.out());
        Outcome cells = run("list", "cells");
        assertTrue(cells.out().contains("HEK293-MOR") && cells.out().contains("enteric-neuron"));
        Outcome scenarios = run("list", "scenarios");
        assertTrue(scenarios.out().contains("damgo-desensitization") && !scenarios.out().contains("INVALID"),
                scenarios.out());
        assertNotEquals(0, run("list", "nonsense").code());
    }

    /**
     * Only the subcommand a command line names is built; with none, with {@code help} and with a name that is not a
     * subcommand all are, so that the usage help and the error list them all.
     */
    @Test
    void onlyTheNamedSubcommandIsBuiltAndHelpStillListsThemAll() {
        assertEquals(Set.of("run"), ReceptorSimCommand.commandLine(new String[] {"run", "x.yaml"}).getSubcommands()
                .keySet());
        Set<String> all = ReceptorSimCommand.commandLine(new String[0]).getSubcommands().keySet();
        assertEquals(ReceptorSimCommand.SUBCOMMANDS.size(), all.size(), all.toString());
        assertEquals(all, ReceptorSimCommand.commandLine(new String[] {"help", "run"}).getSubcommands().keySet());
        assertEquals(all, ReceptorSimCommand.commandLine(new String[] {"frob"}).getSubcommands().keySet());
        Outcome help = run("help");
        assertEquals(0, help.code());
        for (String name : List.of("run", "ensemble", "sweep", "validate", "bench", "bias", "branch")) {
            assertTrue(help.out().contains("  " + name + " "), name + " in " + help.out());
        }
        Outcome runHelp = run("help", "run");
        assertTrue(runHelp.out().startsWith("Usage: receptorsim run"), runHelp.out());
        Outcome unknown = run("frob");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("'frob'") && unknown.err().contains("ensemble"), unknown.err());
    }
}
