package org.receptorsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;
import org.receptorsim.simulation.ScenarioRunner;

/**
 * A run's report.html renders in a real browser: headless Chromium loads the page and takes a screenshot, which must
 * show the page (many colours from the embedded charts, not a blank or error page). In CI (variable CI set) a
 * missing Chromium is a failure; elsewhere the test is skipped without it.
 */
class ReportRenderingTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void reportRendersInHeadlessChromium(@TempDir Path tmp) throws Exception {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "chromium not installed");
        }
        assertTrue(Files.isExecutable(CHROMIUM), "chromium must be installed in CI (.ci/run installs it)");
        Scenario s = new ScenarioLoader(Library.bundled()).parse("report.yaml", """
                cell: HEK293-MOR
                cellOverrides: {receptorCount: 500}
                ligands: [DAMGO]
                protocol: {bath: [{at: 0 s, set: {DAMGO: 1 uM}}, {at: 5 min, washout: true}]}
                duration: 10 min
                """);
        Path run = tmp.resolve("run");
        RunWriter.write(run, s, ScenarioRunner.run(s));
        Path shot = tmp.resolve("shot.png");
        Process p = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + tmp.resolve("profile"), "--screenshot=" + shot,
                "--window-size=1200,1600", run.resolve("report.html").toUri().toString()))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("chromium.log").toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "chromium finished");
        assertTrue(Files.exists(shot), "screenshot written: " + Files.readString(tmp.resolve("chromium.log")));
        BufferedImage img = ImageIO.read(shot.toFile());
        assertEquals(1200, img.getWidth());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 4) {
            for (int x = 0; x < img.getWidth(); x += 4) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 50, "page shows text and charts, not a blank page: " + colours.size());
    }
}
