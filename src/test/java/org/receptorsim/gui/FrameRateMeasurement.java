package org.receptorsim.gui;

import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.receptorsim.model.CellSimulation;
import org.receptorsim.random.RandomStreams;
import org.receptorsim.scenario.Arm;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;
import sim.display.Console;
import sim.field.continuous.Continuous2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.util.Double2D;

/**
 * Measures how fast the cell is drawn with 10,000 receptors (HEK293-MOR, DAMGO 10 uM: scenarios/morphine-vs-damgo.yaml,
 * DAMGO arm) at the default 800 × 800 px. Not a test (no timed assertion anywhere): run it by hand, e.g.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * xvfb-run -a -s "-screen 0 1600x1200x24" java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.receptorsim.gui.FrameRateMeasurement [seconds]
 * </pre>
 *
 * With a display it reports (1) the console playing: frames the display painted per wall-clock second and model
 * steps per second, and (2) step + move + paint of the display in a loop on the Swing thread; always (3) headless
 * rendering of the same view to an 800 × 800 image, one model step per frame.
 */
public final class FrameRateMeasurement {

    private FrameRateMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 15;
        Scenario s = new ScenarioLoader(Library.bundled()).load(Path.of("scenarios/morphine-vs-damgo.yaml"));
        System.out.printf(Locale.ROOT, "cell: %s, %d receptors, Java %s, %d cores%n", s.arms().get(0).cell().name(),
                s.arms().get(0).cell().receptorCount(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        if (!GraphicsEnvironment.isHeadless()) {
            consolePlaying(s, seconds);
            paintLoop(s, seconds);
        }
        headless(s, seconds);
        System.exit(0);
    }

    /** The console playing as a user sees it: frames painted and model steps per second. */
    private static void consolePlaying(Scenario s, double seconds) throws Exception {
        AtomicLong frames = new AtomicLong();
        ReceptorSimWithUI[] gui = new ReceptorSimWithUI[1];
        Console[] console = new Console[1];
        SwingUtilities.invokeAndWait(() -> {
            gui[0] = new ReceptorSimWithUI(s, "DAMGO");
            console[0] = gui[0].openConsole();
            Continuous2D marker = new Continuous2D(1, CellLayout.SIZE, CellLayout.SIZE);
            marker.setObjectLocation(new Object(), new Double2D(0, 0));
            ContinuousPortrayal2D counter = new ContinuousPortrayal2D();
            counter.setField(marker);
            counter.setPortrayalForAll(new SimplePortrayal2D() {
                private static final long serialVersionUID = 1L;

                @Override
                public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
                    frames.incrementAndGet();
                }
            });
            gui[0].display().attach(counter, "frame counter");
            console[0].pressPlay();
        });
        Thread.sleep(3000); // warm-up
        long f0 = frames.get();
        double t0 = gui[0].cell().timeSeconds();
        long w0 = System.nanoTime();
        Thread.sleep((long) (seconds * 1000));
        long f1 = frames.get();
        double t1 = gui[0].cell().timeSeconds();
        double wall = (System.nanoTime() - w0) / 1e9;
        SwingUtilities.invokeAndWait(() -> {
            console[0].pressStop();
            for (JFrame f : gui[0].frames()) {
                f.dispose();
            }
            console[0].dispose();
        });
        System.out.printf(Locale.ROOT, "console playing: %.1f frames/s painted, %.1f model steps/s (%.0f wall s,"
                + " simulated %.0f..%.0f s)%n", (f1 - f0) / wall, (t1 - t0) / gui[0].cell().setup().dtSeconds() / wall,
                wall, t0, t1);
    }

    /** Step, move and paint the display synchronously, as fast as possible. */
    private static void paintLoop(Scenario s, double seconds) throws Exception {
        ReceptorSimWithUI[] gui = new ReceptorSimWithUI[1];
        Console[] console = new Console[1];
        SwingUtilities.invokeAndWait(() -> {
            gui[0] = new ReceptorSimWithUI(s, "DAMGO");
            console[0] = gui[0].openConsole();
            console[0].pressPlay();
            console[0].pressPause();
        });
        Thread.sleep(1000);
        long frames = 0;
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline) {
            SwingUtilities.invokeAndWait(() -> {
                gui[0].step();
                var inside = gui[0].display().insideDisplay;
                inside.paintImmediately(0, 0, inside.getWidth(), inside.getHeight());
            });
            frames++;
        }
        double wall = (System.nanoTime() - start) / 1e9;
        SwingUtilities.invokeAndWait(() -> {
            console[0].pressStop();
            for (JFrame f : gui[0].frames()) {
                f.dispose();
            }
            console[0].dispose();
        });
        System.out.printf(Locale.ROOT, "display step+move+paint loop: %.1f frames/s (%d frames, %d x %d px)%n",
                frames / wall, frames, gui[0].display().insideDisplay.getWidth(),
                gui[0].display().insideDisplay.getHeight());
    }

    /** Headless rendering to an 800 × 800 image, one model step per frame (as `snapshot` draws). */
    private static void headless(Scenario s, double seconds) {
        Arm arm = s.arms().get(0);
        CellSimulation cell = new CellSimulation(arm.setup(s), new RandomStreams(s.seed()), 0, "arm:" + arm.name());
        cell.start();
        cell.advanceTo(300);
        CellView view = new CellView();
        long frames = 0;
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline) {
            cell.advanceTo(cell.timeSeconds() + cell.setup().dtSeconds());
            view.render(cell, 800);
            frames++;
        }
        double wall = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "headless render 800x800 (+1 model step each): %.1f frames/s (%d frames)%n",
                frames / wall, frames);
    }
}
