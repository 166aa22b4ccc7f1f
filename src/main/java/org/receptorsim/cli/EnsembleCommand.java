package org.receptorsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.receptorsim.cluster.ShardManifest;
import org.receptorsim.ensemble.EnsembleRunner;
import org.receptorsim.replicates.Shard;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.output.OutputClaim;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.simulation.RunEstimate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code receptorsim ensemble SCENARIO}: many cells in parallel, reproducible whatever the thread count, resumable
 * after an interruption (Ctrl-C stops cleanly, leaving a partial run to resume with {@code --resume}).
 */
@Command(name = "ensemble", mixinStandardHelpOptions = true,
        description = "Run an ensemble of independent cells (cell-to-cell variability from the scenario) and write "
                + "ensemble.csv (mean, SD, 5/25/50/75/95 %% of every series), replicates.csv, summary.json (95 %% CIs), "
                + "summary.csv, comparisons.csv (each arm vs the first), "
                + "manifest.json, the ensemble figure and report.html.")
final class EnsembleCommand implements Callable<Integer> {

    /** Exit code when the run was interrupted and left partial. */
    static final int INTERRUPTED = 130;

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

    @Option(names = "--per-replicate", description = "Also keep every cell's time series (replicates/rNNNNNN.csv).")
    private boolean perReplicate;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = options.load(KineticsEngine.COHORT);
        KineticsEngine e = scenario.engine();
        int n = parallel.replicates(scenario.replicates());
        PrintWriter o = spec.commandLine().getOut();
        int t = parallel.threads(o);
        resume.check(options);
        options.checkResources(RunEstimate.of(scenario, n, t, RunEstimate.Keeps.ENSEMBLE_STATISTICS));
        Path target = options.target(scenario.name(), "ensemble-");
        Shard shard = sharding.shard();
        EnsembleRunner runner = new EnsembleRunner(scenario, target,
                new EnsembleRunner.Options(n, t, resume.resume, perReplicate, shard));
        runner.figureFormats(figures.formats());
        if (shard != null) {
            ShardManifest manifest = ShardOption.manifest("ensemble", shard, EnsembleRunner.fingerprint(scenario, n),
                    n, n, options, scenario, perReplicate, figures.formats());
            runner.shardDescription(manifest::write);
        }
        int cells = shard == null ? n : shard.size(n);
        try (OutputClaim claim = Outputs.claim(target, spec);
             StopOnSignal stop = StopOnSignal.install(runner::cancel, spec.commandLine().getErr())) {
            EnsembleRunner.Outcome outcome;
            try (TerminalProgress bar = TerminalProgress.start(scenario.name(), cells)) {
                outcome = runner.run(bar::stepTo);
            }
            if (outcome.damagedRecomputed() > 0) {
                o.printf(Locale.ROOT, "note: %d cell file(s) of the interrupted run were empty, damaged or of an "
                        + "earlier format and were computed again%n", outcome.damagedRecomputed());
            }
            if (!outcome.complete()) {
                o.printf(Locale.ROOT, "interrupted: %d of %d cells done, partial results in %s (resume with --resume "
                        + "--out %s)%n", outcome.replicatesDone(), cells, outcome.directory(), target);
                o.flush();
                return INTERRUPTED;
            }
            o.printf(Locale.ROOT, "%s: %d cells%s (seed %d, %s engine, %d threads) -> %s%n", scenario.name(), cells,
                    shard == null ? "" : " of " + n + ", shard " + shard.label(), scenario.seed(), e.name().toLowerCase(Locale.ROOT).replace('_', '-'), t, outcome.directory());
            return 0;
        }
    }
}
