package org.receptorsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.receptorsim.cluster.ShardManifest;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.replicates.Shard;
import org.receptorsim.output.OutputClaim;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioVariant;
import org.receptorsim.scenario.SweepPlan;
import org.receptorsim.simulation.RunEstimate;
import org.receptorsim.sweep.SweepOutput;
import org.receptorsim.sweep.SweepRow;
import org.receptorsim.sweep.SweepRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code receptorsim sweep SCENARIO}: an ensemble at every point of the scenario's sweep (common random numbers),
 * with a table of every metric's mean and 95 %% CI and heat maps; resumable like {@code ensemble}.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run the scenario's parameter sweep (grid or Latin hypercube): an ensemble per point with common "
                + "random numbers; write sweep.csv, sweep.json, heat maps sweep-<arm>.png, report.html and "
                + "points/pNNNN/.")
final class SweepCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioOptions options;

    @Mixin
    private ParallelOptions parallel;

    @Mixin
    private ResumeOption resume;

    @Mixin
    private FigureOptions figures;

    @Mixin
    private ShardOption sharding;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = options.load(KineticsEngine.COHORT);
        if (scenario.sweep() == null) {
            throw new ReceptorSimCommand.UserException(options.scenarioFile + ": no 'sweep' section (see README, "
                    + "Scenarios)");
        }
        SweepPlan plan = SweepPlan.resolve(scenario, scenario.sweep());
        plan = plan.withReplicates(parallel.replicates(plan.replicates()));
        PrintWriter o = spec.commandLine().getOut();
        int threads = parallel.threads(o);
        resume.check(options);
        RunEstimate estimate = null;
        for (int i = 0; i < plan.points().size(); i++) {
            RunEstimate point = RunEstimate.of(plan.scenarioAt(scenario, i), plan.replicates(), threads,
                    RunEstimate.Keeps.ENSEMBLE_STATISTICS);
            estimate = estimate == null ? point : estimate.then(point);
        }
        options.checkResources(estimate);
        Path target = options.target(scenario.name(), "sweep-");
        SweepRunner runner = new SweepRunner(scenario, plan, target, threads, resume.resume);
        runner.figureFormats(figures.formats());
        Shard shard = sharding.shard();
        if (shard != null) {
            ShardManifest manifest = ShardOption.manifest("sweep", shard, runner.fingerprint(), plan.replicates(),
                    plan.points().size(), options, scenario, false, figures.formats());
            runner.shard(shard, manifest::write);
        }
        int total = shard == null ? plan.points().size() : shard.size(plan.points().size());
        int cells = plan.replicates();
        o.printf(Locale.ROOT, "%s: %d points x %d cells (seed %d, %s engine, %d threads)%n", scenario.name(), total,
                cells, scenario.seed(), scenario.engine().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                threads);
        o.flush();
        try (OutputClaim claim = Outputs.claim(target, spec);
             StopOnSignal stop = StopOnSignal.install(runner::cancel, spec.commandLine().getErr())) {
            int[] pointsDone = {0};
            boolean complete;
            try (TerminalProgress bar = TerminalProgress.start(scenario.name(), (long) total * cells)) {
                complete = runner.run(done -> {
                    pointsDone[0] = done;
                    bar.stepTo((long) done * cells);
                }, (point, done) -> {
                    bar.note(String.format(Locale.ROOT, "point %d of %d", pointsDone[0] + 1, total));
                    bar.stepTo((long) pointsDone[0] * cells + done);
                });
            }
            if (!complete) {
                o.printf(Locale.ROOT, "interrupted: %d of %d points done, partial sweep in %s (resume with --resume "
                        + "--out %s)%n", pointsDone[0], total, runner.partialDirectory(), target);
                o.flush();
                return EnsembleCommand.INTERRUPTED;
            }
            if (shard != null) {
                o.printf(Locale.ROOT, "shard %s: %d of %d points -> %s (merge all %d shards with receptorsim merge)%n",
                        shard.label(), total, plan.points().size(), target, shard.count());
                return 0;
            }
            printTable(o, scenario, plan, SweepOutput.read(target, scenario, plan));
            o.printf(Locale.ROOT, "-> %s%n", target);
            return 0;
        }
    }

    /** The mapped metric per point and arm, as a short table. */
    private static void printTable(PrintWriter o, Scenario scenario, SweepPlan plan, List<SweepRow> rows) {
        String metric = SweepOutput.shownMetric(plan, rows);
        o.printf(Locale.ROOT, "%s (mean ± 95 %% CI)%n", metric);
        for (SweepRow r : rows) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  p%04d", r.point()));
            List<Object> values = plan.points().get(r.point() - 1);
            for (int k = 0; k < values.size(); k++) {
                line.append("  ").append(plan.axes().get(k).parameter()).append(" = ")
                        .append(ScenarioVariant.label(values.get(k)));
            }
            if (scenario.arms().size() > 1) {
                line.append("  [").append(r.arm()).append(']');
            }
            line.append(String.format(Locale.ROOT, ":  %.4g ± %.2g", r.mean(metric), r.halfWidth(metric)));
            o.println(line);
        }
    }
}
