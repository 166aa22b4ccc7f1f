package org.receptorsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.receptorsim.figure.Png;
import org.receptorsim.gui.CellView;
import org.receptorsim.model.CellSimulation;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.output.OutputClaim;
import org.receptorsim.output.RunDirectory;
import org.receptorsim.scenario.Arm;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.simulation.CellFactory;
import org.receptorsim.simulation.RunEstimate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code receptorsim snapshot SCENARIO --at 0,300,1800 [--frames N]}: PNG pictures of the cell at given simulated
 * times, rendered without a display with the same portrayals a GUI uses.
 */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Render the cell (receptors coloured by state in their compartments) to PNG at simulated times; "
                + "no display needed.")
final class SnapshotCommand implements Callable<Integer> {

    /** Most frames and largest picture (pixels a side) accepted. */
    private static final int MAX_FRAMES = 10_000;
    private static final int MAX_SIZE = 8_000;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioOptions options;

    @Option(names = "--at", split = ",", paramLabel = "SECONDS", description = "Simulated times in seconds, e.g. 0,300,1800.")
    private List<Double> at;

    @Option(names = "--frames", paramLabel = "N", description = "Also N evenly spaced frames over the whole run.")
    private Integer frames;

    @Option(names = "--arm", paramLabel = "NAME", description = "Arm to show (default: the first).")
    private String armName;

    @Option(names = "--size", defaultValue = "800", paramLabel = "PX", description = "Picture size in pixels (default 800).")
    private int size;

    @Option(names = "--rings", description = "Ring receptors that hold a ligand.")
    private boolean rings;

    @Override
    public Integer call() {
        Scenario scenario = options.load(KineticsEngine.EVENT);
        Arm arm = armName == null ? scenario.arms().get(0) : scenario.arms().stream()
                .filter(a -> a.name().equals(armName)).findFirst().orElseThrow(() ->
                        new ReceptorSimCommand.UserException("--arm: no arm '" + armName + "', expected one of "
                                + scenario.arms().stream().map(Arm::name).toList()));
        TreeSet<Double> times = new TreeSet<>();
        if (at != null) {
            for (double t : at) {
                if (!(t >= 0) || t > scenario.durationSeconds()) {
                    throw new ReceptorSimCommand.UserException("--at: expected times in [0, "
                            + scenario.durationSeconds() + "] s, got " + t);
                }
                times.add(t);
            }
        }
        if (frames != null) {
            if (frames < 1 || frames > MAX_FRAMES) {
                throw new ReceptorSimCommand.UserException("--frames: expected a whole number from 1 to " + MAX_FRAMES
                        + ", got " + frames);
            }
            for (int i = 0; i < frames; i++) {
                times.add(frames == 1 ? 0 : scenario.durationSeconds() * i / (frames - 1));
            }
        }
        if (times.isEmpty()) {
            throw new ReceptorSimCommand.UserException("give --at times and/or --frames");
        }
        if (size < 100 || size > MAX_SIZE) {
            throw new ReceptorSimCommand.UserException("--size: expected 100 to " + MAX_SIZE + " pixels, got " + size);
        }
        options.checkResources(RunEstimate.of(scenario.cappedAt(times.last()), 1, 1,
                RunEstimate.Keeps.CELLS_IN_PROGRESS));
        Path target = options.target(scenario.name(), "snapshot-");
        PrintWriter o = spec.commandLine().getOut();
        try (OutputClaim claim = Outputs.claim(target, spec); RunDirectory dir = RunDirectory.create(target)) {
            CellSimulation cell = CellFactory.cell(scenario, arm, 0);
            cell.start();
            CellView view = new CellView();
            view.setLigandRings(rings);
            int k = 0;
            for (double t : times) {
                cell.advanceTo(t);
                String name = String.format(Locale.ROOT, "frame-%04d-t%07.0fs.png", k++, cell.timeSeconds());
                Png.write(view.render(cell, size), dir.file(name), 0);
            }
            dir.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        o.printf(Locale.ROOT, "%s (%s): %d frames -> %s%n", scenario.name(), arm.name(), times.size(), target);
        return 0;
    }
}
