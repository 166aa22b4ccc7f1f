package org.receptorsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.receptorsim.ensemble.EnsembleRunner;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.scenario.Scenario;
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
    private FigureOptions figures;

    @Option(names = "--per-replicate", description = "Also keep every cell's time series (replicates/rNNNNNN.csv).")
    private boolean perReplicate;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = options.load(KineticsEngine.COHORT);
        KineticsEngine e = scenario.engine();
        int n = parallel.replicates(scenario.replicates());
        int t = parallel.threads();
        parallel.checkResume(options);
        Path target = options.target(scenario.name(), "ensemble-");
        EnsembleRunner runner = new EnsembleRunner(scenario, target,
                new EnsembleRunner.Options(n, t, parallel.resume, perReplicate));
        runner.figureFormats(figures.formats());
        PrintWriter o = spec.commandLine().getOut();
        boolean terminal = System.console() != null;
        EnsembleRunner.Outcome outcome = ParallelOptions.cancellable(runner::cancel, () -> {
            try (ProgressBar bar = terminal ? new ProgressBarBuilder().setTaskName(scenario.name())
                    .setInitialMax(n).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).build() : null) {
                return runner.run(done -> {
                    if (bar != null) {
                        bar.stepTo(done);
                    }
                });
            }
        });
        if (!outcome.complete()) {
            o.printf(Locale.ROOT, "interrupted: %d of %d cells done, partial results in %s (resume with --resume "
                    + "--out %s)%n", outcome.replicatesDone(), n, outcome.directory(), target);
            return INTERRUPTED;
        }
        o.printf(Locale.ROOT, "%s: %d cells (seed %d, %s engine, %d threads) -> %s%n", scenario.name(), n,
                scenario.seed(), e.name().toLowerCase(Locale.ROOT).replace('_', '-'), t, outcome.directory());
        return 0;
    }
}
