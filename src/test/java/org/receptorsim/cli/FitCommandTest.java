package org.receptorsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.scenario.LigandSpec;
import org.receptorsim.scenario.Yaml;
import org.receptorsim.scenario.YamlDocument;

/**
 * The fit command end to end: synthetic data from agent cells with noise ({@code --simulate}), a fit that recovers
 * the values they were made with (95 % intervals covering them, fixed seed) and writes its files with a ligand entry
 * that reads back as a library ligand; "not identifiable" and "no convergence" as one-line errors; bad data files
 * refused with exit 2 and one line naming file, line, column and field, nothing written.
 */
class FitCommandTest {

    @TempDir
    static Path dir;

    /** A design of G-protein assays: 9 concentrations, 2 replicates. */
    static Path design;
    /** Agent-cell data of that design, kd 3 nM and G-protein efficacy 0.8, noise SD 1. */
    static Path data;

    @BeforeAll
    static void simulateData() throws IOException {
        List<String> rows = new ArrayList<>(List.of("assay,ligand,concentration,time,replicate"));
        for (int r = 0; r < 2; r++) {
            for (int j = 0; j < 9; j++) {
                rows.add(String.format(java.util.Locale.ROOT, "gProtein,X,%.6g M,10 min,%d",
                        1e-11 * Math.pow(10, 0.5 * j), r));
            }
        }
        design = Files.write(dir.resolve("design.csv"), rows);
        data = dir.resolve("data.csv");
        CommandLineTest.Outcome o = CommandLineTest.run("fit", design.toString(), "--ligand", "X", "--start",
                "oliceridine", "--simulate", data.toString(), "--set", "kd=3nM,gProteinEfficacy=0.8", "--noise",
                "gProtein=1", "--seed", "5", "--threads", "2");
        assertEquals(0, o.code(), o.out() + o.err());
        assertTrue(o.out().contains("simulated 18 rows of X (kd 3 nM, gProteinEfficacy 0.8"), o.out());
    }

    @Test
    void fitRecoversTheSimulatedValuesAndWritesALibraryEntry() throws IOException {
        Path out = dir.resolve("fit");
        CommandLineTest.Outcome o = CommandLineTest.run("fit", data.toString(), "--ligand", "X", "--start",
                "oliceridine", "--free", "kd,gProteinEfficacy", "--out", out.toString(), "--threads", "2");
        assertEquals(0, o.code(), o.out() + o.err());
        for (String f : List.of("estimates.csv", "correlations.csv", "predictions.csv", "fit.json", "X.yaml",
                "fit-gProtein.png", "manifest.json", "report.html")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        JsonNode est = Yaml.jsonMapper().readTree(out.resolve("fit.json").toFile()).path("estimates");
        double[] truth = {3e-9, 0.8};
        for (int i = 0; i < 2; i++) {
            JsonNode e = est.get(i);
            assertTrue(e.path("ciLow").asDouble() <= truth[i] && truth[i] <= e.path("ciHigh").asDouble(),
                    e + " covers " + truth[i]);
        }
        String yaml = Files.readString(out.resolve("X.yaml"));
        Ligand fitted = YamlDocument.parse("X.yaml", yaml, Yaml.yamlMapper()).bind("/ligands/0", LigandSpec.class)
                .toLigand();
        assertEquals("X", fitted.name());
        assertEquals(est.get(0).path("estimate").asDouble(), fitted.kd().molar(), 1e-4 * fitted.kd().molar());
        assertEquals(est.get(1).path("estimate").asDouble(), fitted.gProteinEfficacy(), 1e-4);
        assertEquals(0.02, fitted.dissociationPerSecond(), 1e-12, "koff as oliceridine's");
        assertTrue(fitted.sources().get("kd").startsWith("fitted to data.csv"), fitted.sources().toString());
    }

    @Test
    void aParameterTheDataDoNotInformIsNotIdentifiable() throws IOException {
        Set<String> before = BadInputTest.entries(dir);
        CommandLineTest.Outcome o = CommandLineTest.run("fit", data.toString(), "--ligand", "X", "--start",
                "oliceridine", "--free", "kd,arrestin3Efficacy", "--out", dir.resolve("ni").toString());
        BadInputTest.assertRefused(o, dir, before, "error: X: not identifiable: arrestin3Efficacy does not affect "
                + "the data (assays: gProtein)");
    }

    @Test
    void aFitThatRunsOutOfEvaluationsSaysSo() throws IOException {
        Set<String> before = BadInputTest.entries(dir);
        CommandLineTest.Outcome o = CommandLineTest.run("fit", data.toString(), "--ligand", "X", "--start",
                "morphine", "--free", "kd,gProteinEfficacy", "--max-evaluations", "10", "--out",
                dir.resolve("nc").toString());
        BadInputTest.assertRefused(o, dir, before, "error: X: no convergence after 10 evaluations");
    }

    @Test
    void aUserLigandFromALibraryFileStartsTheFit(@TempDir Path here) throws IOException {
        Path lib = Files.writeString(here.resolve("mine.yaml"), LibraryOptionTest.LIGAND);
        Path out = here.resolve("fit");
        CommandLineTest.Outcome o = CommandLineTest.run("fit", data.toString(), "--ligand", "X", "--start",
                "compound-X", "--library", lib.toString(), "--free", "kd,gProteinEfficacy", "--out", out.toString(),
                "--threads", "2");
        assertEquals(0, o.code(), o.out() + o.err());
        assertTrue(o.out().contains("start compound-X"), o.out());
        Ligand fitted = YamlDocument.parse("X.yaml", Files.readString(out.resolve("X.yaml")), Yaml.yamlMapper())
                .bind("/ligands/0", LigandSpec.class).toLigand();
        assertEquals(0.2, fitted.grk5Efficacy(), 1e-12, "fixed values are the user ligand's (oliceridine's: 0.3)");
        assertEquals(0.05, fitted.arrestin3Efficacy(), 1e-12);
        JsonNode est = Yaml.jsonMapper().readTree(out.resolve("fit.json").toFile()).path("estimates");
        assertEquals(4e-9, est.get(0).path("start").asDouble(), 1e-15, "kd starts at the user ligand's");
        assertTrue(est.get(1).path("ciLow").asDouble() <= 0.8 && 0.8 <= est.get(1).path("ciHigh").asDouble(),
                est.get(1).toString());

        CommandLineTest.Outcome without = CommandLineTest.run("fit", data.toString(), "--ligand", "X", "--start",
                "compound-X", "--free", "kd", "--out", here.resolve("no").toString());
        assertEquals(ReceptorSimCommand.USER_ERROR, without.code());
        assertTrue(without.err().contains("--start: unknown ligand 'compound-X'"), without.err());
    }

    @Test
    void aBadLibraryFileIsRefusedWithItsPlace(@TempDir Path here) throws IOException {
        Path lib = Files.writeString(here.resolve("bad.yaml"), LibraryOptionTest.LIGAND.replace("grk5Efficacy: 0.2",
                "grk5Efficacy: lots"));
        Set<String> before = BadInputTest.entries(here);
        CommandLineTest.Outcome o = CommandLineTest.run("fit", data.toString(), "--ligand", "X", "--start",
                "compound-X", "--library", lib.toString(), "--free", "kd", "--out", here.resolve("out").toString());
        BadInputTest.assertRefused(o, here, before, lib + ":7:", "grk5Efficacy");
    }

    static Stream<Arguments> badInputs() {
        String header = "assay,ligand,concentration,time,response\n";
        return Stream.of(
                Arguments.of(header + "gProtein,X,3 nM,10 min,5\ngProtein,X,3,10 min,5\n", List.of(),
                        "bad.csv:3:12: concentration: expected a concentration"),
                Arguments.of("assay,ligand,dose,time,response\n", List.of(), "bad.csv:1:14: header: unknown column "
                        + "'dose'"),
                Arguments.of(header + "gProtein,X,3 nM,10 min,5\ngProtein,X,3 nM,10 min\n", List.of(),
                        "bad.csv:3:1: expected 5 fields as in the header, got 4"),
                Arguments.of(header + "gProtein,X,3 nM,ten,5\n", List.of(), "bad.csv:2:17: time: expected a time"),
                Arguments.of(header + "gProtein,Y,3 nM,10 min,5\n", List.of(), "bad.csv: ligand: no rows of ligand "
                        + "'X'; the file has [Y]"),
                Arguments.of(header + "gProtein,X,3 nM,10 min,5\n", List.of("--free", "kd,efficacy"),
                        "--free: unknown parameter 'efficacy'"),
                Arguments.of(header + "gProtein,X,3 nM,10 min,5\n", List.of("--free", "kd,kon,koff"),
                        "--free: at most two of kd, kon, koff"),
                Arguments.of(header + "gProtein,X,3 nM,10 min,5\n", List.of("--start", "naloxone"),
                        "--start: 'naloxone' is not a reversible agonist"));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void badInputIsRefusedWithOneLocatedLine(String text, List<String> options, String expected,
                                             @TempDir Path here) throws IOException {
        Path bad = Files.writeString(here.resolve("bad.csv"), text);
        Set<String> before = BadInputTest.entries(here);
        List<String> args = new ArrayList<>(List.of("fit", bad.toString(), "--ligand", "X", "--out",
                here.resolve("out").toString()));
        if (!options.contains("--start")) {
            args.addAll(List.of("--start", "morphine"));
        }
        if (!options.contains("--free")) {
            args.addAll(List.of("--free", "kd"));
        }
        args.addAll(options);
        CommandLineTest.Outcome o = CommandLineTest.run(args.toArray(new String[0]));
        BadInputTest.assertRefused(o, here, before, expected.startsWith("bad.csv") ? bad + expected.substring(7)
                : expected);
    }

    @Test
    void aMissingDataFileIsRefused(@TempDir Path here) throws IOException {
        Set<String> before = BadInputTest.entries(here);
        CommandLineTest.Outcome o = CommandLineTest.run("fit", here.resolve("none.csv").toString(), "--ligand", "X",
                "--start", "morphine", "--free", "kd", "--out", here.resolve("out").toString());
        BadInputTest.assertRefused(o, here, before, "none.csv: no such file");
    }
}
