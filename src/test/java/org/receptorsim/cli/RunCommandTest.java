package org.receptorsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptorsim.model.CellType;
import org.receptorsim.output.RunWriter;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Yaml;

/** {@code receptorsim run} and {@code receptorsim list} as a user meets them (working directory: project root). */
class RunCommandTest {

    private static final Path DAMGO = Path.of("scenarios", "damgo-desensitization.yaml");
    private static final long DAMGO_SEED = 20261122L;
    /** Size RunWriter renders timeseries.png at. */
    /** Two journal columns (7 in) at 300 dpi. */
    private static final int PNG_WIDTH = 2100;

    private static CommandLineTest.Outcome cli(String... args) {
        return CommandLineTest.run(args);
    }

    private static Set<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    /**
     * {@code run} of the DAMGO scenario exits 0 and writes the result files: a decodable chart of the declared size,
     * a manifest with seed, version and the complete resolved cell, and a summary with the key metrics.
     */
    @Test
    void runWritesResultFilesWithManifestAndSummary(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("a");
        CommandLineTest.Outcome o = cli("run", DAMGO.toString(), "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        assertEquals("", o.err());
        assertTrue(o.out().contains("damgo-desensitization (seed " + DAMGO_SEED + ")"), o.out());

        // report.html is written beside the four data files by RunWriter (see its javadoc).
        assertEquals(Set.of("timeseries.csv", "chain-states.csv", "summary.json", "summary.csv", "manifest.json", "timeseries.png", "report.html"),
                fileNames(out));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("a"), s.map(p -> p.getFileName().toString()).toList(), "no staging left");
        }

        BufferedImage png = ImageIO.read(out.resolve("timeseries.png").toFile());
        assertNotNull(png, "timeseries.png decodes");
        assertEquals(PNG_WIDTH, png.getWidth());
        assertTrue(png.getHeight() > PNG_WIDTH, "five panels stacked: taller than wide");

        ObjectMapper json = Yaml.jsonMapper();
        JsonNode manifest = json.readTree(out.resolve("manifest.json").toFile());
        assertEquals(DAMGO_SEED, manifest.path("seed").asLong(-1));
        assertEquals(RunWriter.VERSION, manifest.path("version").asText(null));
        assertFalse(RunWriter.VERSION.isBlank());
        JsonNode cell = manifest.path("scenario").path("arms").path(0).path("cell");
        assertTrue(cell.isObject(), "manifest holds the resolved cell: " + manifest);
        for (RecordComponent c : CellType.class.getRecordComponents()) {
            JsonNode v = cell.get(c.getName());
            assertTrue(v != null && !v.isNull(), "manifest cell lacks " + c.getName());
        }
        CellType library = Library.bundled().cell("HEK293-MOR").orElseThrow();
        assertEquals(json.valueToTree(library), cell, "the resolved cell is the library's HEK293-MOR, in full");
        assertEquals("0.02 /s", cell.path("s375Grk23Rate").asText());
        assertEquals(10000, cell.path("receptorCount").asInt());
        assertFalse(cell.path("sources").path("s375Grk23Rate").asText().isBlank());

        JsonNode summary = json.readTree(out.resolve("summary.json").toFile());
        JsonNode arm = summary.path("arms").path(0);
        assertTrue(arm.path("peakSignal").isNumber(), summary.toString());
        assertTrue(arm.path("signalAtEnd").isNumber(), summary.toString());
        double peak = arm.path("peakSignal").asDouble();
        assertTrue(peak > 0 && peak <= 1, "peak G-protein activation is a fraction: " + peak);
        JsonNode episodes = arm.path("episodes");
        assertTrue(episodes.isArray() && episodes.size() >= 1, summary.toString());
        for (JsonNode e : episodes) {
            assertTrue(e.path("tachyphylaxis_percent").isNumber(), e.toString());
        }
        double first = episodes.get(0).path("tachyphylaxis_percent").asDouble();
        assertTrue(first > 0 && first < 100, "10 min of saturating DAMGO desensitizes partly: " + first);
        JsonNode tolerance = summary.path("tolerance").path(0);
        assertEquals(first, tolerance.path("tachyphylaxis_percent").asDouble(), 1e-12,
                "one definition of desensitization in the summary and the shared tolerance metrics");
        assertTrue(tolerance.path("tachyphylaxisHalfTime_min").isNumber(), tolerance.toString());
        assertTrue(tolerance.path("overshootPeak_xControl").isNumber(), "the washout is a withdrawal: " + tolerance);
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("tachyphylaxis half-time (min)"), "the report shows the tolerance metrics");

        List<String> csv = Files.readAllLines(out.resolve("timeseries.csv"));
        assertTrue(csv.get(0).startsWith("arm,time_s,"), csv.get(0));
        assertEquals(1 + 45 * 6 + 1, csv.size(), "header plus a row every 10 s over 45 min, both ends included");
    }

    /** The DAMGO scenario cut to 12 min (same cell, seed and protocol start), written to a temp file. */
    private static Path shortDamgo(Path dir) throws IOException {
        String text = Files.readString(DAMGO);
        String shortened = text.replace("duration: 45 min", "duration: 12 min");
        assertNotEquals(text, shortened, "the scenario's duration line changed; update this test");
        Path file = dir.resolve("damgo-short.yaml");
        Files.writeString(file, shortened);
        return file;
    }

    /** The same scenario and seed give a byte-identical timeseries.csv; another --seed gives a different one. */
    @Test
    void sameSeedReproducesTheTimeSeriesByteForByte(@TempDir Path tmp) throws IOException {
        Path scenario = shortDamgo(tmp);
        Path x = tmp.resolve("x");
        Path y = tmp.resolve("y");
        Path z = tmp.resolve("z");
        assertEquals(0, cli("run", scenario.toString(), "--out", x.toString()).code());
        assertEquals(0, cli("run", scenario.toString(), "--out", y.toString()).code());
        CommandLineTest.Outcome other = cli("run", scenario.toString(), "--seed", "1", "--out", z.toString());
        assertEquals(0, other.code(), other.err());
        byte[] first = Files.readAllBytes(x.resolve("timeseries.csv"));
        assertArrayEquals(first, Files.readAllBytes(y.resolve("timeseries.csv")));
        assertFalse(Arrays.equals(first, Files.readAllBytes(z.resolve("timeseries.csv"))),
                "another seed gives another trajectory");
        JsonNode manifest = Yaml.jsonMapper().readTree(z.resolve("manifest.json").toFile());
        assertEquals(1L, manifest.path("seed").asLong(-1), "--seed is recorded in the manifest");
    }

    /** {@code run} refuses an --out directory that already exists and leaves it untouched. */
    @Test
    void runRefusesAnExistingOutputDirectory(@TempDir Path tmp) throws IOException {
        Path out = Files.createDirectory(tmp.resolve("exists"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        CommandLineTest.Outcome o = cli("run", shortDamgo(tmp).toString(), "--out", out.toString());
        assertEquals(ReceptorSimCommand.USER_ERROR, o.code());
        assertEquals(List.of("error: " + out + ": output directory exists and is not empty; choose another --out"),
                o.err().lines().toList());
        assertEquals(Set.of("keep.txt"), fileNames(out));
    }

    /** {@code list ligands} prints every library ligand with its values in units and their sources. */
    @Test
    void listLigandsShowsNamesUnitsAndSources() {
        CommandLineTest.Outcome o = cli("list", "ligands");
        assertEquals(0, o.code(), o.err());
        for (Ligand l : Library.bundled().ligands()) {
            assertTrue(o.out().contains(l.name() + " — "), "lists " + l.name());
            for (var source : l.sources().values()) {
                assertTrue(o.out().contains(source), l.name() + ": source shown: " + source);
            }
        }
        List<String> lines = o.out().lines().toList();
        assertTrue(lines.stream().anyMatch(s -> s.matches("\\s+kd\\s+2 nM\\s+Zastawny.*")), o.out());
        assertTrue(lines.stream().anyMatch(s -> s.matches("\\s+koff\\s+0\\.015 /s\\s+\\S.*")), o.out());
        assertTrue(o.out().contains("/M/s"), "kon shown with its unit");
    }

    /** {@code list cells} prints every library cell type with its values in units and their sources. */
    @Test
    void listCellsShowsNamesUnitsAndSources() {
        CommandLineTest.Outcome o = cli("list", "cells");
        assertEquals(0, o.code(), o.err());
        for (CellType c : Library.bundled().cells()) {
            assertTrue(o.out().contains(c.name() + " — "), "lists " + c.name());
        }
        CellType hek = Library.bundled().cell("HEK293-MOR").orElseThrow();
        List<String> lines = o.out().lines().toList();
        assertTrue(lines.stream().anyMatch(s -> s.matches("\\s+s375Grk23Rate\\s+0\\.02 /s\\s+\\S.*")),
                o.out());
        assertTrue(o.out().contains(hek.sources().get("s375Grk23Rate")));
        assertTrue(o.out().contains("100 nM"), "transmitter pool concentration in nM");
    }

    /** {@code list scenarios} prints every bundled scenario by name with its duration in units, none invalid. */
    @Test
    void listScenariosShowsEveryBundledScenario() throws IOException {
        CommandLineTest.Outcome o = cli("list", "scenarios");
        assertEquals(0, o.code(), o.err());
        assertFalse(o.out().contains("INVALID"), o.out());
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).toList();
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            String name = f.getFileName().toString().replaceFirst("\\.yaml$", "");
            assertTrue(o.out().lines().anyMatch(l -> l.startsWith(f.toString()) && l.contains(" " + name + "; ")
                    && l.matches(".*; [0-9.]+ (s|min|h|d), dt [0-9.]+ s, \\d+ arm\\(s\\)$")), "lists " + f + ":\n"
                    + o.out());
        }
    }
}
