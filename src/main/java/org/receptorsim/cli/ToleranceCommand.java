package org.receptorsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.receptorsim.model.ArmResult;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.metrics.ToleranceMetrics;
import org.receptorsim.output.ToleranceWriter;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.simulation.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code receptorsim tolerance SCENARIO}: runs a chronic scenario (with challenge curves) on one or more cells per
 * arm and writes its tolerance metrics, the family of shifted curves and report.html.
 */
@Command(name = "tolerance", mixinStandardHelpOptions = true,
        description = "Run a chronic scenario and report its tolerance: EC50 fold shift and Emax loss of the challenge "
                + "curves over time, time to 50%% of the final tolerance, tachyphylaxis depth and half-time, "
                + "withdrawal overshoot (peak, area, half-decay), receptor loss. Writes tolerance.csv/json, "
                + "challenges.png, tolerance.png and report.html to output/<scenario>-tolerance-<timestamp>/.")
final class ToleranceCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioOptions options;

    @Mixin
    private FigureOptions figures;

    @Option(names = "--replicates", defaultValue = "1", paramLabel = "N",
            description = "Cells per arm (replicate r uses stream r; default: ${DEFAULT-VALUE}).")
    private int replicates;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores).")
    private Integer threads;

    @Override
    public Integer call() {
        if (replicates < 1) {
            throw new ReceptorSimCommand.UserException("--replicates: expected a whole number >= 1, got " + replicates);
        }
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (t < 1) {
            throw new ReceptorSimCommand.UserException("--threads: expected a whole number >= 1, got " + t);
        }
        var formats = figures.formats();
        Scenario scenario = options.load(KineticsEngine.COHORT);
        Path target = options.target(scenario.name(), "tolerance-");
        if (Files.exists(target)) {
            throw new ReceptorSimCommand.UserException(target + ": output directory exists; choose another --out");
        }
        PrintWriter o = spec.commandLine().getOut();
        if (scenario.challenges() == null) {
            o.println("note: the scenario has no challenges: section; EC50 shift and Emax loss are not available");
        }
        long t0 = System.nanoTime();
        List<List<ArmResult>> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(t, replicates));
        try {
            List<Future<List<ArmResult>>> futures = new ArrayList<>();
            for (int r = 0; r < replicates; r++) {
                long rep = r;
                futures.add(pool.submit(() -> ScenarioRunner.run(scenario, rep)));
            }
            for (Future<List<ArmResult>> f : futures) {
                results.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReceptorSimCommand.UserException("interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("simulation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        List<List<ToleranceMetrics>> metrics = new ArrayList<>();
        for (List<ArmResult> rep : results) {
            metrics.add(rep.stream().map(a -> ToleranceMetrics.of(a, scenario.ligands())).toList());
        }
        String command = "receptorsim " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        Path written = ToleranceWriter.write(target, scenario, command, results, metrics, wall, formats);
        o.printf(Locale.ROOT, "%s (seed %d, %d cell%s per arm, %.1f s) -> %s%n", scenario.name(), scenario.seed(),
                replicates, replicates == 1 ? "" : "s", wall, written);
        for (int a = 0; a < metrics.get(0).size(); a++) {
            ToleranceMetrics m = metrics.get(0).get(a);
            double[] mean = new double[ToleranceMetrics.NAMES.size()];
            for (List<ToleranceMetrics> rep : metrics) {
                double[] v = rep.get(a).values();
                for (int k = 0; k < v.length; k++) {
                    mean[k] += v[k] / metrics.size();
                }
            }
            o.printf(Locale.ROOT, "  %-14s", m.arm());
            List<String> parts = new ArrayList<>();
            for (int k = 0; k < mean.length; k++) {
                if (Double.isFinite(mean[k])) {
                    parts.add(String.format(Locale.ROOT, "%s %.3g", ToleranceMetrics.LABELS.get(k), mean[k]));
                }
            }
            o.println(String.join("; ", parts));
        }
        return 0;
    }
}
