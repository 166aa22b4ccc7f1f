package org.receptorsim.gui;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;
import sim.display.Console;

/**
 * Takes the README's screenshot of the console: opens a scenario's arms side by side as
 * {@code receptorsim gui SCENARIO --arms A,B --play} does, lets the console pause itself at the given simulated time
 * and captures the whole screen. Not a test: run it by hand under a virtual display, e.g.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * xvfb-run -a -s "-screen 0 1600x1000x24" java -Djava.awt.headless=false \
 *     -cp target/classes:target/test-classes:$(cat target/cp.txt) org.receptorsim.gui.GuiScreenshot \
 *     scenarios/morphine-vs-damgo.yaml DAMGO,morphine 2100 src/site/resources/gui-screenshot.png
 * </pre>
 */
public final class GuiScreenshot {

    private GuiScreenshot() {
    }

    /**
     * @param args scenario file, arms (comma-separated), simulated time of the picture (s), PNG file
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: GuiScreenshot SCENARIO ARM,ARM... SECONDS OUT.png");
            System.exit(2);
        }
        Scenario s = new ScenarioLoader(Library.bundled()).load(Path.of(args[0]));
        List<String> arms = Arrays.asList(args[1].split(","));
        double at = Double.parseDouble(args[2]);
        Path out = Path.of(args[3]);
        ReceptorSimWithUI[] gui = new ReceptorSimWithUI[1];
        SwingUtilities.invokeAndWait(() -> {
            gui[0] = ReceptorSimWithUI.open(s, arms, false, null);
            Console console = gui[0].console();
            console.pressPlay();
            console.setWhenShouldPauseTime(at); // after Play, which sets the protocol's end
        });
        Console console = gui[0].console();
        long deadline = System.currentTimeMillis() + 600_000;
        while (!(gui[0].cell().timeSeconds() >= at && console.getPlayState() == Console.PS_PAUSED)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the console did not reach " + at + " s");
            }
            Thread.sleep(100);
        }
        Thread.sleep(1500); // the charts and displays catch up
        SwingUtilities.invokeAndWait(() -> gui[0].frames().forEach(JFrame::repaint));
        Thread.sleep(500);
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        BufferedImage shot = new Robot().createScreenCapture(screen);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        ImageIO.write(shot, "png", out.toFile());
        System.out.printf(Locale.ROOT, "%s: %d x %d px at t = %.0f s (arms %s)%n", out, shot.getWidth(),
                shot.getHeight(), gui[0].cell().timeSeconds(), arms);
        System.exit(0);
    }
}
