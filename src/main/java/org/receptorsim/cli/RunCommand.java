package org.receptorsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.receptorsim.analysis.ArmSummary;
import org.receptorsim.metrics.ToleranceMetrics;
import org.receptorsim.model.ArmResult;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.output.OutputClaim;
import org.receptorsim.output.RunWriter;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.simulation.RunEstimate;
import org.receptorsim.simulation.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code receptorsim run SCENARIO}: simulates one cell per arm and writes the four result files. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run one cell per arm of a scenario; write timeseries.csv, summary.json, summary.csv, manifest.json and "
                + "the timeseries figure (PNG, SVG and/or PDF) and report.html to output/<scenario>-<timestamp>/.")
final class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioOptions options;

    @Mixin
    private FigureOptions figures;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        RunWriter.prepare();
        Scenario scenario = options.load(KineticsEngine.EVENT);
        options.checkResources(RunEstimate.of(scenario, 1, 1, RunEstimate.Keeps.CELLS_IN_PROGRESS));
        var formats = figures.formats();
        Path target = options.target(scenario.name(), "");
        List<RunWriter.ArmMetrics> written;
        long t1;
        long t2;
        try (OutputClaim claim = Outputs.claim(target, spec)) {
            t1 = System.nanoTime();
            List<ArmResult> results = ScenarioRunner.run(scenario);
            t2 = System.nanoTime();
            written = RunWriter.write(target, scenario, results, formats);
        }
        long t3 = System.nanoTime();
        var o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%s (seed %d) -> %s%n", scenario.name(), scenario.seed(), target);
        for (RunWriter.ArmMetrics m : written) {
            ArmSummary s = m.summary();
            ToleranceMetrics t = m.tolerance();
            o.printf(Locale.ROOT, "  %-12s peak G %.3f at %.0f s; end %.3f", s.arm(), s.peakSignal(),
                    s.peakTimeSeconds(), s.signalAtEnd());
            if (!Double.isNaN(t.tachyphylaxisPercent())) {
                o.printf(Locale.ROOT, "; tachyphylaxis %.1f %%", t.tachyphylaxisPercent());
            }
            if (s.surfaceLossPercentAt30min() != null) {
                o.printf(Locale.ROOT, "; surface loss at 30 min %.1f %%", s.surfaceLossPercentAt30min());
            }
            if (!Double.isNaN(t.finalEc50FoldShift())) {
                o.printf(Locale.ROOT, "; EC50 shift %.2fx, Emax loss %.1f %%", t.finalEc50FoldShift(),
                        t.finalEmaxLossPercent());
            }
            if (!Double.isNaN(t.overshootPeak())) {
                o.printf(Locale.ROOT, "; cAMP after withdrawal peaks at %.2fx control", t.overshootPeak());
            }
            o.println();
        }
        o.printf(Locale.ROOT, "  time: set-up %.2f s, simulation %.2f s, results and figures %.2f s (after %.2f s of "
                + "JVM start)%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9,
                (System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime())
                        / 1e3 - (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
