package org.receptorsim.ensemble;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.receptorsim.figure.Figure;
import org.receptorsim.figure.FigureFormat;
import org.receptorsim.metrics.CellMetrics;
import org.receptorsim.model.ArmResult;
import org.receptorsim.output.HtmlReport;
import org.receptorsim.output.SummaryCsv;
import org.receptorsim.output.Manifests;
import org.receptorsim.output.OutputException;
import org.receptorsim.output.OutputFolders;
import org.receptorsim.output.RunWriter;
import org.receptorsim.output.TimeSeriesCsv;
import org.receptorsim.replicates.ReplicateRunner;
import org.receptorsim.replicates.Shard;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.Yaml;
import org.receptorsim.simulation.ScenarioRunner;
import org.receptorsim.statistics.ConfidenceInterval;
import org.receptorsim.statistics.ArmComparison;
import org.receptorsim.statistics.SampleStatistics;
import org.receptorsim.statistics.SummaryRow;

/**
 * Runs an ensemble of independent cells (replicate r draws from stream r of every named process) on a pool of
 * threads, commits every finished replicate to disk as it completes, and aggregates them in replicate order, so
 * the results are identical whatever the thread count and whether or not the run was interrupted and resumed.
 *
 * <p>Work happens in {@code <target>.partial/}; when every replicate is done the aggregates are written there and
 * the directory is renamed to the target. A cancelled run leaves the partial directory, marked
 * {@code "status": "partial"}, to be resumed.
 */
public final class EnsembleRunner {

    /**
     * How to run.
     *
     * @param replicates number of cells, ≥ 1
     * @param threads worker threads, ≥ 1
     * @param resume continue an interrupted run in the same directory
     * @param perReplicate also write every replicate's time series as CSV
     * @param shard the shard of the replicates to run, or null for all; a shard's run keeps its replicate files
     *     and writes no aggregates (they are written when the shards are merged)
     */
    public record Options(int replicates, int threads, boolean resume, boolean perReplicate, Shard shard) {

        /** Options of a whole (unsharded) run. */
        public Options(int replicates, int threads, boolean resume, boolean perReplicate) {
            this(replicates, threads, resume, perReplicate, null);
        }
    }

    /** Writes what a merge needs to know into a finished shard's directory, before it is published. */
    @FunctionalInterface
    public interface ShardDescription {

        /**
         * @param directory the shard's directory (still the partial one)
         */
        void write(Path directory) throws IOException;
    }

    /**
     * What happened.
     *
     * @param directory the final directory, or the partial one if not complete
     * @param complete true if every replicate was done and the aggregates written
     * @param replicatesDone replicates on disk
     * @param damagedRecomputed replicate files of the interrupted run found empty or damaged, and run again
     */
    public record Outcome(Path directory, boolean complete, int replicatesDone, int damagedRecomputed) {
    }

    private final Scenario scenario;
    private final Path target;
    private final Path partial;
    private final Options options;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile ReplicateRunner current;
    private Set<FigureFormat> figureFormats = FigureFormat.DEFAULT;
    private ShardDescription shardDescription = directory -> { };

    /**
     * @param scenario the resolved scenario
     * @param target final output directory (must not exist)
     * @param options replicates, threads, resume
     */
    public EnsembleRunner(Scenario scenario, Path target, Options options) {
        if (options.replicates() < 1 || options.threads() < 1) {
            throw new IllegalArgumentException("replicates and threads must be >= 1");
        }
        this.scenario = scenario;
        this.target = target;
        this.partial = target.resolveSibling(target.getFileName() + ".partial");
        this.options = options;
    }

    /** The working directory of an unfinished run. */
    public Path partialDirectory() {
        return partial;
    }

    /** Sets the formats of the ensemble figure (default: PNG). */
    public void figureFormats(Set<FigureFormat> formats) {
        this.figureFormats = formats;
    }

    /** Sets what a finished shard writes for its merge. */
    public void shardDescription(ShardDescription description) {
        this.shardDescription = description;
    }

    /** Asks the run to stop: replicates in progress finish and are committed, no new ones start. */
    public void cancel() {
        cancelled.set(true);
        ReplicateRunner pool = current;
        if (pool != null) {
            pool.cancel();
        }
    }

    /** What an ensemble is, as JSON: its scenario and replicate count (what a resume must match). */
    private static JsonNode describe(ObjectMapper json, Scenario scenario, int replicates, Shard shard) {
        Map<String, Object> run = new java.util.LinkedHashMap<>();
        run.put("scenario", scenario);
        run.put("replicates", replicates);
        if (shard != null) {
            run.put("shard", shard.label());
        }
        return json.valueToTree(run);
    }

    /**
     * Fingerprint of the ensemble of a scenario with a replicate count, as written in its manifest.
     *
     * @param scenario the scenario
     * @param replicates number of cells
     * @return the SHA-256 fingerprint (hex)
     */
    public static String fingerprint(Scenario scenario, int replicates) {
        return Yaml.fingerprint(describe(Yaml.jsonMapper(), scenario, replicates, null));
    }

    /**
     * Runs (or resumes) the ensemble.
     *
     * @param progress called with the number of replicates done after each one (from worker threads)
     * @return the outcome
     * @throws OutputException if the directories are not in the state the options expect
     */
    public Outcome run(IntConsumer progress) throws IOException {
        if (OutputFolders.occupied(target)) {
            throw new OutputException(target + ": output directory exists and is not empty; choose another --out");
        }
        ObjectMapper json = Yaml.jsonMapper();
        JsonNode scenarioJson = describe(json, scenario, options.replicates(), options.shard());
        Path manifest = partial.resolve("manifest.json");
        if (Files.exists(partial)) {
            if (!options.resume()) {
                throw new OutputException(partial + ": an interrupted run is there; resume it with --resume "
                        + "or choose another --out");
            }
            String before = fingerprintOf(manifest);
            if (before == null) {
                throw new OutputException(partial + ": its manifest.json is missing or damaged, so it cannot be "
                        + "checked to be this run; delete " + partial + " to start again");
            }
            if (!before.equals(Yaml.fingerprint(scenarioJson))) {
                throw new OutputException(partial + ": the interrupted run used another scenario, seed or "
                        + "replicate count; it cannot be resumed with these");
            }
        } else if (options.resume()) {
            throw new OutputException(partial + ": nothing to resume");
        }
        Files.createDirectories(partial);
        writeManifest(manifest, scenarioJson, "partial");
        ReplicateStore store = new ReplicateStore(partial.resolve("replicates"));
        store.deleteUnfinished();
        List<Integer> todo = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        int damaged = 0;
        Shard shard = options.shard();
        int expected = shard == null ? options.replicates() : shard.size(options.replicates());
        for (int r = 0; r < options.replicates(); r++) {
            if (shard != null && !shard.contains(r)) {
                continue;
            }
            if (store.has(r) && store.isReadable(r)) {
                done.incrementAndGet();
            } else {
                if (store.has(r)) {
                    Files.delete(store.file(r));
                    damaged++;
                }
                todo.add(r);
            }
        }
        progress.accept(done.get());
        int before = done.get();
        ReplicateRunner pool = new ReplicateRunner(options.threads(), d -> {
            done.set(before + d);
            progress.accept(before + d);
        });
        current = pool;
        if (cancelled.get()) {
            pool.cancel();
        }
        pool.run(todo, r -> {
            store.write(r, ScenarioRunner.run(scenario, r));
            return null;
        });
        if (cancelled.get() || done.get() < expected) {
            return new Outcome(partial, false, done.get(), damaged);
        }
        if (shard != null) {
            shardDescription.write(partial);
            writeManifest(manifest, scenarioJson, "complete");
            OutputFolders.publish(partial, target);
            return new Outcome(target, true, done.get(), damaged);
        }
        aggregate(store, json);
        if (!options.perReplicate()) {
            store.deleteAll();
        } else {
            for (int r = 0; r < options.replicates(); r++) {
                TimeSeriesCsv.write(partial.resolve("replicates").resolve(
                        String.format(Locale.ROOT, "r%06d.csv", r)), store.read(r), scenario.ligands());
                Files.delete(store.file(r));
            }
        }
        writeManifest(manifest, scenarioJson, "complete");
        OutputFolders.publish(partial, target);
        return new Outcome(target, true, done.get(), damaged);
    }

    /**
     * Starts the partial directory of a whole run to be filled with replicate files computed elsewhere (the shards
     * of a cluster run); {@link #run} with {@code resume} then aggregates them as it would its own.
     *
     * @return the directory for the replicate files
     * @throws OutputException if the target or its partial directory is in the way
     */
    public Path preparePartial() throws IOException {
        if (OutputFolders.occupied(target) || Files.exists(partial)) {
            throw new OutputException(target + ": output directory (or its .partial) exists; choose another --out");
        }
        Files.createDirectories(partial);
        writeManifest(partial.resolve("manifest.json"), describe(Yaml.jsonMapper(), scenario, options.replicates(),
                null), "partial");
        return partial.resolve("replicates");
    }

    /**
     * The file name of a replicate's file in a run's {@code replicates/} directory.
     *
     * @param replicate replicate index
     * @return e.g. {@code r000003.bin.gz}
     */
    public static String replicateFileName(int replicate) {
        return ReplicateStore.fileName(replicate);
    }

    /**
     * The fingerprint recorded in a run's manifest, or null if the manifest is missing or unreadable.
     *
     * @param manifest the manifest.json of a partial run
     * @return its fingerprint, or null
     */
    public static String fingerprintOf(Path manifest) {
        try {
            String f = Yaml.jsonMapper().readTree(manifest.toFile()).path("fingerprint").asText("");
            return f.isEmpty() ? null : f;
        } catch (IOException e) {
            return null;
        }
    }

    private static void writeManifest(Path manifest, JsonNode run, String status) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("program", "ReceptorSim");
        m.put("version", RunWriter.VERSION);
        m.put("status", status);
        m.put("fingerprint", Yaml.fingerprint(run));
        m.put("run", run);
        Manifests.write(manifest, m);
    }

    /** Reads the replicates in order into the streaming statistics and writes the aggregate files. */
    private void aggregate(ReplicateStore store, ObjectMapper json) throws IOException {
        TimeSeriesStatistics stats = new TimeSeriesStatistics();
        Map<String, SampleStatistics[]> metricStats = new LinkedHashMap<>();
        Map<String, List<double[]>> perArm = new LinkedHashMap<>();
        CsvSchema.Builder repSchema = CsvSchema.builder().setUseHeader(true).addColumn("replicate").addColumn("arm");
        CellMetrics.NAMES.forEach(repSchema::addColumn);
        try (Writer w = Files.newBufferedWriter(partial.resolve("replicates.csv"), StandardCharsets.UTF_8);
             var rows = new CsvMapper().writer(repSchema.build()).writeValues(w)) {
            for (int r = 0; r < options.replicates(); r++) {
                List<ArmResult> results = store.read(r);
                stats.add(results);
                for (ArmResult a : results) {
                    double[] m = CellMetrics.of(a, scenario.ligands());
                    List<Object> row = new ArrayList<>();
                    row.add(r);
                    row.add(a.arm());
                    for (double v : m) {
                        row.add(SummaryCsv.cell(v));
                    }
                    rows.write(row);
                    perArm.computeIfAbsent(a.arm(), k -> new ArrayList<>()).add(m);
                    SampleStatistics[] acc = metricStats.computeIfAbsent(a.arm(), k -> {
                        SampleStatistics[] s = new SampleStatistics[m.length];
                        for (int i = 0; i < s.length; i++) {
                            s[i] = new SampleStatistics();
                        }
                        return s;
                    });
                    for (int i = 0; i < m.length; i++) {
                        acc[i].accept(m[i]);
                    }
                }
            }
        }
        writeTimeSeries(stats);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("scenario", scenario.name());
        summary.put("seed", scenario.seed());
        summary.put("replicates", options.replicates());
        Map<String, Object> arms = new LinkedHashMap<>();
        List<List<String>> table = new ArrayList<>();
        for (var e : metricStats.entrySet()) {
            Map<String, Object> metrics = new LinkedHashMap<>();
            for (int i = 0; i < CellMetrics.NAMES.size(); i++) {
                ConfidenceInterval ci = e.getValue()[i].interval(0.95);
                if (ci.n() > 0) {
                    metrics.put(CellMetrics.NAMES.get(i), ci);
                    table.add(List.of(e.getKey(), CellMetrics.LABELS.get(i), RunWriter.fmt(ci.mean()),
                            RunWriter.fmt(ci.halfWidth()), Long.toString(ci.n())));
                }
            }
            arms.put(e.getKey(), metrics);
        }
        summary.put("arms", arms);
        List<String> armNames = new ArrayList<>(perArm.keySet());
        double[][][] values = new double[armNames.size()][CellMetrics.NAMES.size()][];
        for (int a = 0; a < armNames.size(); a++) {
            List<double[]> cells = perArm.get(armNames.get(a));
            for (int k = 0; k < CellMetrics.NAMES.size(); k++) {
                int metric = k;
                values[a][k] = cells.stream().mapToDouble(c -> c[metric]).toArray();
            }
        }
        SummaryCsv.write(partial.resolve("summary.csv"), SummaryRow.table(armNames, CellMetrics.NAMES,
                CellMetrics.UNITS, values));
        List<ArmComparison> comparisons = ArmComparison.againstFirst(armNames, CellMetrics.NAMES, CellMetrics.UNITS,
                values);
        if (!comparisons.isEmpty()) {
            SummaryCsv.writeComparisons(partial.resolve("comparisons.csv"), comparisons);
            summary.put("comparisons", comparisons);
            summary.put("comparisonTest", ArmComparison.TEST);
        }
        json.writeValue(partial.resolve("summary.json").toFile(), summary);
        Figure figure = EnsembleChart.figure(scenario.name() + " (" + options.replicates() + " cells)", stats,
                scenario.ligands());
        figure.write(partial, figureFormats);
        Map<String, String> info = new LinkedHashMap<>(RunWriter.runInfo(scenario));
        info.put("cells", Integer.toString(options.replicates()));
        HtmlReport.write(partial.resolve("report.html"), "ReceptorSim ensemble: " + scenario.name(), info,
                List.of("arm", "metric", "mean", "95 % CI half-width", "cells"), table, comparisons,
                List.of(figure));
    }

    private void writeTimeSeries(TimeSeriesStatistics stats) throws IOException {
        CsvSchema schema = CsvSchema.builder().setUseHeader(true).addColumn("arm").addColumn("time_s")
                .addColumn("column").addColumn("mean").addColumn("sd").addColumn("p05").addColumn("p25")
                .addColumn("p50").addColumn("p75").addColumn("p95").build();
        try (Writer w = Files.newBufferedWriter(partial.resolve("ensemble.csv"), StandardCharsets.UTF_8);
             var rows = new CsvMapper().writer(schema).writeValues(w)) {
            for (int a = 0; a < stats.arms().size(); a++) {
                double[] t = stats.times(a);
                List<String> all = TimeSeriesCsv.columns(stats.readoutColumns(a), scenario.ligands());
                List<String> names = all.subList(2, all.size());
                for (int i = 0; i < t.length; i++) {
                    for (int c = 0; c < stats.columnCount(a); c++) {
                        List<Object> row = new ArrayList<>(List.of(stats.arms().get(a), t[i], names.get(c),
                                stats.mean(a, i, c), stats.sd(a, i, c)));
                        for (double level : TimeSeriesStatistics.LEVELS) {
                            row.add(stats.quantile(a, i, c, level));
                        }
                        rows.write(row);
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

}
