package org.receptorsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.receptorsim.analysis.ArmSummary;
import org.receptorsim.checkpoint.CheckpointedRun;
import org.receptorsim.checkpoint.Checkpoints;
import org.receptorsim.metrics.ToleranceMetrics;
import org.receptorsim.model.ArmResult;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.output.OutputClaim;
import org.receptorsim.output.RunWriter;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.units.Duration;
import org.receptorsim.simulation.ArmsSimulation;
import org.receptorsim.simulation.RunEstimate;
import org.receptorsim.simulation.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

    @Option(names = "--checkpoint-every", paramLabel = "TIME",
            description = "Save the cells every TIME of simulated time (e.g. 1h, 30 min) as MASON checkpoints in "
                    + "<out>-checkpoints/, to resume (--resume-from) or branch from later.")
    private String checkpointEvery;

    @Option(names = "--resume-from", paramLabel = "FILE",
            description = "Go on from a checkpoint written by --checkpoint-every with the same scenario, library "
                    + "files, seed and engine; the results are those of the uninterrupted run.")
    private Path resumeFrom;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        RunWriter.prepare();
        Scenario scenario = options.load(KineticsEngine.EVENT);
        options.checkResources(RunEstimate.of(scenario, 1, 1, RunEstimate.Keeps.CELLS_IN_PROGRESS));
        var formats = figures.formats();
        double every = checkpointEvery == null ? 0 : checkpointSeconds(scenario);
        ArmsSimulation resumed = null;
        if (resumeFrom != null) {
            resumed = Checkpoints.read(resumeFrom);
            ArmsSimulation.Origin origin = options.origin(scenario);
            var why = Checkpoints.mismatch(resumed.origin(), origin);
            if (why.isPresent()) {
                throw new ReceptorSimCommand.UserException(resumeFrom + ": cannot resume " + options.scenarioFile
                        + " from it: " + why.get());
            }
        }
        Path target = options.target(scenario.name(), "");
        Path checkpoints = target.resolveSibling(target.getFileName() + "-checkpoints");
        List<RunWriter.ArmMetrics> written;
        long t1;
        long t2;
        try (OutputClaim claim = Outputs.claim(target, spec)) {
            t1 = System.nanoTime();
            List<ArmResult> results;
            if (every == 0 && resumed == null) {
                results = ScenarioRunner.run(scenario);
            } else {
                ArmsSimulation simulation = resumed;
                if (simulation == null) {
                    simulation = ArmsSimulation.of(scenario, options.origin(scenario));
                    simulation.start();
                } else {
                    spec.commandLine().getOut().printf(Locale.ROOT, "resuming from %s at %.0f s%n", resumeFrom,
                            simulation.timeSeconds());
                }
                CheckpointedRun run = new CheckpointedRun(simulation, every > 0 ? every : Double.POSITIVE_INFINITY,
                        scenario.durationSeconds(), scenario.outputIntervalSeconds(), checkpoints);
                CheckpointedRun.Outcome outcome;
                try (StopOnSignal stop = StopOnSignal.install(run::cancel, spec.commandLine().getErr())) {
                    outcome = run.run(file -> spec.commandLine().getOut().println("  checkpoint " + file));
                    if (outcome instanceof CheckpointedRun.Stopped stopped) {
                        var o = spec.commandLine().getOut();
                        o.printf(Locale.ROOT, "interrupted at %.0f s of simulated time, saved in %s (resume with "
                                + "--resume-from %s)%n", stopped.timeSeconds(), stopped.checkpoint(),
                                stopped.checkpoint());
                        o.flush();
                        return EnsembleCommand.INTERRUPTED;
                    }
                }
                results = ((CheckpointedRun.Finished) outcome).results();
            }
            t2 = System.nanoTime();
            written = RunWriter.write(target, scenario, results, formats);
        }
        long t3 = System.nanoTime();
        var o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%s (seed %d) -> %s%n", scenario.name(), scenario.seed(), target);
        printArms(o, written);
        // set-up counts from the entry to main (the command line's own start-up included); JVM start is before it
        long entered = ReceptorSimCommand.mainEnteredNanos != 0 ? ReceptorSimCommand.mainEnteredNanos : t0;
        long jvmStartMillis = ReceptorSimCommand.mainEnteredMillis != 0 ? ReceptorSimCommand.mainEnteredMillis
                - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime() : 0;
        o.printf(Locale.ROOT, "  time: set-up %.2f s, simulation %.2f s, results and figures %.2f s (after %.2f s of "
                + "JVM start)%n", (t1 - entered) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, jvmStartMillis / 1e3);
        return 0;
    }

    /** One line per arm: peak and end signal and the tolerance metrics the arm has. */
    static void printArms(java.io.PrintWriter o, List<RunWriter.ArmMetrics> written) {
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
    }

    private double checkpointSeconds(Scenario scenario) {
        double seconds;
        try {
            seconds = Duration.parse(checkpointEvery).seconds();
        } catch (IllegalArgumentException e) {
            throw new ReceptorSimCommand.UserException("--checkpoint-every: expected a time such as 1h or 30 min, got '"
                    + checkpointEvery + "' (" + e.getMessage() + ")");
        }
        if (!(seconds >= scenario.dtSeconds())) {
            throw new ReceptorSimCommand.UserException("--checkpoint-every: expected a time of at least one step ("
                    + scenario.dtSeconds() + " s), got '" + checkpointEvery + "'");
        }
        return seconds;
    }
}
