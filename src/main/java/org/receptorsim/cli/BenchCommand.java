package org.receptorsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;
import org.receptorsim.simulation.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code receptorsim bench}: throughput of both kinetics engines on the benchmark scenario. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the kinetics engines on scenarios/benchmark.yaml (10,000 receptors, morphine 1 uM, "
                + "24 h, dt 1 s): transitions per second, cell-hours per wall-second on 1 and 2 threads, peak heap.")
final class BenchCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    private LibraryOptions libraryOptions;

    @Spec
    private CommandSpec spec;

    @Option(names = "--scenario", defaultValue = "scenarios/benchmark.yaml", paramLabel = "FILE",
            description = "Benchmark scenario (default: ${DEFAULT-VALUE}).")
    private Path scenarioFile;

    @Option(names = "--hours", paramLabel = "H",
            description = "Simulate only this many hours per cell (default: the scenario's duration).")
    private Double hours;

    @Option(names = "--cohort-cells", defaultValue = "48", description = "Cells per multi-thread cohort measurement (default 48).")
    private int cohortCells;

    @Option(names = "--per-receptor-cells", defaultValue = "2",
            description = "Cells per multi-thread per-receptor measurement (default 2).")
    private int perReceptorCells;

    @Override
    public Integer call() throws Exception {
        if (hours != null && !(hours > 0 && hours <= 1e4)) {
            throw new ReceptorSimCommand.UserException("--hours: expected a number of hours > 0 (at most 10000), got "
                    + hours);
        }
        if (cohortCells < 1 || perReceptorCells < 1 || cohortCells > 100_000 || perReceptorCells > 100_000) {
            throw new ReceptorSimCommand.UserException("--cohort-cells and --per-receptor-cells: expected whole "
                    + "numbers from 1 to 100000, got " + cohortCells + " and " + perReceptorCells);
        }
        Scenario scenario = new ScenarioLoader(libraryOptions.library()).load(scenarioFile);
        if (hours != null) {
            scenario = scenario.cappedAt(hours * 3600);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "benchmark: %s, %.3g h per cell, dt %s s, %d CPU%n", scenario.name(),
                scenario.durationSeconds() / 3600, scenario.dtSeconds(), Runtime.getRuntime().availableProcessors());
        o.printf(Locale.ROOT, "%-13s %7s %5s %9s %14s %16s %12s%n", "engine", "threads", "cells", "wall s",
                "transitions/s", "cell-hours/s", "peak heap MB");
        Benchmark.measure(scenario.cappedAt(600), KineticsEngine.COHORT, 1, 1); // warm-up
        double[] single = new double[2];
        for (KineticsEngine engine : List.of(KineticsEngine.PER_RECEPTOR, KineticsEngine.COHORT)) {
            int cells = engine == KineticsEngine.COHORT ? cohortCells : perReceptorCells;
            Benchmark.Measurement one = Benchmark.measure(scenario, engine, 1, 1);
            print(o, one);
            single[engine.ordinal()] = one.cellHoursPerSecond();
            Benchmark.Measurement t1 = Benchmark.measure(scenario, engine, cells, 1);
            print(o, t1);
            Benchmark.Measurement t2 = Benchmark.measure(scenario, engine, cells, 2);
            print(o, t2);
            o.printf(Locale.ROOT, "  %s: 2 threads / 1 thread = %.2fx%n", name(engine),
                    t2.cellHoursPerSecond() / t1.cellHoursPerSecond());
        }
        o.printf(Locale.ROOT, "cohort / per-receptor (one cell, one thread) = %.1fx%n", single[1] / single[0]);
        return 0;
    }

    private static String name(KineticsEngine e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void print(PrintWriter o, Benchmark.Measurement m) {
        o.printf(Locale.ROOT, "%-13s %7d %5d %9.2f %14.3g %16.3g %12.0f%n", name(m.engine()), m.threads(), m.cells(),
                m.wallSeconds(), m.transitionsPerSecond(), m.cellHoursPerSecond(), m.peakHeapBytes() / 1e6);
        o.flush();
    }
}
