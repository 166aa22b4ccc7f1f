package org.receptorsim.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.receptorsim.figure.FigureFormat;
import org.receptorsim.figure.ScalingChart;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.model.LeapWork;
import org.receptorsim.output.OutputClaim;
import org.receptorsim.output.RunDirectory;
import org.receptorsim.output.RunWriter;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;
import org.receptorsim.scenario.ScenarioVariant;
import org.receptorsim.scenario.Yaml;
import org.receptorsim.simulation.Benchmark;
import org.receptorsim.simulation.Benchmark.Measurement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code receptorsim bench}: the cost of the three kinetics engines on the benchmark cell, one cell and a
 * 100-cell ensemble on 1 and 2 threads, and its scaling with the number of receptors and the size of the receptor
 * chain; then the set-up and results of single runs of the scenario, each in a new JVM ({@link SingleRunTimes}); a
 * table on the console, {@code bench.json} and {@code bench.png} (and {@code bench-chain.png}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the kinetics engines (event, per-receptor, cohort) on scenarios/benchmark.yaml "
                + "(10,000 receptors, morphine 1 uM, dt 1 s): CPU seconds per cell-day, ns per receptor state change "
                + "(jumps counted as the event engine sees them, for every engine), cell-days per second per core "
                + "in an ensemble on 1 and 2 threads, scaling with receptors (1k-1M) and chain size (1, 3, 6 "
                + "ligands), peak heap; and where the time of single runs goes (set-up, simulation, results), each "
                + "run in a new JVM. Writes bench.json and bench.png.")
final class BenchCommand implements Callable<Integer> {

    /** Per-receptor runs above this many receptor-steps are skipped (they would take minutes). */
    private static final double MAX_PER_RECEPTOR_STEPS = 2e9;

    @picocli.CommandLine.Mixin
    private LibraryOptions libraryOptions;

    @Spec
    private CommandSpec spec;

    @Option(names = "--scenario", defaultValue = "scenarios/benchmark.yaml", paramLabel = "FILE",
            description = "Benchmark scenario (default: ${DEFAULT-VALUE}).")
    private Path scenarioFile;

    @Option(names = "--hours", defaultValue = "24", paramLabel = "H",
            description = "Simulated hours of the one-cell measurement (default ${DEFAULT-VALUE}).")
    private double hours;

    @Option(names = "--ensemble-cells", defaultValue = "100", paramLabel = "N",
            description = "Cells of the ensemble measurement (default ${DEFAULT-VALUE}).")
    private int ensembleCells;

    @Option(names = "--ensemble-hours", defaultValue = "24", paramLabel = "H",
            description = "Simulated hours per cell of the count-only engine's ensemble measurement (default "
                    + "${DEFAULT-VALUE}).")
    private double ensembleHours;

    @Option(names = "--event-ensemble-hours", defaultValue = "2", paramLabel = "H",
            description = "Simulated hours per cell of the event engine's ensemble measurement (default "
                    + "${DEFAULT-VALUE}; its cost per cell-day is about 50 times the count-only engine's).")
    private double eventEnsembleHours;

    @Option(names = "--scaling-hours", defaultValue = "1", paramLabel = "H",
            description = "Simulated hours per cell of the scaling measurements (default ${DEFAULT-VALUE}).")
    private double scalingHours;

    @Option(names = "--scaling-cells", defaultValue = "1", paramLabel = "N",
            description = "Cells per receptor number in the scaling measurement (default ${DEFAULT-VALUE}; more "
                    + "cells average out a short cell's noise).")
    private int scalingCells;

    @Option(names = "--engines", split = ",", defaultValue = "event,per-receptor,cohort", paramLabel = "E",
            description = "Engines to measure (default ${DEFAULT-VALUE}); without the event engine no state changes "
                    + "are counted, so ns per state change is left empty.")
    private List<String> engineNames;

    @Option(names = "--receptors", split = ",", defaultValue = "1000,10000,100000,1000000", paramLabel = "N",
            description = "Receptor numbers of the scaling measurement (default ${DEFAULT-VALUE}).")
    private List<Integer> receptors;

    @Option(names = "--chains", split = ",", paramLabel = "FILE",
            defaultValue = "scenarios/benchmark.yaml,scenarios/benchmark-3-ligands.yaml,"
                    + "scenarios/benchmark-6-ligands.yaml",
            description = "Scenarios of the chain-size measurement (default: 1, 3 and 6 ligands).")
    private List<Path> chains;

    @Option(names = "--runs", defaultValue = "5", paramLabel = "N",
            description = "Single runs of the scenario (`run SCENARIO`), each in a new JVM started with this one's "
                    + "java and options, timing set-up, simulation and results (default 5; 0: none).")
    private int runs;

    @Option(names = "--out", paramLabel = "DIR", description = "Directory for bench.json and the figures (default: "
            + "output/bench-<timestamp>).")
    private Path out;

    private final List<Map<String, Object>> rows = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        positive("--hours", hours);
        positive("--ensemble-hours", ensembleHours);
        positive("--event-ensemble-hours", eventEnsembleHours);
        positive("--scaling-hours", scalingHours);
        if (scalingCells < 1 || scalingCells > 100_000) {
            throw new ReceptorSimCommand.UserException("--scaling-cells: expected a whole number from 1 to 100000, "
                    + "got " + scalingCells);
        }
        if (runs < 0 || runs > 1000) {
            throw new ReceptorSimCommand.UserException("--runs: expected a whole number from 0 to 1000, got " + runs);
        }
        KineticsEngine[] engines = engines();
        if (ensembleCells < 1 || ensembleCells > 100_000) {
            throw new ReceptorSimCommand.UserException("--ensemble-cells: expected a whole number from 1 to 100000, "
                    + "got " + ensembleCells);
        }
        for (int n : receptors) {
            if (n < 1 || n > 10_000_000) {
                throw new ReceptorSimCommand.UserException("--receptors: expected whole numbers from 1 to 10000000, "
                        + "got " + n);
            }
        }
        ScenarioLoader loader = new ScenarioLoader(libraryOptions.library());
        Scenario base = loader.load(scenarioFile);
        List<Scenario> chainScenarios = new ArrayList<>();
        for (Path p : chains) {
            chainScenarios.add(loader.load(p).cappedAt(scalingHours * 3600));
        }
        Path target = out != null ? out : Path.of("output", "bench-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)));
        PrintWriter o = spec.commandLine().getOut();
        try (OutputClaim claim = Outputs.claim(target, spec)) {
            o.printf(Locale.ROOT, "benchmark: %s, dt %s s, %d CPU; CPU time of the cells' threads%n", base.name(),
                    base.dtSeconds(), Runtime.getRuntime().availableProcessors());
            for (KineticsEngine e : engines) {
                if (e != KineticsEngine.PER_RECEPTOR) {
                    Benchmark.measure(base.cappedAt(600), e, 2, 1); // warm-up
                }
            }
            header(o);

            Scenario one = base.cappedAt(hours * 3600);
            section(o, "one cell", one, 1, 1, engines);

            Map<KineticsEngine, Double> speedup = new LinkedHashMap<>();
            Scenario ensemble = null;
            double ensembleJumps = Double.NaN;
            for (KineticsEngine e : List.of(KineticsEngine.EVENT, KineticsEngine.COHORT)) {
                if (!List.of(engines).contains(e)) {
                    continue;
                }
                ensemble = base.cappedAt((e == KineticsEngine.EVENT ? eventEnsembleHours : ensembleHours) * 3600);
                ensembleJumps = jumps(ensemble, 1, 1, engines);
                Measurement t1 = Benchmark.measure(ensemble, e, ensembleCells, 1);
                row(o, "ensemble", t1, ensembleJumps);
                Measurement t2 = Benchmark.measure(ensemble, e, ensembleCells, 2);
                row(o, "ensemble", t2, ensembleJumps);
                speedup.put(e, t2.wallSeconds() > 0 ? t1.wallSeconds() / t2.wallSeconds() : Double.NaN);
            }
            if (speedup.containsKey(KineticsEngine.COHORT)) {
                Measurement twice = Benchmark.measure(ensemble, KineticsEngine.COHORT, 2 * ensembleCells, 2);
                row(o, "ensemble", twice, ensembleJumps);
            }

            for (int n : receptors) {
                Scenario s = ScenarioVariant.with(base, "cell.receptorCount", n).cappedAt(scalingHours * 3600);
                section(o, "receptors", s, scalingCells, 1, engines);
            }
            for (Scenario s : chainScenarios) {
                section(o, "chain", s, 1, 1, engines);
            }
            for (Map.Entry<KineticsEngine, Double> e : speedup.entrySet()) {
                o.printf(Locale.ROOT, "%s ensemble: 2 threads / 1 thread = %.2fx (wall)%n", name(e.getKey()),
                        e.getValue());
            }
            summary(o);
            Map<String, Object> singleRun = null;
            if (runs > 0) {
                singleRun = SingleRunTimes.summary(SingleRunTimes.measure(scenarioFile,
                        libraryOptions.files == null ? List.of() : libraryOptions.files, runs));
                printSingleRun(o, singleRun);
            }
            try (RunDirectory d = RunDirectory.create(target)) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("version", RunWriter.VERSION);
                doc.put("scenario", scenarioFile.toString());
                doc.put("cores", Runtime.getRuntime().availableProcessors());
                doc.put("java", System.getProperty("java.version"));
                doc.put("jvmArguments", ManagementFactory.getRuntimeMXBean().getInputArguments());
                doc.put("stateChanges", "jumps of the receptors in continuous time, counted by the event engine "
                        + "for the same cells; every engine's ns per state change is its CPU time over that count");
                doc.put("twoThreadSpeedup", speedup.entrySet().stream().collect(LinkedHashMap::new,
                        (m, e) -> m.put(name(e.getKey()), e.getValue()), Map::putAll));
                doc.put("measurements", rows);
                if (singleRun != null) {
                    doc.put("singleRun", singleRun);
                }
                Files.writeString(d.file("bench.json"), Yaml.jsonMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(doc), StandardCharsets.UTF_8);
                figure("bench", "receptors", "receptors per cell").write(d.file(""), FigureFormat.DEFAULT);
                figure("bench-chain", "chainStates", "receptor chain states").write(d.file(""),
                        FigureFormat.DEFAULT);
                d.commit();
            }
        }
        o.printf("-> %s%n", target);
        return 0;
    }

    private static void positive(String option, double value) {
        if (!(value > 0 && value <= 1e4)) {
            throw new ReceptorSimCommand.UserException(option + ": expected a number of hours > 0 (at most 10000), "
                    + "got " + value);
        }
    }

    /** The engines of --engines, in the order given. */
    private KineticsEngine[] engines() {
        List<KineticsEngine> list = new ArrayList<>();
        for (String name : engineNames) {
            KineticsEngine engine = null;
            for (KineticsEngine e : KineticsEngine.values()) {
                if (name(e).equals(name.trim())) {
                    engine = e;
                }
            }
            if (engine == null) {
                throw new ReceptorSimCommand.UserException("--engines: expected event, per-receptor or cohort, got '"
                        + name + "'");
            }
            if (!list.contains(engine)) {
                list.add(engine);
            }
        }
        return list.toArray(KineticsEngine[]::new);
    }

    /** The event engine's jumps per cell on a scenario, or NaN where the event engine is not measured. */
    private static double jumps(Scenario s, int cells, int threads, KineticsEngine[] engines) {
        if (!List.of(engines).contains(KineticsEngine.EVENT)) {
            return Double.NaN;
        }
        return (double) Benchmark.measure(s, KineticsEngine.EVENT, cells, threads).engineTransitions() / cells;
    }

    /** Measures each engine on one scenario. */
    private void section(PrintWriter o, String section, Scenario s, int cells, int threads,
                         KineticsEngine[] engines) {
        Measurement event = List.of(engines).contains(KineticsEngine.EVENT)
                ? Benchmark.measure(s, KineticsEngine.EVENT, cells, threads) : null;
        double jumps = event == null ? Double.NaN : (double) event.engineTransitions() / cells;
        for (KineticsEngine e : engines) {
            if (e == KineticsEngine.PER_RECEPTOR && s.arms().get(0).cell().receptorCount()
                    * (s.durationSeconds() / s.dtSeconds()) > MAX_PER_RECEPTOR_STEPS) {
                o.printf(Locale.ROOT, "%-10s %-12s %9d  skipped: more than %.0g receptor-steps%n", section, name(e),
                        s.arms().get(0).cell().receptorCount(), MAX_PER_RECEPTOR_STEPS);
                continue;
            }
            row(o, section, e == KineticsEngine.EVENT ? event : Benchmark.measure(s, e, cells, threads), jumps);
        }
    }

    /** The single runs' times: median [min–max] of each, and set-up + results against the goal. */
    @SuppressWarnings("unchecked")
    private void printSingleRun(PrintWriter o, Map<String, Object> s) {
        java.util.function.Function<String, String> f = key -> {
            Map<String, Double> m = (Map<String, Double>) s.get(key);
            return String.format(Locale.ROOT, "%.2f [%.2f-%.2f] s", m.get("median"), m.get("min"), m.get("max"));
        };
        o.printf(Locale.ROOT, "single run (%d runs of 'run %s', each in a new JVM; median [range]): set-up %s, "
                + "simulation %s, results and figures %s; set-up + results %s (goal at most %.1f s); JVM start %s; "
                + "wall %s%n", runs, scenarioFile, f.apply("setUp"), f.apply("simulation"), f.apply("results"),
                f.apply("setUpPlusResults"), SingleRunTimes.GOAL_SECONDS, f.apply("jvmStart"), f.apply("wall"));
        o.flush();
    }

    private static void header(PrintWriter o) {
        o.printf(Locale.ROOT, "%-10s %-12s %9s %7s %6s %7s %9s %13s %12s %16s %10s%n", "section", "engine",
                "receptors", "states", "cells", "threads", "cell-days", "CPU s/cell-day", "ns/change",
                "cell-days/s/core", "heap MB");
    }

    private void row(PrintWriter o, String section, Measurement m, double jumpsPerCell) {
        int states = 17 * (m.ligands() + 1) + 2;
        o.printf(Locale.ROOT, "%-10s %-12s %9d %7d %6d %7d %9.3g %13.3g %12.3g %16.3g %10.0f%n", section,
                name(m.engine()), m.receptors(), states, m.cells(), m.threads(), m.cellDays(),
                m.cpuSecondsPerCellDay(), m.nanosecondsPerStateChange(jumpsPerCell), m.cellDaysPerSecondPerCore(),
                m.peakHeapBytes() / 1e6);
        o.flush();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("section", section);
        r.put("engine", name(m.engine()));
        r.put("receptors", m.receptors());
        r.put("ligands", m.ligands());
        r.put("chainStates", states);
        r.put("cells", m.cells());
        r.put("threads", m.threads());
        r.put("simulatedHoursPerCell", m.simulatedSeconds() / 3600);
        r.put("cpuSeconds", m.cpuSeconds());
        r.put("wallSeconds", m.wallSeconds());
        r.put("cpuSecondsPerCellDay", m.cpuSecondsPerCellDay());
        r.put("stateChangesPerCell", Double.isNaN(jumpsPerCell) ? null : jumpsPerCell);
        r.put("nsPerStateChange", Double.isNaN(jumpsPerCell) ? null : m.nanosecondsPerStateChange(jumpsPerCell));
        r.put("engineTransitions", m.engineTransitions());
        LeapWork leaps = m.leapWork();
        r.put("leapsPerCell", leaps.leaps() == 0 ? null : (double) leaps.leaps() / m.cells());
        r.put("drawsPerLeap", leaps.leaps() == 0 ? null : leaps.drawsPerLeap());
        r.put("flowsPerLeap", leaps.leaps() == 0 ? null : leaps.flowsPerLeap());
        r.put("cellDaysPerSecondPerCore", m.cellDaysPerSecondPerCore());
        r.put("peakHeapMB", m.peakHeapBytes() / 1e6);
        rows.add(r);
    }

    /** The goals of the engines, as measured. */
    private void summary(PrintWriter o) {
        receptorScaling(o);
        Map<String, Double> one = new LinkedHashMap<>();
        for (Map<String, Object> r : rows) {
            if (r.get("section").equals("one cell")) {
                one.put((String) r.get("engine"), (Double) r.get("cpuSecondsPerCellDay"));
                if (r.get("engine").equals("event")) {
                    o.printf(Locale.ROOT, "event engine: %.3g ns of CPU per receptor state change (one cell)%n",
                            (Double) r.get("nsPerStateChange"));
                }
            }
        }
        if (one.containsKey("per-receptor") && one.containsKey("event")) {
            o.printf(Locale.ROOT, "per-receptor / event CPU per cell-day = %.1fx%n", one.get("per-receptor")
                    / one.get("event"));
        }
        if (one.containsKey("per-receptor") && one.containsKey("cohort")) {
            o.printf(Locale.ROOT, "per-receptor / cohort CPU per cell-day = %.1fx%n", one.get("per-receptor")
                    / one.get("cohort"));
        }
    }

    /**
     * The count-only engine's cost against the receptor count: CPU per cell-day and the flows per leap (the least
     * work of any sampler of the leaps, see {@link LeapWork}) at each count, and 10⁶ against 10⁴ receptors (the
     * goal: within 2×), or the largest count against the smallest.
     */
    private void receptorScaling(PrintWriter o) {
        List<Map<String, Object>> scaling = rows.stream().filter(r -> r.get("section").equals("receptors")
                && r.get("engine").equals(name(KineticsEngine.COHORT))).toList();
        if (scaling.size() < 2) {
            return;
        }
        StringBuilder line = new StringBuilder("count-only against receptors (CPU s per cell-day, flows per leap):");
        Map<Integer, Double> cost = new LinkedHashMap<>();
        for (Map<String, Object> r : scaling) {
            int n = (Integer) r.get("receptors");
            double c = (Double) r.get("cpuSecondsPerCellDay");
            cost.put(n, c);
            Double flows = (Double) r.get("flowsPerLeap");
            line.append(String.format(Locale.ROOT, " %d: %.3g s, %s;", n, c,
                    flows == null ? "no leaps" : String.format(Locale.ROOT, "%.0f", flows)));
        }
        o.println(line.substring(0, line.length() - 1));
        boolean goalPair = cost.containsKey(10_000) && cost.containsKey(1_000_000);
        int low = goalPair ? 10_000 : cost.keySet().stream().min(Integer::compare).orElseThrow();
        int high = goalPair ? 1_000_000 : cost.keySet().stream().max(Integer::compare).orElseThrow();
        String goal = "";
        if (goalPair) {
            // the goal is for constant stretches: the cells' first tables amortized over many cells and a long run
            goal = scalingCells >= 20 && scalingHours >= 24 ? " (goal at most 2x)" : String.format(Locale.ROOT,
                    " over %d cell(s) of %.3g h, first tables included (the goal, at most 2x, is measured with "
                    + "--scaling-cells 20 --scaling-hours 24)", scalingCells, scalingHours);
        }
        o.printf(Locale.ROOT, "count-only: %d / %d receptors CPU per cell-day = %.2fx%s%n", high, low,
                cost.get(high) / cost.get(low), goal);
    }

    /** CPU seconds per cell-day against a column of the scaling rows, one line per engine, log-log. */
    private org.receptorsim.figure.Figure figure(String name, String xKey, String xLabel) {
        String section = xKey.equals("receptors") ? "receptors" : "chain";
        Map<String, List<double[]>> lines = new LinkedHashMap<>();
        for (Map<String, Object> r : rows) {
            if (r.get("section").equals(section)) {
                lines.computeIfAbsent((String) r.get("engine"), k -> new ArrayList<>())
                        .add(new double[] {((Number) r.get(xKey)).doubleValue(), (Double) r.get("cpuSecondsPerCellDay")});
            }
        }
        return ScalingChart.figure(name, "Engine cost against " + xLabel, xLabel, "CPU s per cell-day", lines,
                !xKey.equals("receptors"));
    }

    private static String name(KineticsEngine e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
