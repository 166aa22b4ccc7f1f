package org.receptorsim.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import org.receptorsim.ensemble.EnsembleRunner;
import org.receptorsim.output.ReportWriter;
import org.receptorsim.output.RunWriter;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioVariant;
import org.receptorsim.scenario.SweepPlan;
import org.receptorsim.scenario.Yaml;

/**
 * Runs a sweep: one ensemble per point, every point with the scenario's seed, so replicate r of every point draws
 * the same random streams (common random numbers: differences between points are not masked by sampling noise).
 * Work happens in {@code <target>.partial/points/pNNNN}; finished points are skipped on resume and an unfinished
 * one is resumed; the table, JSON and heat maps are written last and the directory renamed to the target.
 */
public final class SweepRunner {

    private final Scenario scenario;
    private final SweepPlan plan;
    private final Path target;
    private final Path partial;
    private final int threads;
    private final boolean resume;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile EnsembleRunner current;

    /**
     * @param scenario the resolved scenario (engine set)
     * @param plan its resolved sweep
     * @param target final output directory (must not exist)
     * @param threads worker threads of each point's ensemble
     * @param resume continue an interrupted sweep
     */
    public SweepRunner(Scenario scenario, SweepPlan plan, Path target, int threads, boolean resume) {
        this.scenario = scenario;
        this.plan = plan;
        this.target = target;
        this.partial = target.resolveSibling(target.getFileName() + ".partial");
        this.threads = threads;
        this.resume = resume;
    }

    /** Asks the sweep to stop after the replicates in progress. */
    public void cancel() {
        cancelled.set(true);
        EnsembleRunner r = current;
        if (r != null) {
            r.cancel();
        }
    }

    /** The working directory of an unfinished sweep. */
    public Path partialDirectory() {
        return partial;
    }

    /**
     * Runs (or resumes) the sweep.
     *
     * @param pointsDone called with the number of finished points
     * @return true if complete, false if cancelled (partial results stay in the partial directory)
     */
    public boolean run(IntConsumer pointsDone) throws IOException, InterruptedException {
        if (Files.exists(target)) {
            throw new IllegalStateException(target + ": output directory exists; choose another --out");
        }
        if (Files.exists(partial) && !resume) {
            throw new IllegalStateException(partial + ": an interrupted sweep is there; resume it with --resume or "
                    + "choose another --out");
        }
        if (!Files.exists(partial) && resume) {
            throw new IllegalStateException(partial + ": nothing to resume");
        }
        Path points = partial.resolve("points");
        Files.createDirectories(points);
        int done = 0;
        for (int i = 0; i < plan.points().size(); i++) {
            Path dir = points.resolve(String.format(Locale.ROOT, "p%04d", i + 1));
            if (!Files.exists(dir)) {
                if (cancelled.get()) {
                    return false;
                }
                Path pointPartial = dir.resolveSibling(dir.getFileName() + ".partial");
                EnsembleRunner runner = new EnsembleRunner(plan.scenarioAt(scenario, i), dir,
                        new EnsembleRunner.Options(plan.replicates(), threads, Files.exists(pointPartial), false));
                current = runner;
                if (cancelled.get()) {
                    return false;
                }
                if (!runner.run(n -> { }).complete()) {
                    return false;
                }
            }
            pointsDone.accept(++done);
        }
        writeResults(points);
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target);
        }
        return true;
    }

    private void writeResults(Path points) throws IOException {
        ObjectMapper json = Yaml.jsonMapper();
        List<String> metrics = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < plan.points().size(); i++) {
            JsonNode summary = json.readTree(points.resolve(String.format(Locale.ROOT, "p%04d", i + 1))
                    .resolve("summary.json").toFile());
            for (var arm : (Iterable<Map.Entry<String, JsonNode>>) summary.path("arms")::fields) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("point", i + 1);
                for (int k = 0; k < plan.axes().size(); k++) {
                    row.put(plan.columnName(k), ScenarioVariant.si(plan.points().get(i).get(k)));
                }
                row.put("arm", arm.getKey());
                for (var m : (Iterable<Map.Entry<String, JsonNode>>) arm.getValue()::fields) {
                    if (!metrics.contains(m.getKey())) {
                        metrics.add(m.getKey());
                    }
                    row.put(m.getKey() + "_mean", m.getValue().path("mean").asDouble(Double.NaN));
                    row.put(m.getKey() + "_ci95", m.getValue().path("halfWidth").asDouble(Double.NaN));
                    row.put(m.getKey() + "_n", m.getValue().path("n").asLong());
                }
                rows.add(row);
            }
        }
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).addColumn("point");
        for (int k = 0; k < plan.axes().size(); k++) {
            schema.addColumn(plan.columnName(k));
        }
        schema.addColumn("arm");
        for (String m : metrics) {
            schema.addColumn(m + "_mean").addColumn(m + "_ci95").addColumn(m + "_n");
        }
        try (Writer w = Files.newBufferedWriter(partial.resolve("sweep.csv"), StandardCharsets.UTF_8);
             var seq = new CsvMapper().writer(schema.build()).writeValues(w)) {
            for (Map<String, Object> row : rows) {
                List<Object> values = new ArrayList<>();
                values.add(row.get("point"));
                for (int k = 0; k < plan.axes().size(); k++) {
                    values.add(row.get(plan.columnName(k)));
                }
                values.add(row.get("arm"));
                for (String m : metrics) {
                    values.add(row.getOrDefault(m + "_mean", Double.NaN));
                    values.add(row.getOrDefault(m + "_ci95", Double.NaN));
                    values.add(row.getOrDefault(m + "_n", 0));
                }
                seq.write(values);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scenario", scenario.name());
        out.put("seed", scenario.seed());
        out.put("replicatesPerPoint", plan.replicates());
        out.put("axes", plan.axes().stream().map(a -> Map.of("parameter", a.parameter(), "log", a.log(),
                "values", a.values().stream().map(ScenarioVariant::label).toList())).toList());
        out.put("points", rows);
        json.writeValue(partial.resolve("sweep.json").toFile(), out);
        String chosen = plan.metric();
        boolean noValues = rows.stream().allMatch(r -> !(r.get(chosen + "_mean") instanceof Double d) || d.isNaN());
        String metric = noValues ? "desensitization_percent" : chosen;
        List<Path> charts = SweepChart.write(partial, plan, rows, metric);
        List<String> header = new ArrayList<>(List.of("point"));
        for (int k = 0; k < plan.axes().size(); k++) {
            header.add(plan.columnName(k));
        }
        header.addAll(List.of("arm", metric + " mean", "95 % CI half-width"));
        List<List<String>> table = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            List<String> t = new ArrayList<>(List.of(String.valueOf(r.get("point"))));
            for (int k = 0; k < plan.axes().size(); k++) {
                t.add(RunWriter.fmt((Double) r.get(plan.columnName(k))));
            }
            t.add(String.valueOf(r.get("arm")));
            t.add(r.get(metric + "_mean") instanceof Double d ? RunWriter.fmt(d) : "");
            t.add(r.get(metric + "_ci95") instanceof Double d ? RunWriter.fmt(d) : "");
            table.add(t);
        }
        Map<String, String> info = new LinkedHashMap<>(RunWriter.runInfo(scenario));
        info.put("points", plan.points().size() + " x " + plan.replicates() + " cells (common random numbers)");
        ReportWriter.write(partial.resolve("report.html"), "ReceptorSim sweep: " + scenario.name(), info, header,
                table, charts);
    }
}
