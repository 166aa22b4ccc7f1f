package org.receptorsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.receptorsim.checkpoint.Branches;
import org.receptorsim.checkpoint.Checkpoints;
import org.receptorsim.model.ArmResult;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.output.OutputClaim;
import org.receptorsim.output.RunWriter;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.simulation.ArmsSimulation;
import org.receptorsim.simulation.RunEstimate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code receptorsim branch BRANCH.yaml --from CHECKPOINT}: new arms (a branch scenario's protocols) started from a
 * cell saved by {@code run --checkpoint-every}, written as {@code run} writes its results.
 */
@Command(name = "branch", mixinStandardHelpOptions = true,
        description = "Start the arms of a branch scenario (e.g. naloxone, a challenge, recovery) from a cell saved by "
                + "run --checkpoint-every: each arm's time 0 is the time the cell was saved; it starts from the saved "
                + "receptor counts per state, signalling and transmitter pool, on the saved cell. Writes what run "
                + "writes.")
final class BranchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioOptions options;

    @Mixin
    private FigureOptions figures;

    @Option(names = "--from", required = true, paramLabel = "CHECKPOINT",
            description = "A checkpoint file written by run --checkpoint-every.")
    private Path from;

    @Option(names = "--arm", paramLabel = "NAME",
            description = "The saved arm to branch from (needed when the checkpoint holds several).")
    private String arm;

    @Override
    public Integer call() {
        Scenario branch = options.load(KineticsEngine.EVENT);
        options.checkResources(RunEstimate.of(branch, 1, 1, RunEstimate.Keeps.CELLS_IN_PROGRESS));
        var formats = figures.formats();
        ArmsSimulation saved = Checkpoints.read(from);
        ArmsSimulation cells = Branches.of(saved, arm, branch);
        Path target = options.target(branch.name(), "");
        List<RunWriter.ArmMetrics> written;
        try (OutputClaim claim = Outputs.claim(target, spec)) {
            cells.start();
            List<ArmResult> results = cells.runToEnd();
            written = RunWriter.write(target, branch, results, formats);
        }
        var o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%s (seed %d), branched from %s%s at %.0f s -> %s%n", branch.name(), branch.seed(),
                from, arm == null ? "" : " (arm " + arm + ")", saved.timeSeconds(), target);
        RunCommand.printArms(o, written);
        return 0;
    }
}
