package org.receptorsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import org.receptorsim.gui.ReceptorSimWithUI;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code receptorsim gui [SCENARIO]}: the MASON console with the animated cell, live charts and dosing. Without a
 * scenario it offers the bundled ones. Needs a display.
 */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the MASON console on a scenario: the cell display, live charts and a dosing window.")
final class GuiCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario YAML file (default: choose).")
    private Path scenarioFile;

    @Option(names = "--arm", paramLabel = "NAME", description = "Arm to show (default: the first).")
    private String arm;

    @Override
    public Integer call() throws Exception {
        System.setProperty("java.awt.headless", "false");
        if (java.awt.GraphicsEnvironment.isHeadless()) {
            throw new ReceptorSimCommand.UserException("gui: no display (set DISPLAY, or use xvfb-run); for pictures "
                    + "without a display use 'receptorsim snapshot'");
        }
        Path file = scenarioFile != null ? scenarioFile : choose();
        if (file == null) {
            return 0;
        }
        Scenario scenario = new ScenarioLoader(Library.bundled()).load(file);
        if (scenario.engine() == null) {
            scenario = scenario.withEngine(KineticsEngine.PER_RECEPTOR);
        }
        if (arm != null && scenario.arms().stream().noneMatch(a -> a.name().equals(arm))) {
            throw new ReceptorSimCommand.UserException("--arm: no arm '" + arm + "'");
        }
        Scenario chosen = scenario;
        SwingUtilities.invokeAndWait(() -> new ReceptorSimWithUI(chosen, arm).openConsole());
        new CountDownLatch(1).await(); // the console's Quit ends the program
        return 0;
    }

    private static Path choose() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("scenarios"))) {
            files = s.filter(p -> p.toString().matches(".*\\.ya?ml$")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new ReceptorSimCommand.UserException("gui: no scenarios in scenarios/");
        }
        Object[] choice = new Object[1];
        SwingUtilities.invokeAndWait(() -> choice[0] = JOptionPane.showInputDialog(null, "Scenario",
                "ReceptorSim", JOptionPane.QUESTION_MESSAGE, null, files.stream().map(Path::toString).toArray(),
                files.get(0).toString()));
        return choice[0] == null ? null : Path.of((String) choice[0]);
    }
}
