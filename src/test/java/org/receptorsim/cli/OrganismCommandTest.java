package org.receptorsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code receptorsim organism}: result files, checks, reproducibility, several scenarios, and one-line errors. */
class OrganismCommandTest {

    static CommandLineTest.Outcome run(String... args) {
        return CommandLineTest.run(args);
    }

    static final String TINY = """
            name: tiny
            drug: morphine-human
            duration: 1 d
            seed: 5
            cells: {perCircuit: 1, receptors: 150}
            doses: [{route: bolus, at: 0 h, mg: 5, every: 12 h, times: 2}]
            checks:
              - {id: c1, claim: the dose reaches the brain, quantity: "main:brain.max@dose1", band: [1, inf],
                 label: predicted, source: test}
              - {id: c2, claim: impossible on purpose, quantity: "main:ventilation.min@all", band: [2, 3],
                 label: predicted, source: test}
            figures:
              - {name: course, title: course, xUnit: h, panels: [{series: [brain, ventilation]}]}
            """;

    /** One scenario: every result file, the checks (pass and miss), a decodable figure; same seed, same numbers. */
    @Test
    void writesResultsAndChecksReproducibly(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("tiny.yaml");
        Files.writeString(file, TINY);
        CommandLineTest.Outcome o = run("organism", file.toString(), "--out", tmp.resolve("r1").toString(), "--threads", "2");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("1 of 2 checks within their band"), o.out());
        assertTrue(o.out().contains("MISS c2"), o.out());
        Path r1 = tmp.resolve("r1");
        for (String f : List.of("timeseries.csv", "doses.csv", "checks.csv", "summary.json", "summary.csv",
                "manifest.json", "overview.png", "course.png", "report.html")) {
            assertTrue(Files.size(r1.resolve(f)) > 0, f);
        }
        List<String> ts = Files.readAllLines(r1.resolve("timeseries.csv"));
        assertTrue(ts.get(0).startsWith("arm,time_h,plasma_nM,unboundPlasma_nM,brain_nM,"), ts.get(0));
        assertEquals(1 + 24 * 2 + 1, ts.size(), "a row every 30 min, ends included");
        assertEquals(3, Files.readAllLines(r1.resolve("doses.csv")).size());
        String checks = Files.readString(r1.resolve("checks.csv"));
        assertTrue(checks.contains("c1,predicted") && checks.contains(",pass,") && checks.contains(",MISS,"), checks);
        BufferedImage png = ImageIO.read(r1.resolve("course.png").toFile());
        assertEquals(Math.round(org.receptorsim.figure.Figure.DOUBLE_COLUMN / 72 * org.receptorsim.figure.Figure.PNG_DPI),
                png.getWidth(), "written through the project's figure writer: a double column at its PNG resolution");
        String report = Files.readString(r1.resolve("report.html"));
        assertTrue(report.contains("Literature checks (1 of 2 within their band)") && report.contains("Drugs"));
        assertTrue(Files.readString(r1.resolve("manifest.json")).contains("Tunblad"), "sources in the manifest");
        CommandLineTest.Outcome again = run("organism", file.toString(), "--out", tmp.resolve("r2").toString(), "--threads", "1");
        assertEquals(0, again.code(), again.err());
        assertEquals(Files.readString(r1.resolve("timeseries.csv")), Files.readString(tmp.resolve("r2/timeseries.csv")));
    }

    /** Two scenarios: one folder each and the validation table of both. */
    @Test
    void severalScenariosMakeAValidationTable(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("a.yaml"), TINY.replace("name: tiny", "name: a"));
        Files.writeString(tmp.resolve("b.yaml"), TINY.replace("name: tiny", "name: b").replace("seed: 5", "seed: 6"));
        CommandLineTest.Outcome o = run("organism", "--all", "--dir", tmp.toString(), "--out", tmp.resolve("v").toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("organism validation: 2 of 4 checks within their band"), o.out());
        assertTrue(Files.exists(tmp.resolve("v/a/report.html")) && Files.exists(tmp.resolve("v/b/checks.csv")));
        List<String> summary = Files.readAllLines(tmp.resolve("v/summary.csv"));
        assertEquals("metric,arm,unit,n,mean,sd,ci_low,ci_high", summary.get(0));
        assertEquals(1 + 4, summary.size(), "one row per check of both scenarios");
        List<String> table = Files.readAllLines(tmp.resolve("v/validation.csv"));
        assertEquals(5, table.size());
        assertTrue(table.get(0).startsWith("scenario,id,label,claim"));
        assertTrue(Files.readString(tmp.resolve("v/validation.md")).contains("| a | c1 | predicted |"));
    }

    /** A bad file: exit 2, one line naming file, line and field, nothing written. */
    @Test
    void badScenarioIsOneLineAndWritesNothing(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, TINY.replace("mg: 5", "mg: five"));
        CommandLineTest.Outcome o = run("organism", file.toString(), "--out", tmp.resolve("r").toString());
        assertEquals(2, o.code());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertTrue(o.err().startsWith("error: " + file + ":6:"), o.err());
        assertFalse(Files.exists(tmp.resolve("r")));
        CommandLineTest.Outcome none = run("organism");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("expected a scenario file or --all"), none.err());
        Files.createDirectories(tmp.resolve("exists"));
        Files.writeString(tmp.resolve("ok.yaml"), TINY);
        CommandLineTest.Outcome exists = run("organism", tmp.resolve("ok.yaml").toString(), "--out", tmp.resolve("exists").toString());
        assertEquals(2, exists.code());
        assertTrue(exists.err().contains("output directory exists"), exists.err());
    }
}
