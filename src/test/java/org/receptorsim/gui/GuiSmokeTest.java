package org.receptorsim.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.receptorsim.model.CellSimulation;
import org.receptorsim.model.CellSnapshot;
import org.receptorsim.model.Receptor;
import org.receptorsim.model.ReceptorState;
import org.receptorsim.simulation.CellFactory;
import org.receptorsim.scenario.Arm;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;
import sim.display.Console;
import sim.util.Bag;
import sim.util.Double2D;

/**
 * The console in real windows (under Xvfb in CI), opened as {@code receptorsim gui SCENARIO --arms all --play} does:
 * two arms side by side, playing at once on one schedule, without a Java3D warning; the displays, chart and dosing
 * windows are on screen, tiled without overlap; each arm gave the counts of a run without GUI; a screenshot shows
 * regulated receptors in both cells; a double-click on a receptor opens its inspector; a washout of one arm reaches
 * that cell only; a restart resets the charts; the console pauses at the protocol's end. In CI (CI set) a missing
 * display is a failure, not a skip.
 *
 * <p>The pom runs this class in a JVM of its own with {@code java.awt.headless=false}. Run in a headless JVM while
 * a display exists (e.g. {@code mvn test -Dtest='org.receptorsim.gui.*Test'} under xvfb-run), it runs the same check
 * in a child JVM that is not headless.
 */
class GuiSmokeTest {

    /** True if windows can be opened here (an X display on Linux; always on Windows and macOS). */
    static boolean displayAvailable() {
        String os = System.getProperty("os.name");
        if (os.startsWith("Windows") || os.startsWith("Mac")) {
            return true;
        }
        String display = System.getenv("DISPLAY");
        return display != null && !display.isBlank();
    }

    @Test
    void consoleStartsStepsAndShowsTheCell() throws Exception {
        if (System.getenv("CI") != null) {
            assertTrue(displayAvailable(), "CI must provide a display (run the tests under xvfb-run)");
        } else {
            Assumptions.assumeTrue(displayAvailable(), "no display");
        }
        if (GraphicsEnvironment.isHeadless()) {
            runInChildJvm();
        } else {
            try {
                GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
            } catch (java.awt.AWTError e) {
                noDisplay(e.getMessage());
            }
            check();
        }
    }

    /** DISPLAY is set but no X server answers: a failure in CI, a skip elsewhere. */
    private static void noDisplay(String why) {
        if (System.getenv("CI") != null) {
            fail("CI must provide a display (run the tests under xvfb-run): " + why);
        }
        Assumptions.abort("no display: " + why);
    }

    /** Runs {@link #check()} in a JVM that is not headless (this one was made headless by its launcher). */
    private static void runInChildJvm() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = Files.createTempFile("gui-smoke", ".log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=false", "-Xmx1g", "-cp", classPath, GuiSmokeTest.class.getName())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = p.waitFor(180, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        if (ended && p.exitValue() != 0 && out.contains("Can't connect to X11 window server")) {
            noDisplay(out.lines().filter(l -> l.contains("Can't connect")).findFirst().orElse(""));
        }
        if (!ended || p.exitValue() != 0) {
            fail("GUI check in a child JVM " + (ended ? "failed (exit " + p.exitValue() + ")" : "timed out")
                    + ":\n" + out);
        }
    }

    /** Entry point of the child JVM: exit 0 if the check passes. */
    public static void main(String[] args) {
        int code = 0;
        try {
            check();
        } catch (Throwable t) {
            t.printStackTrace();
            code = 1;
        }
        System.exit(code);
    }

    static void check() throws Exception {
        assertFalse(GraphicsEnvironment.isHeadless());
        Scenario s = new ScenarioLoader(Library.bundled()).load(Path.of("scenarios/morphine-vs-damgo.yaml"))
                .cappedAt(240);
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stderr = System.err;
        System.setErr(new java.io.PrintStream(new TeeStream(err, stderr), true));
        ReceptorSimWithUI gui;
        try {
            // as `receptorsim gui scenarios/morphine-vs-damgo.yaml --arms all --play --speed 600`
            gui = onSwing(() -> ReceptorSimWithUI.open(s, List.of("DAMGO", "morphine"), true, 600.0));
        } finally {
            System.setErr(stderr);
        }
        Console console = gui.console();
        try {
            assertFalse(err.toString().contains("Java3D"), "no Java3D warning: " + err);
            assertEquals(2, gui.armCount());
            assertEquals(2, console.getPlaySleep(), "--speed 600 at dt 1 s: at most 600 steps a second");
            assertNotNull(onSwing(console::getModelInspector), "the Model tab shows the parameters");
            assertTrue(gui.getSimulationInspectedObject() instanceof ModelParameters);

            // --play: the console plays at once; one schedule drives both cells
            waitFor(() -> gui.cell().timeSeconds() >= 120, 60, "the model advanced to 120 s");
            onSwing(() -> {
                console.pressPause();
                return null;
            });
            assertEquals(gui.cell(0).timeSeconds(), gui.cell(1).timeSeconds(), "the arms are at the same time");
            for (int a = 0; a < 2; a++) {
                String name = List.of("DAMGO", "morphine").get(a);
                Arm arm = s.arms().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
                CellSimulation plain = CellFactory.cell(s, arm, 0);
                plain.start();
                plain.advanceTo(gui.cell(a).timeSeconds());
                List<CellSnapshot> viewed = gui.cell(a).snapshots();
                assertTrue(viewed.size() >= 13);
                assertEquals(plain.snapshots().size(), viewed.size());
                for (int i = 0; i < viewed.size(); i++) {
                    assertArrayEquals(plain.snapshots().get(i).stateCounts(), viewed.get(i).stateCounts(),
                            name + " at " + viewed.get(i).timeSeconds() + " s");
                }
            }
            assertTrue(gui.cell(0).snapshots().get(12).count(ReceptorState.ARRESTIN_BOUND)
                    > gui.cell(1).snapshots().get(12).count(ReceptorState.ARRESTIN_BOUND),
                    "DAMGO recruits more arrestin than morphine");

            // windows: a display per arm, charts (both arms fed, one series per arm), dosing; tiled, not overlapping
            List<JFrame> frames = gui.frames();
            assertEquals(4, frames.size());
            List<Rectangle> windows = new java.util.ArrayList<>();
            for (JFrame f : frames) {
                assertNotNull(f);
                assertTrue(onSwing(f::isShowing), f.getTitle() + " is on screen");
                windows.add(onSwing(f::getBounds));
            }
            windows.add(onSwing(console::getBounds));
            Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
            for (int i = 0; i < windows.size(); i++) {
                assertTrue(screen.contains(windows.get(i)), "window " + i + " " + windows.get(i) + " on " + screen);
                for (int j = i + 1; j < windows.size(); j++) {
                    assertFalse(windows.get(i).intersects(windows.get(j)),
                            "windows " + i + " and " + j + " overlap: " + windows.get(i) + ", " + windows.get(j));
                }
            }
            assertTrue(windows.get(0).x + windows.get(0).width <= windows.get(1).x, "the arms side by side");
            assertEquals(gui.cell().snapshots().size(), (int) onSwing(() -> gui.charts().points()), "chart points");
            assertEquals(2, (int) onSwing(() -> gui.charts().signalSeries()), "one G-protein series per arm");
            java.util.Map<String, org.jfree.chart.JFreeChart> charts = onSwing(() -> charts(gui.charts().frame()));
            assertEquals(java.util.Set.of("G-protein activation", "cAMP", "Ligands in the bath", "Receptors: DAMGO",
                    "Receptors: morphine"), charts.keySet());
            assertEquals("fraction", charts.get("G-protein activation").getXYPlot().getRangeAxis().getLabel());
            assertEquals("× control", charts.get("cAMP").getXYPlot().getRangeAxis().getLabel(),
                    "fraction and fold on axes of their own");
            List<String> legend = new java.util.ArrayList<>();
            org.jfree.chart.LegendItemCollection items = charts.get("Receptors: DAMGO").getXYPlot().getLegendItems();
            for (int i = 0; i < items.getItemCount(); i++) {
                legend.add(items.get(i).getLabel());
            }
            assertEquals(java.util.Arrays.stream(ReceptorState.values()).map(LiveCharts::name).toList(), legend,
                    "every state in the legend, degraded and desensitized included");

            // screenshot of the whole screen: both cells with regulated receptors
            Thread.sleep(500);
            Robot robot = new Robot();
            BufferedImage shot = robot.createScreenCapture(screen);
            Path out = Path.of("target", "gui-screenshot.png");
            Files.createDirectories(out.getParent());
            ImageIO.write(shot, "png", out.toFile());
            for (int a = 0; a < 2; a++) {
                Rectangle cellWindow = windows.get(a);
                Set<Integer> colours = colours(shot, cellWindow);
                for (ReceptorState st : List.of(ReceptorState.RESTING, ReceptorState.GRK_PHOSPHORYLATED,
                        ReceptorState.ARRESTIN_BOUND)) {
                    assertTrue(colours.contains(StateColors.of(st).getRGB() & 0xFFFFFF),
                            st + " receptors in the screenshot of arm " + a);
                }
            }

            // double-click a receptor: an inspector opens on it
            int inspectorsBefore = onSwing(() -> console.getAllInspectors().size());
            Point click = onSwing(() -> screenPointOfAReceptor(gui));
            assertNotNull(click, "a receptor under the mouse");
            robot.mouseMove(click.x, click.y);
            robot.delay(100);
            for (int i = 0; i < 2; i++) {
                robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
                robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
                robot.delay(40);
            }
            waitFor(() -> onSwingQuietly(() -> console.getAllInspectors().size()) > inspectorsBefore, 10,
                    "an inspector opened on the double-clicked receptor");

            // a clathrin pit holding 1,000 receptors: a double-click there inspects the one nearest the pointer
            Double2D pit = new Double2D(CellLayout.CENTRE.x + CellLayout.CELL_RADIUS - 0.5, CellLayout.CENTRE.y);
            List<Receptor> crowd = gui.cell().receptors().subList(0, 1000);
            onSwing(() -> {
                crowd.forEach(r -> gui.view().field().setObjectLocation(r, pit));
                return null;
            });
            double pixels = gui.display().insideDisplay.getWidth() / CellLayout.SIZE;
            java.awt.geom.Rectangle2D.Double at = new java.awt.geom.Rectangle2D.Double(pit.x * pixels - 1,
                    pit.y * pixels - 1, 3, 3);
            assertTrue(gui.view().field().getNeighborsExactlyWithinDistance(pit, 0.01).numObjs >= 1000,
                    "1,000 receptors under the pointer");
            long t0 = System.nanoTime();
            onSwing(() -> {
                gui.display().createInspectors(at, gui);
                return null;
            });
            double ms = (System.nanoTime() - t0) / 1e6;
            Bag[] hits = onSwing(() -> gui.display().objectsHitBy(at));
            int hit = 0;
            for (Bag b : hits) {
                hit += b == null ? 0 : b.numObjs;
            }
            assertEquals(1, hit, "one receptor hit, not every receptor in the pit");
            System.out.printf(java.util.Locale.ROOT, "inspector on a pit of 1000 receptors opened in %.0f ms%n", ms);

            // dosing while it runs: a washout of the first arm reaches its cell at the next step
            gui.exposure(0).washout();
            double washedAt = gui.cell().timeSeconds();
            onSwing(() -> {
                console.pressPause(); // resumes (play while paused would step once)
                return null;
            });
            waitFor(() -> gui.cell().timeSeconds() >= washedAt + 30, 60, "the model ran after the washout");
            onSwing(() -> {
                console.pressPause();
                return null;
            });
            CellSnapshot last = gui.cell().snapshots().get(gui.cell().snapshots().size() - 1);
            assertTrue(last.timeSeconds() > washedAt);
            assertEquals(0.0, last.concentrationsMolar()[0], "DAMGO washed out");
            CellSnapshot other = gui.cell(1).snapshots().get(gui.cell(1).snapshots().size() - 1);
            assertEquals(10e-6, other.concentrationsMolar()[1], 1e-12, "the morphine arm was not washed");

            // restart: a new run from time 0, the charts start again
            onSwing(() -> {
                console.pressStop();
                console.pressPlay();
                return null;
            });
            waitFor(() -> gui.cell().timeSeconds() >= 30, 60, "the restarted model advanced");
            onSwing(() -> {
                console.pressPause();
                return null;
            });
            assertTrue(gui.cell().timeSeconds() < washedAt, "restarted from 0");
            assertEquals(gui.cell().snapshots().size(), (int) onSwing(() -> gui.charts().points()),
                    "charts reset on restart");
            assertEquals(10e-6, gui.cell().snapshots().get(1).concentrationsMolar()[0], 1e-12,
                    "the restart forgot the washout");

            // the console pauses when the protocol ends
            onSwing(() -> {
                console.pressPause();
                return null;
            });
            waitFor(() -> onSwingQuietly(console::getPlayState) == Console.PS_PAUSED
                    && gui.cell().timeSeconds() >= 240, 60, "a pause at the protocol's end");
            assertEquals(240.0, gui.cell().timeSeconds(), "paused at the end of the protocol");
            assertEquals(240.0, gui.cell(1).timeSeconds(), "both arms");
        } finally {
            onSwing(() -> {
                console.pressStop();
                for (JFrame f : gui.frames()) {
                    f.dispose();
                }
                console.dispose();
                return null;
            });
        }
    }

    /** The charts in a window, by title. */
    private static java.util.Map<String, org.jfree.chart.JFreeChart> charts(java.awt.Container c) {
        java.util.Map<String, org.jfree.chart.JFreeChart> found = new java.util.HashMap<>();
        for (java.awt.Component k : c.getComponents()) {
            if (k instanceof org.jfree.chart.ChartPanel p) {
                found.put(p.getChart().getTitle().getText(), p.getChart());
            } else if (k instanceof java.awt.Container inner) {
                found.putAll(charts(inner));
            }
        }
        return found;
    }

    /** The colours in a region of a screenshot (every second pixel). */
    private static Set<Integer> colours(BufferedImage shot, Rectangle r) {
        Set<Integer> colours = new HashSet<>();
        for (int y = Math.max(0, r.y); y < Math.min(shot.getHeight(), r.y + r.height); y += 2) {
            for (int x = Math.max(0, r.x); x < Math.min(shot.getWidth(), r.x + r.width); x += 2) {
                colours.add(shot.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return colours;
    }

    /** Copies what is written to two streams (to read the console's warnings and still show them). */
    private static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream a;
        private final java.io.OutputStream b;

        TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws java.io.IOException {
            a.write(c);
            b.write(c);
        }
    }

    /** The screen point of a receptor in a clathrin pit (or any receptor), checked with the display's hit test. */
    private static Point screenPointOfAReceptor(ReceptorSimWithUI gui) {
        var inside = gui.display().insideDisplay;
        double pixelsPerMicrometre = inside.getWidth() / CellLayout.SIZE;
        for (ReceptorState wanted : List.of(ReceptorState.ARRESTIN_BOUND, ReceptorState.GRK_PHOSPHORYLATED)) {
            for (Receptor r : gui.cell().receptors()) {
                Double2D p = gui.view().field().getObjectLocation(r);
                if (p == null || r.getState() != wanted) {
                    continue;
                }
                Point2D.Double px = new Point2D.Double(p.x * pixelsPerMicrometre, p.y * pixelsPerMicrometre);
                Bag[] hit = gui.display().objectsHitBy(px);
                for (Bag b : hit) {
                    if (b != null && !b.isEmpty()) {
                        Point origin = inside.getLocationOnScreen();
                        return new Point(origin.x + (int) Math.round(px.x), origin.y + (int) Math.round(px.y));
                    }
                }
            }
        }
        return null;
    }

    private static <T> T onSwing(Callable<T> task) throws Exception {
        Object[] result = new Object[1];
        Exception[] error = new Exception[1];
        SwingUtilities.invokeAndWait(() -> {
            try {
                result[0] = task.call();
            } catch (Exception e) {
                error[0] = e;
            }
        });
        if (error[0] != null) {
            throw error[0];
        }
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    private static int onSwingQuietly(Callable<Integer> task) {
        try {
            return onSwing(task);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(BooleanSupplier condition, int seconds, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("timed out waiting: " + what);
            }
            Thread.sleep(50);
        }
    }
}
