package org.receptorsim.gui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;
import sim.display.Console;

/**
 * The console in a real window (under Xvfb in CI): it starts on a scenario, plays, the display, chart and dosing
 * windows exist, a screenshot shows the picture, and the model's time advanced. In CI a missing display is a
 * failure, not a skip. Runs in its own JVM with java.awt.headless=false (see pom.xml).
 */
class GuiSmokeTest {

    @Test
    void consoleStartsStepsAndShowsTheCell() throws Exception {
        boolean noDisplay = GraphicsEnvironment.isHeadless()
                || (!System.getProperty("os.name").startsWith("Windows") && !System.getProperty("os.name")
                        .startsWith("Mac") && System.getenv("DISPLAY") == null);
        if (System.getenv("CI") != null) {
            assertFalse(noDisplay, "CI must provide a display (xvfb-run)");
        } else {
            Assumptions.assumeFalse(noDisplay, "no display");
        }
        Scenario s = new ScenarioLoader(Library.bundled()).load(Path.of("scenarios/morphine-vs-damgo.yaml"));
        ReceptorSimWithUI[] gui = new ReceptorSimWithUI[1];
        Console[] console = new Console[1];
        SwingUtilities.invokeAndWait(() -> {
            gui[0] = new ReceptorSimWithUI(s, "DAMGO");
            console[0] = gui[0].openConsole();
        });
        SwingUtilities.invokeAndWait(() -> console[0].pressPlay());
        long deadline = System.currentTimeMillis() + 30_000;
        while (gui[0].cell().timeSeconds() < 120 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        SwingUtilities.invokeAndWait(() -> console[0].pressPause());
        assertTrue(gui[0].cell().timeSeconds() >= 120, "the model advanced: " + gui[0].cell().timeSeconds() + " s");
        // movement never changes results: the same cell run without any GUI gives the same counts
        org.receptorsim.model.CellSimulation plain = new org.receptorsim.model.CellSimulation(
                gui[0].cell().setup(), new org.receptorsim.random.RandomStreams(s.seed()), 0, "arm:DAMGO");
        plain.start();
        plain.advanceTo(gui[0].cell().timeSeconds());
        var viewed = gui[0].cell().snapshots();
        var headless = plain.snapshots();
        assertTrue(viewed.size() >= 2);
        org.junit.jupiter.api.Assertions.assertEquals(viewed.size(), headless.size());
        for (int i = 0; i < viewed.size(); i++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(headless.get(i).stateCounts(),
                    viewed.get(i).stateCounts(), "at " + viewed.get(i).timeSeconds() + " s");
        }
        for (JFrame f : gui[0].frames()) {
            assertNotNull(f);
            assertTrue(f.isShowing(), f.getTitle() + " is on screen");
        }
        Thread.sleep(500);
        JFrame cellFrame = gui[0].frames().get(0);
        Rectangle[] bounds = new Rectangle[1];
        SwingUtilities.invokeAndWait(() -> {
            cellFrame.toFront();
            bounds[0] = cellFrame.getBounds();
        });
        Thread.sleep(300);
        BufferedImage shot = new Robot().createScreenCapture(bounds[0]);
        Path out = Path.of("target", "gui-screenshot.png");
        Files.createDirectories(out.getParent());
        ImageIO.write(shot, "png", out.toFile());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < shot.getHeight(); y += 3) {
            for (int x = 0; x < shot.getWidth(); x += 3) {
                colours.add(shot.getRGB(x, y) & 0xFFFFFF);
            }
        }
        assertTrue(colours.contains(StateColors.of(org.receptorsim.model.ReceptorState.ARRESTIN_BOUND).getRGB() & 0xFFFFFF)
                        || colours.contains(StateColors.of(org.receptorsim.model.ReceptorState.GRK_PHOSPHORYLATED)
                                .getRGB() & 0xFFFFFF),
                "the screenshot shows regulated receptors (" + colours.size() + " colours)");
        SwingUtilities.invokeAndWait(() -> {
            console[0].pressStop();
            for (JFrame f : gui[0].frames()) {
                f.dispose();
            }
            console[0].dispose();
        });
    }
}
