package org.receptorsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.receptorsim.model.ArmResult;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.metrics.ToleranceMetrics;
import org.receptorsim.output.OutputClaim;
import org.receptorsim.output.ToleranceWriter;
import org.receptorsim.replicates.ReplicateRunner;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.simulation.RunEstimate;
import org.receptorsim.simulation.ScenarioRunner;
import org.receptorsim.statistics.ArmComparison;
import org.receptorsim.statistics.ConfidenceInterval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code receptorsim tolerance SCENARIO}: runs a chronic scenario (with challenge curves) on one or more cells per
 * arm and writes its tolerance metrics, the family of shifted curves and report.html.
 */
@Command(name = "tolerance", mixinStandardHelpOptions = true,
        description = "Run a chronic scenario and report its tolerance: EC50 fold shift and Emax loss of the challenge "
                + "curves over time, time to 50%% of the final tolerance, tachyphylaxis depth and half-time, "
                + "withdrawal overshoot (peak, area, half-decay), receptor loss. Writes tolerance.csv/json, summary.csv, "
                + "comparisons.csv (each arm vs the first), "
                + "challenges.png, tolerance.png and report.html to output/<scenario>-tolerance-<timestamp>/.")
final class ToleranceCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioOptions options;

    @Mixin
    private ParallelOptions parallel;

    @Mixin
    private FigureOptions figures;

    @Override
    public Integer call() {
        var formats = figures.formats();
        PrintWriter o = spec.commandLine().getOut();
        int replicates = parallel.replicates(1);
        int t = parallel.threads(o);
        Scenario scenario = options.load(KineticsEngine.COHORT);
        options.checkResources(RunEstimate.of(scenario, replicates, t, RunEstimate.Keeps.EVERY_CELL));
        Path target = options.target(scenario.name(), "tolerance-");
        if (scenario.challenges() == null) {
            o.println("note: the scenario has no challenges: section; EC50 shift and Emax loss are not available");
        }
        double wall;
        List<List<ToleranceMetrics>> metrics = new ArrayList<>();
        Path written;
        try (OutputClaim claim = Outputs.claim(target, spec)) {
            long t0 = System.nanoTime();
            List<List<ArmResult>> results = new ReplicateRunner(Math.min(t, replicates))
                    .runAll(replicates, r -> ScenarioRunner.run(scenario, r));
            wall = (System.nanoTime() - t0) / 1e9;
            for (List<ArmResult> rep : results) {
                metrics.add(rep.stream().map(a -> ToleranceMetrics.of(a, scenario.ligands())).toList());
            }
            written = ToleranceWriter.write(target, scenario, Outputs.commandLine(spec), results, metrics, wall,
                    formats);
        }
        o.printf(Locale.ROOT, "%s (seed %d, %d cell%s per arm, %.1f s) -> %s%n", scenario.name(), scenario.seed(),
                replicates, replicates == 1 ? "" : "s", wall, written);
        List<String> arms = metrics.get(0).stream().map(ToleranceMetrics::arm).toList();
        Map<String, Map<String, ConfidenceInterval>> intervals = ToleranceWriter.intervals(arms, metrics);
        for (String arm : arms) {
            o.printf(Locale.ROOT, "  %-14s", arm);
            List<String> parts = new ArrayList<>();
            for (int k = 0; k < ToleranceMetrics.NAMES.size(); k++) {
                double mean = intervals.get(arm).get(ToleranceMetrics.NAMES.get(k)).mean();
                if (Double.isFinite(mean)) {
                    parts.add(String.format(Locale.ROOT, "%s %.3g", ToleranceMetrics.LABELS.get(k), mean));
                }
            }
            o.println(String.join("; ", parts));
        }
        for (ArmComparison c : ArmComparison.againstFirst(arms, ToleranceMetrics.NAMES, ToleranceMetrics.UNITS,
                ToleranceWriter.values(arms, metrics))) {
            if (!Double.isNaN(c.ciLow())) {
                o.printf(Locale.ROOT, "  %s - %s: %s %+.3g [%.3g, %.3g], Welch p %.2g%n", c.arm(), c.reference(),
                        ToleranceMetrics.LABELS.get(ToleranceMetrics.NAMES.indexOf(c.metric())), c.difference(),
                        c.ciLow(), c.ciHigh(), c.pValue());
            }
        }
        return 0;
    }
}
