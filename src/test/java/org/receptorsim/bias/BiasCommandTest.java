package org.receptorsim.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptorsim.cli.ReceptorSimCommand;

/**
 * {@code receptorsim bias} as a user meets it: the tables, plots and report on disk, a report that renders in a
 * real browser, the arrestin-2 knockout's message, and one-line errors for bad input. Small cells and few
 * resamples keep it quick.
 */
class BiasCommandTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    static Path tmp;

    static Path run;
    static Outcome outcome;

    /** Exit code, standard output and standard error of one invocation. */
    record Outcome(int code, String out, String err) {
    }

    static Outcome exec(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ReceptorSimCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void runOnce() {
        run = tmp.resolve("bias");
        outcome = exec("bias", "morphine", "oliceridine", "--reference", "DAMGO", "--receptors", "2000",
                "--replicates", "3", "--bootstrap", "40", "--assays", "gProtein,arrestin,cAMP", "--reserve",
                "oliceridine", "--reserve-fractions", "1,0.1", "--threads", "2", "--out", run.toString());
    }

    @Test
    void writesTablesPlotsAndReport() throws Exception {
        assertEquals(0, outcome.code(), outcome.err());
        assertTrue(outcome.out().contains("gProtein vs arrestin") && outcome.out().contains("morphine"),
                outcome.out());
        Set<String> files;
        try (Stream<Path> s = Files.list(run)) {
            files = s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        assertEquals(Set.of("curves.csv", "fits.csv", "fits.json", "bias.csv", "bias-plot.png",
                "curves-gProtein.png", "curves-cAMP.png", "curves-arrestin.png", "reserve.csv", "reserve.png",
                "reserve-curves.png", "manifest.json", "report.html", "bias-by-read-time.csv", "summary.csv"), files);
        List<String> byTime = Files.readAllLines(run.resolve("bias-by-read-time.csv"));
        assertTrue(byTime.get(0).startsWith("ligand,reference,pathway,versus,versusReadAt_min,ddLogTauOverKA"),
                byTime.get(0));
        assertEquals(1 + 3 * 2, byTime.size(), "the default read times 10, 30, 120 min x 2 ligands");
        assertTrue(byTime.stream().anyMatch(l -> l.startsWith("morphine,DAMGO,gProtein,arrestin,120.0,")),
                "arrestin re-read at 120 min");
        assertTrue(outcome.out().contains("by arrestin read time"), outcome.out());
        List<String> curves = Files.readAllLines(run.resolve("curves.csv"));
        assertEquals("pathway,ligand,replicate,concentration_M,response_percent", curves.get(0));
        assertEquals(1 + 3 * 3 * 11 * 3, curves.size(), "pathways x ligands x concentrations x cells");
        List<String> bias = Files.readAllLines(run.resolve("bias.csv"));
        assertTrue(bias.get(0).startsWith("ligand,reference,pathway,versus,ddLogTauOverKA,lower,upper,biasFactor"));
        assertEquals(1 + 2 * 2, bias.size(), "2 ligands x (gProtein, cAMP) vs arrestin");
        JsonNode fits = new ObjectMapper().readTree(run.resolve("fits.json").toFile());
        assertEquals("DAMGO", fits.get("reference").asText());
        JsonNode morphine = null;
        for (JsonNode b : fits.get("biasFactors")) {
            if (b.get("ligand").asText().equals("morphine") && b.get("pathway").asText().equals("gProtein")) {
                morphine = b;
            }
        }
        assertTrue(morphine != null && morphine.get("ddLogTauOverKA").get("value").asDouble() > 0.5,
                "morphine G-biased against DAMGO: " + morphine);
        assertTrue(morphine.get("ddLogTauOverKA").get("lower").isNumber());
        assertEquals(2, fits.get("receptorReserve").get("levels").size());
        JsonNode manifest = new ObjectMapper().readTree(run.resolve("manifest.json").toFile());
        assertEquals(1, manifest.get("seed").asLong());
        assertTrue(manifest.get("command").asText().startsWith("receptorsim bias morphine"));
        for (String png : List.of("bias-plot.png", "curves-gProtein.png", "reserve.png")) {
            BufferedImage img = ImageIO.read(run.resolve(png).toFile());
            assertTrue(img.getWidth() >= 900, png);
        }
        String page = Files.readString(run.resolve("report.html"));
        assertTrue(page.contains("Bias factors") && page.contains("receptorsim bias morphine")
                && page.contains("<dt>seed</dt><dd>1</dd>") && page.contains("<dt>version</dt>"));
        assertTrue(page.contains("G protein vs arrestin-3 (95 % CI)") && !page.contains("gProtein vs"),
                "pathways under their names in the report, not their command-line ids");
        assertEquals(6, page.split(java.util.regex.Pattern.quote("data:image/svg+xml;base64,"), -1).length - 1, "every chart embedded as SVG");
        assertFalse(page.contains("src=\"http") || page.contains("href=\"http") || page.contains("<script"),
                "self-contained");
    }

    /**
     * The report renders in headless Chromium: the screenshot (kept as target/bias-report-screenshot.png) shows the
     * page, not a blank or error page. In CI (variable CI set) a missing Chromium fails the test; elsewhere it skips.
     */
    @Test
    void reportRendersInHeadlessChromium() throws Exception {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "chromium not installed");
        }
        assertTrue(Files.isExecutable(CHROMIUM), "chromium must be installed in CI (.ci/run installs it)");
        assertEquals(0, outcome.code(), outcome.err());
        Path shot = tmp.resolve("shot.png");
        Path log = tmp.resolve("chromium.log");
        Process p = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(tmp, "profile"),
                "--screenshot=" + shot, "--window-size=1200,1600", run.resolve("report.html").toUri().toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium finished");
        assertTrue(Files.exists(shot), "screenshot written: " + Files.readString(log));
        Files.copy(shot, Path.of("target", "bias-report-screenshot.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        BufferedImage img = ImageIO.read(shot.toFile());
        assertEquals(1200, img.getWidth());
        assertEquals(1600, img.getHeight());
        Set<Integer> colours = new HashSet<>();
        int nonWhite = 0;
        for (int y = 0; y < img.getHeight(); y += 4) {
            for (int x = 0; x < img.getWidth(); x += 4) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    nonWhite++;
                }
            }
        }
        assertTrue(colours.size() > 50, "page shows text, tables and charts: " + colours.size() + " colours");
        assertTrue(nonWhite > 2000, "not a blank page: " + nonWhite);
    }

    @Test
    void arrestinKnockoutPrintsAClearMessageInsteadOfAFit() throws Exception {
        Path out = tmp.resolve("ko");
        Outcome o = exec("bias", "morphine", "--cell", "HEK293-MOR-arrestin3-KO", "--receptors", "500",
                "--replicates", "2", "--bootstrap", "10", "--assays", "gProtein,arrestin", "--reserve", "none",
                "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("no arrestin curve") && o.out().contains("knockout"), o.out());
        assertTrue(o.out().contains("not defined"), o.out());
        List<String> bias = Files.readAllLines(out.resolve("bias.csv"));
        assertTrue(bias.get(1).startsWith("morphine,DAMGO,gProtein,arrestin,,,,,,,") && bias.get(1)
                .contains("no arrestin curve"), bias.get(1));
        assertTrue(Files.readString(out.resolve("report.html")).contains("no arrestin curve"));
    }

    @Test
    void badInputIsAOneLineError() {
        Outcome unknown = exec("bias", "no-such-drug", "--out", tmp.resolve("x").toString());
        assertEquals(ReceptorSimCommand.USER_ERROR, unknown.code());
        assertTrue(unknown.err().startsWith("error: LIGAND: unknown ligand 'no-such-drug'"), unknown.err());
        Outcome antagonist = exec("bias", "naloxone", "--out", tmp.resolve("y").toString());
        assertEquals(ReceptorSimCommand.USER_ERROR, antagonist.code());
        assertTrue(antagonist.err().contains("antagonist"), antagonist.err());
        Outcome assay = exec("bias", "morphine", "--assays", "gtp", "--out", tmp.resolve("z").toString());
        assertEquals(ReceptorSimCommand.USER_ERROR, assay.code());
        assertTrue(assay.err().contains("unknown assay 'gtp'"), assay.err());
        assertFalse(Files.exists(tmp.resolve("x")) || Files.exists(tmp.resolve("y")) || Files.exists(tmp.resolve("z")));
    }
}
