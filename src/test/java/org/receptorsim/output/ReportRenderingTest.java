package org.receptorsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptorsim.cli.ReceptorSimCommand;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;
import org.receptorsim.simulation.ScenarioRunner;

/**
 * Reports in a real browser, on screen and on paper: headless Chromium shows a run report (two arms, many metrics)
 * and a bias report (the widest tables) at 1280 px without sideways scrolling of the page or of any table, with the
 * embedded SVG charts drawn; printed to PDF (A4) and rendered to PNG with pdftoppm, every page has content and
 * nothing runs into the right margin. Screenshots and pages are kept in target/ (report-1280-*.png,
 * report-print-*.png) to be looked at. In CI (variable CI set) a missing Chromium or pdftoppm is a failure;
 * elsewhere the test is skipped without them.
 */
class ReportRenderingTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path PDFTOPPM = Path.of("/usr/bin/pdftoppm");

    @TempDir
    static Path tmp;

    static Path runReport;
    static Path biasReport;

    @BeforeAll
    static void writeReports() throws Exception {
        Scenario s = new ScenarioLoader(Library.bundled()).parse("report.yaml", """
                name: report-layout
                cell: HEK293-MOR
                cellOverrides: {receptorCount: 500}
                ligands: [DAMGO, morphine]
                arms:
                  - name: DAMGO then washout
                    protocol: {bath: [{at: 0 s, set: {DAMGO: 1 uM}}, {at: 5 min, washout: true}]}
                  - name: morphine then washout
                    protocol: {bath: [{at: 0 s, set: {morphine: 1 uM}}, {at: 5 min, washout: true}]}
                  - name: DAMGO throughout
                    protocol: {bath: [{at: 0 s, set: {DAMGO: 1 uM}}]}
                duration: 10 min
                """);
        Path run = tmp.resolve("run");
        RunWriter.write(run, s, ScenarioRunner.run(s));
        runReport = run.resolve("report.html");
        Path bias = tmp.resolve("bias");
        int code = ReceptorSimCommand.execute(new String[] {"bias", "morphine", "oliceridine", "--reference", "DAMGO",
            "--receptors", "1000", "--replicates", "3", "--bootstrap", "20", "--reserve", "oliceridine",
            "--reserve-fractions", "1,0.1", "--threads", "2", "--out", bias.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertEquals(0, code);
        biasReport = bias.resolve("report.html");
    }

    private static void requireTools() {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "chromium not installed");
            Assumptions.assumeTrue(Files.isExecutable(PDFTOPPM), "pdftoppm (poppler-utils) not installed");
        }
        assertTrue(Files.isExecutable(CHROMIUM), "chromium must be installed in CI (.ci/run installs it)");
        assertTrue(Files.isExecutable(PDFTOPPM), "pdftoppm must be installed in CI (.ci/run installs it)");
    }

    /** Runs Chromium headless on a page with extra arguments; returns its standard output. */
    private static String chromium(Path page, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--user-data-dir=" + Files.createTempDirectory(tmp, "profile")));
        cmd.addAll(List.of(args));
        cmd.add(page.toUri().toString());
        Path out = Files.createTempFile(tmp, "chromium", ".out");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void reportsFitA1280PixelWindowWithTheirChartsDrawn() throws Exception {
        requireTools();
        for (Path report : List.of(runReport, biasReport)) {
            String name = report.getParent().getFileName().toString();
            // the page's width and the widest table, measured in the browser by a script added to a copy
            String html = Files.readString(report, StandardCharsets.UTF_8);
            Path probe = report.resolveSibling("probe.html");
            Files.writeString(probe, html.replace("</body>", "<script>var t=0;document.querySelectorAll('.table')"
                    + ".forEach(function(e){t=Math.max(t,e.scrollWidth-e.clientWidth);});document.body.setAttribute("
                    + "'data-layout',document.documentElement.scrollWidth+' '+window.innerWidth+' '+t);</script>"
                    + "</body>"), StandardCharsets.UTF_8);
            String dom = chromium(probe, "--window-size=1280,900", "--dump-dom");
            Matcher m = Pattern.compile("data-layout=\"(\\d+) (\\d+) (-?\\d+)\"").matcher(dom);
            assertTrue(m.find(), "layout measured: " + dom.substring(0, Math.min(300, dom.length())));
            int page = Integer.parseInt(m.group(1));
            int window = Integer.parseInt(m.group(2));
            int tableOverflow = Integer.parseInt(m.group(3));
            assertTrue(page <= window, name + ": page " + page + " px wider than the window " + window + " px");
            assertTrue(tableOverflow <= 0, name + ": a table needs " + tableOverflow + " px more than it has");

            Path shot = tmp.resolve(name + "-shot.png");
            chromium(report, "--window-size=1280,2400", "--screenshot=" + shot);
            assertTrue(Files.exists(shot), "screenshot written");
            Files.copy(shot, Path.of("target", "report-1280-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            BufferedImage img = ImageIO.read(shot.toFile());
            assertEquals(1280, img.getWidth());
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < img.getHeight(); y += 3) {
                for (int x = 0; x < img.getWidth(); x += 3) {
                    colours.add(img.getRGB(x, y));
                }
            }
            assertTrue(colours.size() > 100, name + ": text and drawn charts, not a blank page or broken images: "
                    + colours.size());
        }
    }

    @Test
    void reportsPrintOnA4WithinTheMargins() throws Exception {
        requireTools();
        for (Path report : List.of(runReport, biasReport)) {
            String name = report.getParent().getFileName().toString();
            Path pdf = tmp.resolve(name + ".pdf");
            chromium(report, "--no-pdf-header-footer", "--print-to-pdf=" + pdf);
            assertTrue(Files.size(pdf) > 1000, "PDF written");
            Path pages = tmp.resolve(name + "-pages");
            Files.createDirectories(pages);
            Process p = new ProcessBuilder(PDFTOPPM.toString(), "-r", "60", "-png", pdf.toString(),
                    pages.resolve("page").toString()).redirectErrorStream(true).start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "pdftoppm rendered the pages");
            List<Path> pngs;
            try (Stream<Path> s = Files.list(pages)) {
                pngs = s.sorted().toList();
            }
            assertTrue(!pngs.isEmpty(), "at least one page");
            for (int i = 0; i < pngs.size(); i++) {
                BufferedImage img = ImageIO.read(pngs.get(i).toFile());
                Files.copy(pngs.get(i), Path.of("target", "report-print-" + name + "-" + (i + 1) + ".png"),
                        StandardCopyOption.REPLACE_EXISTING);
                // A4 at 60 dpi is 496 × 702 px; the 14-mm margins are 33 px: the outer 25 px must stay white
                assertEquals(496, img.getWidth(), 2);
                int ink = 0;
                for (int y = 0; y < img.getHeight(); y++) {
                    for (int x = 0; x < img.getWidth(); x++) {
                        boolean white = (img.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF;
                        if (!white && x >= img.getWidth() - 25) {
                            throw new AssertionError(name + " page " + (i + 1) + ": ink in the right margin at ("
                                    + x + ", " + y + ")");
                        }
                        ink += white ? 0 : 1;
                    }
                }
                assertTrue(ink > 1000, name + " page " + (i + 1) + " has content");
            }
        }
    }
}
