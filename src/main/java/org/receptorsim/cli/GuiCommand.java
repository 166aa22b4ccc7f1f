package org.receptorsim.cli;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.receptorsim.gui.ReceptorSimWithUI;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.scenario.Arm;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;
import org.receptorsim.simulation.RunEstimate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code receptorsim gui [SCENARIO] [--arm NAME | --arms all|A,B] [--play] [--speed S]}: the MASON console with the
 * animated cells, live charts and dosing. Without a scenario it offers the bundled ones (or any file). Needs a
 * display; a scenario or option error is reported like {@code run} does, before any window opens.
 */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the MASON console on a scenario: the cell display of one arm or of several side by side "
                + "(one schedule drives them), live charts overlaying the arms and a dosing window (needs a display; "
                + "without SCENARIO, choose one).")
final class GuiCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    private LibraryOptions libraryOptions;

    private static final String NO_DISPLAY = "gui: no display (set DISPLAY, or run under xvfb-run); for pictures "
            + "without a display use 'receptorsim snapshot'";
    private static final String OTHER_FILE = "Another file...";
    private static final String DEFAULT_CHOICE = "scenarios/morphine-vs-damgo.yaml";

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario YAML file (default: choose one).")
    private Path scenarioFile;

    @Option(names = "--arm", paramLabel = "NAME", description = "Arm to show (default: the first).")
    private String arm;

    @Option(names = "--arms", split = ",", paramLabel = "ARMS",
            description = "Arms to show side by side: 'all' or names, comma-separated.")
    private List<String> arms;

    @Option(names = "--play", description = "Start playing at once.")
    private boolean play;

    @Option(names = "--speed", paramLabel = "S", description = "Play at most S simulated seconds per second "
            + "(default: as fast as the displays allow), e.g. --speed 60 for a minute per second.")
    private Double speed;

    @Override
    public Integer call() throws Exception {
        if (arm != null && arms != null) {
            throw new ReceptorSimCommand.UserException("--arm and --arms: give one of them");
        }
        if (speed != null && !(speed > 0 && Double.isFinite(speed))) {
            throw new ReceptorSimCommand.UserException("--speed: expected simulated seconds per second > 0, got "
                    + speed);
        }
        Scenario scenario = scenarioFile == null ? null : load(scenarioFile);
        requireDisplay();
        if (scenario == null) {
            Path file = choose();
            if (file == null) {
                return 0;
            }
            scenario = load(file);
        }
        Scenario chosen = scenario;
        List<String> shown = shownArms(scenario);
        SwingUtilities.invokeAndWait(() -> ReceptorSimWithUI.open(chosen, shown, play, speed));
        new CountDownLatch(1).await(); // the console's Quit ends the program
        return 0;
    }

    private Scenario load(Path file) {
        Scenario scenario = new ScenarioLoader(libraryOptions.library()).load(file);
        if (scenario.engine() == null) {
            scenario = scenario.withEngine(KineticsEngine.EVENT);
        }
        if (arm != null && scenario.arms().stream().noneMatch(a -> a.name().equals(arm))) {
            throw new ReceptorSimCommand.UserException("--arm: no arm '" + arm + "' in " + file + ", expected one of "
                    + scenario.arms().stream().map(Arm::name).toList());
        }
        RunEstimate.of(scenario, 1, 1, RunEstimate.Keeps.CELLS_IN_PROGRESS)
                .refusal(Runtime.getRuntime().maxMemory(), Double.POSITIVE_INFINITY).ifPresent(why -> {
                    throw new ReceptorSimCommand.UserException(file + ": " + why);
                });
        shownArms(scenario);
        return scenario;
    }

    /** The arms to show: --arms (all or names), else --arm, else the first. */
    private List<String> shownArms(Scenario scenario) {
        List<String> names = scenario.arms().stream().map(Arm::name).toList();
        if (arms == null) {
            return List.of(arm != null ? arm : names.get(0));
        }
        if (arms.size() == 1 && arms.get(0).strip().equalsIgnoreCase("all")) {
            return names;
        }
        List<String> shown = new ArrayList<>();
        for (String a : arms) {
            String name = a.strip();
            if (!names.contains(name)) {
                throw new ReceptorSimCommand.UserException("--arms: no arm '" + name + "' in " + scenario.file()
                        + ", expected 'all' or some of " + names);
            }
            if (!shown.contains(name)) {
                shown.add(name);
            }
        }
        return shown;
    }

    /** Makes this JVM able to open windows (the launcher starts it headless), or explains why it cannot. */
    private static void requireDisplay() {
        System.setProperty("java.awt.headless", "false");
        String os = System.getProperty("os.name", "");
        String display = System.getenv("DISPLAY");
        boolean x11 = !os.startsWith("Windows") && !os.startsWith("Mac");
        if (x11 && (display == null || display.isBlank())) {
            throw new ReceptorSimCommand.UserException(NO_DISPLAY);
        }
        try {
            if (GraphicsEnvironment.isHeadless()
                    || GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices().length == 0) {
                throw new ReceptorSimCommand.UserException(NO_DISPLAY);
            }
        } catch (AWTError | HeadlessException e) {
            throw new ReceptorSimCommand.UserException(NO_DISPLAY + " (" + e.getMessage() + ")");
        }
    }

    /** The bundled scenarios: ./scenarios, or the scenarios/ beside the program's target/ directory. */
    static Path bundledScenarios() {
        Path here = Path.of("scenarios");
        if (Files.isDirectory(here)) {
            return here;
        }
        try {
            Path code = Path.of(GuiCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = code.getParent(); p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("scenarios"))) {
                    return p.resolve("scenarios");
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no code location: no bundled scenarios to offer
        }
        return null;
    }

    /** Offers the bundled scenarios and "another file"; null if the person cancels. */
    private static Path choose() throws Exception {
        Path dir = bundledScenarios();
        Map<String, Path> files = new LinkedHashMap<>();
        if (dir != null) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(p -> p.toString().matches(".*\\.ya?ml$")).filter(p -> !p.startsWith(dir.resolve("organism")))
                        .sorted()
                        .forEach(p -> files.put("scenarios/" + dir.relativize(p).toString().replace('\\', '/'), p));
            } catch (IOException e) {
                // offer the file chooser only
            }
        }
        List<String> options = new ArrayList<>(files.keySet());
        options.add(OTHER_FILE);
        String first = files.containsKey(DEFAULT_CHOICE) ? DEFAULT_CHOICE : options.get(0);
        Path[] chosen = new Path[1];
        SwingUtilities.invokeAndWait(() -> {
            Object pick = options.size() == 1 ? OTHER_FILE : JOptionPane.showInputDialog(null,
                    "Scenario to open", "ReceptorSim", JOptionPane.QUESTION_MESSAGE, null, options.toArray(),
                    first);
            if (OTHER_FILE.equals(pick)) {
                JFileChooser chooser = new JFileChooser(dir != null ? dir.toFile() : Path.of(".").toFile());
                chooser.setFileFilter(new FileNameExtensionFilter("Scenarios (*.yaml, *.yml)", "yaml", "yml"));
                if (chooser.showOpenDialog(null) == JFileChooser.APPROVE_OPTION) {
                    chosen[0] = chooser.getSelectedFile().toPath();
                }
            } else if (pick != null) {
                chosen[0] = files.get((String) pick);
            }
        });
        return chosen[0];
    }
}
