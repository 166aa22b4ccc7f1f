package org.receptorsim.output;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.receptorsim.analysis.ArmSummary;
import org.receptorsim.figure.Figure;
import org.receptorsim.figure.FigureFormat;
import org.receptorsim.metrics.CellMetrics;
import org.receptorsim.metrics.ToleranceMetrics;
import org.receptorsim.model.ArmResult;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.Yaml;

/**
 * Writes the results of a run into a new directory, atomically: {@code timeseries.csv}, {@code summary.json},
 * {@code manifest.json}, the figure {@code timeseries} (PNG, SVG and/or PDF) and {@code report.html}, and with
 * challenge experiments {@code challenges.csv} and the figure {@code challenges}.
 */
public final class RunWriter {

    /** Program version from the jar manifest, or "dev" when run from classes. */
    public static final String VERSION = versionOrDev();

    private RunWriter() {
    }

    /**
     * What a run reports for one arm.
     *
     * @param summary the response summary
     * @param tolerance the tolerance metrics
     */
    public record ArmMetrics(ArmSummary summary, ToleranceMetrics tolerance) {
    }

    /**
     * Starts loading and compiling, on a background thread of low priority, the code that writes a run's results
     * (Java2D with its fonts, JFreeChart, the PNG and SVG encoders, Jackson's JSON and CSV writers) by drawing and
     * encoding a small chart and a few values written nowhere. A run simulates its cells on one thread, so this uses
     * a core that would otherwise wait, and the results are then written by code that is loaded and compiled.
     * Nothing is written and nothing the run computes depends on it.
     */
    public static void prepare() {
        Thread warmUp = new Thread(() -> {
            try {
                Figure.warmUp();
                Yaml.jsonMapper().writeValueAsString(Map.of("values", List.of(1.5, 2.25e-9, 3L)));
                new CsvMapper().writer(CsvSchema.builder().addColumn("time_s").addColumn("value").build()
                        .withHeader()).writeValueAsString(List.of(1.5, 2L));
            } catch (IOException | RuntimeException e) {
                // only a warm-up: writing the results reports its own failures
            }
        }, "result-writer-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }

    /** What was run, for reports: scenario, file, seed, engine, version. */
    public static Map<String, String> runInfo(Scenario scenario) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("scenario", scenario.name() + " (" + scenario.file() + ")");
        m.put("description", scenario.description().strip());
        m.put("seed", Long.toString(scenario.seed()));
        m.put("engine", scenario.engine() == null ? "event"
                : scenario.engine().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        m.put("duration", new org.receptorsim.units.Duration(scenario.durationSeconds()) + ", dt "
                + new org.receptorsim.units.Duration(scenario.dtSeconds()));
        m.put("version", VERSION);
        return m;
    }

    /** A number for a report table (blank for NaN). */
    public static String fmt(double v) {
        return Double.isNaN(v) ? "" : String.format(java.util.Locale.ROOT, "%.4g", v);
    }

    /** Header of the key-metrics table: the metric, then one column per arm. */
    static List<String> metricsHeader(List<ArmSummary> summaries) {
        List<String> h = new ArrayList<>(List.of("metric"));
        summaries.forEach(s -> h.add(s.arm()));
        return h;
    }

    /**
     * Rows of the key-metrics table, one per metric (human name with unit): peak and end G-protein activation,
     * surface loss at 30 min, receptors at the end, then every tolerance metric that some arm has.
     */
    static List<List<String>> metricsRows(List<ArmSummary> summaries, List<ToleranceMetrics> tolerance) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(CellMetrics.label("peakSignal"), summaries, s -> fmt(s.peakSignal())));
        rows.add(row(CellMetrics.label("signalAtEnd"), summaries, s -> fmt(s.signalAtEnd())));
        if (summaries.stream().anyMatch(s -> s.surfaceLossPercentAt30min() != null)) {
            rows.add(row(CellMetrics.label("surfaceLossAt30min_percent"), summaries,
                    s -> s.surfaceLossPercentAt30min() == null ? "" : fmt(s.surfaceLossPercentAt30min())));
        }
        rows.add(row(CellMetrics.label("receptorsAtEnd"), summaries, s -> Long.toString(s.receptorsAtEnd())));
        for (int k : definedTolerance(tolerance)) {
            List<String> r = new ArrayList<>(List.of(ToleranceMetrics.LABELS.get(k)));
            for (ToleranceMetrics t : tolerance) {
                r.add(fmt(t.values()[k]));
            }
            rows.add(r);
        }
        return rows;
    }

    private static List<String> row(String label, List<ArmSummary> summaries,
                                    java.util.function.Function<ArmSummary, String> value) {
        List<String> r = new ArrayList<>(List.of(label));
        summaries.forEach(s -> r.add(value.apply(s)));
        return r;
    }

    /** Indices of the tolerance metrics with a value in at least one arm. */
    private static List<Integer> definedTolerance(List<ToleranceMetrics> tolerance) {
        List<Integer> defined = new ArrayList<>();
        for (int k = 0; k < ToleranceMetrics.NAMES.size(); k++) {
            int index = k;
            if (tolerance.stream().anyMatch(t -> !Double.isNaN(t.values()[index]))) {
                defined.add(k);
            }
        }
        return defined;
    }

    /**
     * The tables of a run: {@code timeseries.csv}, {@code chain-states.csv} (if any arm keeps chain states),
     * {@code summary.json}, {@code summary.csv} and {@code manifest.json}.
     */
    private static void writeTables(RunDirectory dir, Scenario scenario, List<ArmResult> results,
                                    List<ArmSummary> summaries, List<ToleranceMetrics> tolerance) throws IOException {
        TimeSeriesCsv.write(dir.file("timeseries.csv"), results, scenario.ligands());
        if (ChainStateCsv.any(results)) {
            ChainStateCsv.write(dir.file("chain-states.csv"), results);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("scenario", scenario.name());
        summary.put("seed", scenario.seed());
        summary.put("arms", summaries);
        summary.put("tolerance", tolerance);
        Yaml.jsonMapper().writeValue(dir.file("summary.json").toFile(), summary);
        double[][][] values = new double[results.size()][][];
        for (int a = 0; a < results.size(); a++) {
            double[] m = org.receptorsim.metrics.CellMetrics.of(results.get(a), scenario.ligands());
            values[a] = new double[m.length][];
            for (int k = 0; k < m.length; k++) {
                values[a][k] = new double[] {m[k]};
            }
        }
        SummaryCsv.write(dir.file("summary.csv"), org.receptorsim.statistics.SummaryRow.table(
                results.stream().map(ArmResult::arm).toList(), org.receptorsim.metrics.CellMetrics.NAMES,
                org.receptorsim.metrics.CellMetrics.UNITS, values));
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("program", "ReceptorSim");
        manifest.put("version", VERSION);
        manifest.put("seed", scenario.seed());
        manifest.put("scenario", scenario);
        Manifests.write(dir.file("manifest.json"), manifest);
    }

    private static String versionOrDev() {
        String v = RunWriter.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /**
     * Writes a run.
     *
     * @param target the directory to create (must not exist)
     * @param scenario the resolved scenario
     * @param results arm results
     * @return the metrics written, one per arm
     */
    public static List<ArmMetrics> write(Path target, Scenario scenario, List<ArmResult> results) {
        return write(target, scenario, results, FigureFormat.DEFAULT);
    }

    /**
     * Writes a run with its figures in the given formats.
     *
     * @param target the directory to create (must not exist)
     * @param scenario the resolved scenario
     * @param results arm results
     * @param formats figure formats (PNG, SVG, PDF)
     * @return the metrics written, one per arm
     */
    public static List<ArmMetrics> write(Path target, Scenario scenario, List<ArmResult> results,
                                         Set<FigureFormat> formats) {
        List<ArmSummary> summaries = new ArrayList<>();
        List<ToleranceMetrics> tolerance = new ArrayList<>();
        for (ArmResult r : results) {
            ArmSummary a = ArmSummary.of(r, scenario.ligands());
            summaries.add(a);
            tolerance.add(ToleranceMetrics.of(r, a, scenario.ligands()));
        }
        try (RunDirectory dir = RunDirectory.create(target); BackgroundWrites writes = new BackgroundWrites()) {
            writes.start(() -> writeTables(dir, scenario, results, summaries, tolerance));
            List<Figure> figures = new ArrayList<>();
            figures.add(TimeSeriesChart.figure("timeseries", scenario.name(), results, scenario.ligands()));
            if (results.stream().anyMatch(r -> !r.challengeCurves().isEmpty())) {
                writes.start(() -> ChallengeOutput.writeCsv(dir.file("challenges.csv"), results));
                figures.add(ChallengeOutput.figure("challenges", scenario.name() + ": challenge curves", results,
                        summaries, scenario.ligands().get(scenario.challenges().ligandIndex()).name()));
            }
            for (Figure f : figures) {
                writes.add(f.write(dir.file(""), formats, writes.executor()));
            }
            HtmlReport.write(dir.file("report.html"), "ReceptorSim run: " + scenario.name(), runInfo(scenario),
                    metricsHeader(summaries), metricsRows(summaries, tolerance), figures);
            writes.await();
            dir.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results to " + target + ": " + e.getMessage(), e);
        }
        List<ArmMetrics> written = new ArrayList<>();
        for (int a = 0; a < summaries.size(); a++) {
            written.add(new ArmMetrics(summaries.get(a), tolerance.get(a)));
        }
        return written;
    }
}
