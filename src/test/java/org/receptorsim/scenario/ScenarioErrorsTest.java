package org.receptorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.receptorsim.cli.ReceptorSimCommand;

/**
 * The bad-input contract, through the real command line: a bad scenario file exits with code 2, prints exactly one
 * line {@code error: FILE:LINE:COLUMN: FIELD: message} on standard error, and leaves no output directory and no
 * staging directory behind.
 */
class ScenarioErrorsTest {

    /** Exit code, standard output and standard error of one invocation. */
    private record Outcome(int code, String out, String err) {
    }

    /** One located error line: line, column, field and message. */
    private record Located(int line, int column, String field, String message) {
    }

    private static Outcome cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ReceptorSimCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    /**
     * Writes the YAML to {@code bad.yaml} in the directory, runs {@code run bad.yaml --out DIR/x}, and checks the
     * parts of the contract every case shares: exit code 2, nothing on standard output, one line on standard error
     * starting {@code error: FILE:}, no {@code x} and no {@code .partial} directory afterwards.
     *
     * @return the single error line with the {@code error: FILE:} prefix removed
     */
    private static String runBad(Path dir, String yaml) throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, yaml);
        Path out = dir.resolve("x");
        Outcome o = cli("run", file.toString(), "--out", out.toString());
        assertEquals(ReceptorSimCommand.USER_ERROR, o.code(), "exit code; stderr: " + o.err());
        assertEquals("", o.out(), "nothing on standard output");
        List<String> lines = o.err().lines().toList();
        assertEquals(1, lines.size(), "exactly one line on standard error, got:\n" + o.err());
        String line = lines.get(0);
        String prefix = "error: " + file + ":";
        assertTrue(line.startsWith(prefix), line + "\nshould start with " + prefix);
        assertNoOutputLeft(out);
        return line.substring(prefix.length());
    }

    private static void assertNoOutputLeft(Path out) throws IOException {
        assertFalse(Files.exists(out), "the --out directory must not exist after a failed run: " + out);
        try (Stream<Path> s = Files.list(out.getParent())) {
            List<String> partial = s.map(p -> p.getFileName().toString()).filter(n -> n.contains(".partial"))
                    .toList();
            assertTrue(partial.isEmpty(), "staging directories left behind: " + partial);
        }
    }

    private static final Pattern LOCATED = Pattern.compile("^(\\d+):(\\d+): (\\S+): (.+)$");

    private static Located parse(String rest) {
        Matcher m = LOCATED.matcher(rest);
        assertTrue(m.matches(), "expected LINE:COLUMN: FIELD: message after the file name, got: " + rest);
        return new Located(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), m.group(4));
    }

    static Stream<Arguments> located() {
        return Stream.of(
                Arguments.of("challenge washout time not a multiple of dt", """
                        cell: HEK293-MOR
                        ligands: [DAMGO]
                        challenges: {ligand: DAMGO, at: [0 s], duration: 1 min, washoutTime: 2.5 s}
                        duration: 5 min
                        """, 3, 57, "challenges.washoutTime", "expected a whole multiple of dt"),
                Arguments.of("unknown top-level key", """
                        cell: HEK293-MOR
                        ligands: [DAMGO]
                        durration: 5 min
                        duration: 5 min
                        """, 3, 1, "durration", "unknown key 'durration', expected one of ["),
                Arguments.of("unknown key inside cellOverrides", """
                        cell: HEK293-MOR
                        cellOverrides:
                          receptorCount: 1000
                          phosphoRate: 0.1 /s
                        ligands: [DAMGO]
                        duration: 5 min
                        """, 4, 3, "cellOverrides.phosphoRate", "unknown key 'phosphoRate', expected one of ["),
                Arguments.of("unknown key inside a bath change", """
                        cell: HEK293-MOR
                        ligands: [DAMGO]
                        protocol:
                          bath:
                            - {at: 0 s, sett: {DAMGO: 1 uM}}
                        duration: 5 min
                        """, 5, 17, "protocol.bath.0.sett", "unknown key 'sett', expected one of [at, set, washout]"),
                Arguments.of("a list where a time is expected", """
                        cell: HEK293-MOR
                        ligands: [DAMGO]
                        duration: [1, 2]
                        """, 3, 1, "duration", "expected a time such as '10 min', got a list"),
                Arguments.of("text where a whole number is expected (seed)", """
                        cell: HEK293-MOR
                        ligands: [DAMGO]
                        duration: 5 min
                        seed: abc
                        """, 4, 1, "seed", "expected a whole number, got 'abc'"),
                Arguments.of("text where a whole number is expected (cellOverrides)", """
                        cell: HEK293-MOR
                        cellOverrides: {receptorCount: many}
                        ligands: [DAMGO]
                        duration: 5 min
                        """, 2, 17, "cellOverrides.receptorCount", "expected a whole number, got 'many'"),
                Arguments.of("negative rate", """
                        cell: HEK293-MOR
                        cellOverrides: {s375Grk23Rate: -0.1 /s}
                        ligands: [DAMGO]
                        duration: 5 min
                        """, 2, 17, "cellOverrides.s375Grk23Rate", "must be >= 0, got '-0.1 /s'"),
                Arguments.of("infinite rate (.inf)", """
                        cell: HEK293-MOR
                        cellOverrides: {s375Grk23Rate: .inf /s}
                        ligands: [DAMGO]
                        duration: 5 min
                        """, 2, 17, "cellOverrides.s375Grk23Rate", "got '.inf /s'"),
                Arguments.of("overflowing rate (1e999)", """
                        cell: HEK293-MOR
                        cellOverrides: {s375Grk23Rate: 1e999 /s}
                        ligands: [DAMGO]
                        duration: 5 min
                        """, 2, 17, "cellOverrides.s375Grk23Rate", "non-finite value '1e999 /s'"),
                Arguments.of("concentration without a unit", """
                        cell: HEK293-MOR
                        ligands: [DAMGO]
                        protocol:
                          bath:
                            - at: 0 s
                              set: {DAMGO: 10}
                        duration: 5 min
                        """, 6, 13, "protocol.bath.0.set.DAMGO", "got '10' (no unit)"),
                Arguments.of("unknown library cell type", """
                        cell: HEK-9
                        ligands: [DAMGO]
                        duration: 5 min
                        """, 1, 1, "cell", "unknown cell type 'HEK-9', expected one of [HEK293-MOR, "),
                Arguments.of("unknown library cell type in an arm", """
                        cell: HEK293-MOR
                        ligands: [DAMGO]
                        arms:
                          - name: a
                            cell: neuron
                        duration: 5 min
                        """, 5, 5, "arms.0.cell", "unknown cell type 'neuron'"),
                Arguments.of("unknown library ligand", """
                        cell: HEK293-MOR
                        ligands: [DAMGO, heroin]
                        duration: 5 min
                        """, 2, 18, "ligands.1", "unknown ligand 'heroin', expected one of [DAMGO, "),
                Arguments.of("protocol time not a multiple of dt", """
                        cell: HEK293-MOR
                        ligands: [DAMGO]
                        dt: 2 s
                        protocol:
                          bath:
                            - at: 0 s
                              set: {DAMGO: 1 uM}
                            - at: 61 s
                              washout: true
                        duration: 5 min
                        """, 8, 7, "protocol.bath.1.at", "expected a whole multiple of dt"),
                Arguments.of("bath sets a ligand that is not among the scenario's ligands", """
                        cell: HEK293-MOR
                        ligands: [DAMGO]
                        protocol:
                          bath:
                            - at: 0 s
                              set: {morphine: 1 uM}
                        duration: 5 min
                        """, 6, 13, "protocol.bath.0.set.morphine",
                        "ligand 'morphine' is not in the scenario's ligands [DAMGO]"),
                Arguments.of("an arm's bath sets a ligand that is not among the scenario's ligands", """
                        cell: HEK293-MOR
                        ligands: [DAMGO]
                        arms:
                          - name: a
                            protocol:
                              bath:
                                - {at: 0 s, set: {fentanyl: 1 nM}}
                        duration: 5 min
                        """, 7, 27, "arms.0.protocol.bath.0.set.fentanyl",
                        "ligand 'fentanyl' is not in the scenario's ligands [DAMGO]"));
    }

    /** Each bad value is reported once, at its own line, column and field, with exit code 2 and no output left. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("located")
    void badValueIsReportedAtItsLineAndField(String name, String yaml, int line, int column, String field,
                                            String message, @TempDir Path tmp) throws IOException {
        String rest = runBad(tmp, yaml);
        Located e = parse(rest);
        assertEquals(field, e.field(), rest);
        assertEquals(line, e.line(), "line; " + rest);
        assertEquals(column, e.column(), "column; " + rest);
        assertTrue(e.message().contains(message), "message should contain \"" + message + "\": " + rest);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("bad indentation", """
                        cell: HEK293-MOR
                        ligands: [DAMGO]
                        protocol:
                          bath:
                            - at: 0 s
                             set: {DAMGO: 1 uM}
                        duration: 5 min
                        """, 6, 6),
                // SnakeYAML notices the unclosed '[' of line 2 at the first ':' of line 3 (a flow sequence may span
                // lines), so either line names the place.
                Arguments.of("unclosed bracket", """
                        cell: HEK293-MOR
                        ligands: [DAMGO
                        duration: 5 min
                        seed: 3
                        """, 2, 3),
                Arguments.of("unclosed brace", """
                        cell: HEK293-MOR
                        cellOverrides: {receptorCount: 100
                        ligands: [DAMGO]
                        duration: 5 min
                        """, 2, 3));
    }

    /** Malformed YAML is a one-line error with the line where the parser failed, exit code 2 and no output. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedYamlNamesTheLine(String name, String yaml, int firstLine, int lastLine, @TempDir Path tmp)
            throws IOException {
        String rest = runBad(tmp, yaml);
        Matcher m = Pattern.compile("^(\\d+):(\\d+): malformed YAML: (.+)$").matcher(rest);
        assertTrue(m.matches(), "expected LINE:COLUMN: malformed YAML: ..., got: " + rest);
        int line = Integer.parseInt(m.group(1));
        assertTrue(line >= firstLine && line <= lastLine,
                "line " + line + " should be in [" + firstLine + ", " + lastLine + "]: " + rest);
        assertTrue(Integer.parseInt(m.group(2)) >= 1, "column present: " + rest);
    }

    /** A scenario file that does not exist is a user error naming the file, with exit code 2 and no output. */
    @Test
    void missingFileIsNamedWithExitCodeTwo(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("no-such-scenario.yaml");
        Path out = tmp.resolve("x");
        Outcome o = cli("run", file.toString(), "--out", out.toString());
        assertEquals(ReceptorSimCommand.USER_ERROR, o.code(), o.err());
        List<String> lines = o.err().lines().toList();
        assertEquals(List.of("error: " + file + ": no such file"), lines);
        assertNoOutputLeft(out);
    }

    /**
     * A tab used for indentation is reported at the line of the tab (SnakeYAML's problem mark, not the parser's last
     * location, which is the end of the previous line).
     */
    @Test
    void tabIndentationIsReportedAtTheLineOfTheTab(@TempDir Path tmp) throws IOException {
        String rest = runBad(tmp, "cell: HEK293-MOR\nligands: [DAMGO]\nprotocol:\n\tbath: []\nduration: 5 min\n");
        assertTrue(rest.startsWith("4:1: malformed YAML: "), rest);
    }

    /**
     * A bath concentration left empty ({@code DAMGO: null}) is a located user error, not a crash in the run.
     */
    @Test
    void nullBathConcentrationIsALocatedError(@TempDir Path tmp) throws IOException {
        String rest = runBad(tmp, """
                cell: HEK293-MOR
                ligands: [DAMGO]
                protocol:
                  bath:
                    - {at: 0 s, set: {DAMGO: null}}
                duration: 1 min
                """);
        Located e = parse(rest);
        assertEquals("protocol.bath.0.set.DAMGO", e.field(), rest);
        assertEquals(5, e.line(), rest);
    }

    /**
     * A bad coefficient of variation names its own field.
     */
    @Test
    void badVariabilityNamesItsField(@TempDir Path tmp) throws IOException {
        String rest = runBad(tmp, """
                cell: HEK293-MOR
                ligands: [DAMGO]
                variability: {grk23Level: 0.1, receptorCount: -1}
                duration: 1 min
                """);
        Located e = parse(rest);
        assertEquals("variability.receptorCount", e.field(), rest);
        assertEquals(3, e.line(), rest);
    }

    /**
     * A bad value in the scenario-wide cellOverrides is reported at that field even when an arm has overrides of
     * its own.
     */
    @Test
    void scenarioWideOverrideErrorIsNotBlamedOnTheArm(@TempDir Path tmp) throws IOException {
        String rest = runBad(tmp, """
                cell: HEK293-MOR
                cellOverrides: {gProteinsPerReceptor: 0}
                ligands: [DAMGO]
                arms:
                  - name: a
                    cellOverrides: {receptorCount: 100}
                duration: 5 min
                """);
        Located e = parse(rest);
        assertEquals("cellOverrides.gProteinsPerReceptor", e.field(), rest);
        assertEquals(2, e.line(), rest);
    }
}
