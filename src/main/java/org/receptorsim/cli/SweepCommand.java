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
import picocli.CommandLine.Option;
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

    @Option(names = "--replicates", paramLabel = "N", description = "Cells per point (default: the sweep's).")
    private Integer replicates;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores).")
    private Integer threads;

    @Option(names = "--resume", description = "Resume the interrupted sweep in --out DIR.")
    private boolean resume;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = options.load(KineticsEngine.COHORT);
        if (scenario.sweep() == null) {
            throw new ReceptorSimCommand.UserException(options.scenarioFile + ": no 'sweep' section");
        }
        SweepPlan plan = SweepPlan.resolve(scenario, scenario.sweep());
        if (replicates != null) {
            if (replicates < 1) {
                throw new ReceptorSimCommand.UserException("--replicates: expected a whole number >= 1");
            }
            plan = new SweepPlan(plan.axes(), plan.points(), plan.metric(), replicates);
        }
        if (resume && options.out == null) {
            throw new ReceptorSimCommand.UserException("--resume: give the interrupted sweep's --out DIR");
        }
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Path target = options.target(scenario.name(), "sweep-");
        SweepRunner runner = new SweepRunner(scenario, plan, target, Math.max(1, t), resume);
        Thread hook = new Thread(runner::cancel);
        Runtime.getRuntime().addShutdownHook(hook);
        PrintWriter o = spec.commandLine().getOut();
        int total = plan.points().size();
        boolean complete;
        try {
            complete = runner.run(done -> {
                if (System.console() != null) {
                    o.printf(Locale.ROOT, "\rpoint %d of %d", done, total);
                    o.flush();
                }
            });
        } catch (IllegalStateException e) {
            throw new ReceptorSimCommand.UserException(e.getMessage());
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // exiting after Ctrl-C; the runner was told to stop
            }
        }
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
