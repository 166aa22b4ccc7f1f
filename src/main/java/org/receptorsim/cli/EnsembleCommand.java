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
                + "ensemble.csv (mean, SD, 5/25/50/75/95 % of every series), replicates.csv, summary.json (95 % CIs), "
                + "manifest.json and ensemble.png.")
final class EnsembleCommand implements Callable<Integer> {

    /** Exit code when the run was interrupted and left partial. */
    static final int INTERRUPTED = 130;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioOptions options;

    @Option(names = "--replicates", paramLabel = "N", description = "Number of cells (default: the scenario's, else 100).")
    private Integer replicates;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores).")
    private Integer threads;

    @Option(names = "--resume", description = "Resume the interrupted run in --out DIR.")
    private boolean resume;

    @Option(names = "--per-replicate", description = "Also keep every cell's time series (replicates/rNNNNNN.csv).")
    private boolean perReplicate;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = options.load(KineticsEngine.COHORT);
        KineticsEngine e = scenario.engine();
        int n = replicates != null ? replicates : scenario.replicates();
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1 || t < 1) {
            throw new ReceptorSimCommand.UserException("--replicates and --threads: expected whole numbers >= 1");
        }
        if (resume && options.out == null) {
            throw new ReceptorSimCommand.UserException("--resume: give the interrupted run's --out DIR");
        }
        Path target = options.target(scenario.name(), "ensemble-");
        EnsembleRunner runner = new EnsembleRunner(scenario, target,
                new EnsembleRunner.Options(n, t, resume, perReplicate));
        Thread hook = new Thread(runner::cancel);
        Runtime.getRuntime().addShutdownHook(hook);
        PrintWriter o = spec.commandLine().getOut();
        EnsembleRunner.Outcome outcome;
        boolean terminal = System.console() != null;
        try (ProgressBar bar = terminal ? new ProgressBarBuilder().setTaskName(scenario.name()).setInitialMax(n)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).build() : null) {
            outcome = runner.run(done -> {
                if (bar != null) {
                    bar.stepTo(done);
                }
            });
        } catch (IllegalStateException ex) {
            throw new ReceptorSimCommand.UserException(ex.getMessage());
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting after Ctrl-C: the runner has been told to stop
            }
        }
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
