package org.receptorsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.SweepPlan;
import org.receptorsim.sweep.SweepRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code receptorsim sweep SCENARIO}: an ensemble at every point of the scenario's sweep, with CIs and heat maps. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run the scenario's parameter sweep (grid or Latin hypercube): an ensemble per point with common "
                + "random numbers; write sweep.csv, sweep.json, heat maps sweep-<arm>.png and points/pNNNN/.")
final class SweepCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioOptions options;

    @Mixin
    private ParallelOptions parallel;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = options.load(KineticsEngine.COHORT);
        if (scenario.sweep() == null) {
            throw new ReceptorSimCommand.UserException(options.scenarioFile + ": no 'sweep' section");
        }
        SweepPlan plan = SweepPlan.resolve(scenario, scenario.sweep());
        plan = new SweepPlan(plan.axes(), plan.points(), plan.metric(), parallel.replicates(plan.replicates()));
        parallel.checkResume(options);
        Path target = options.target(scenario.name(), "sweep-");
        SweepRunner runner = new SweepRunner(scenario, plan, target, parallel.threads(), parallel.resume);
        PrintWriter o = spec.commandLine().getOut();
        int total = plan.points().size();
        boolean complete = ParallelOptions.cancellable(runner::cancel, () -> runner.run(done -> {
            if (System.console() != null) {
                o.printf(Locale.ROOT, "\rpoint %d of %d", done, total);
                o.flush();
            }
        }));
        if (!complete) {
            o.printf(Locale.ROOT, "%ninterrupted: partial sweep in %s (resume with --resume --out %s)%n",
                    runner.partialDirectory(), target);
            return EnsembleCommand.INTERRUPTED;
        }
        o.printf(Locale.ROOT, "%n%s: %d points x %d cells (seed %d) -> %s%n", scenario.name(), total,
                plan.replicates(), scenario.seed(), target);
        return 0;
    }
}
