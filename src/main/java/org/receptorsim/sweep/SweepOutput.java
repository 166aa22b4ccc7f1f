package org.receptorsim.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
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
import org.receptorsim.figure.Figure;
import org.receptorsim.figure.FigureFormat;
import org.receptorsim.output.HtmlReport;
import org.receptorsim.output.RunWriter;
import org.receptorsim.scenario.Arm;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioVariant;
import org.receptorsim.scenario.SweepPlan;
import org.receptorsim.output.SummaryCsv;
import org.receptorsim.scenario.Yaml;
import org.receptorsim.statistics.SummaryRow;

/**
 * The files of a finished sweep, read from its points' ensembles: {@code sweep.csv} (a row per point and arm: the
 * axes' values with their units in the column names, then mean, 95 % CI half-width and number of cells of every
 * metric), {@code sweep.json} (the same with the resolved axes), heat maps {@code sweep-<arm>} (PNG, SVG, PDF) and
 * {@code report.html}.
 */
public final class SweepOutput {

    /** Metric shown when the chosen one has no value anywhere (e.g. a map of EC50 shifts without challenges). */
    public static final String FALLBACK_METRIC = "tachyphylaxis_percent";

    private SweepOutput() {
    }

    /** Directory of point {@code index} (0-based) under a sweep directory: {@code points/p0001} for the first. */
    public static Path pointDirectory(Path sweepDirectory, int index) {
        return sweepDirectory.resolve("points").resolve(String.format(Locale.ROOT, "p%04d", index + 1));
    }

    /**
     * Reads the table of a sweep whose points are all complete.
     *
     * @param dir the sweep directory (with {@code points/})
     * @param scenario the scenario
     * @param plan its plan
     * @return a row per point and arm, points in order, arms in the scenario's order
     */
    public static List<SweepRow> read(Path dir, Scenario scenario, SweepPlan plan) throws IOException {
        ObjectMapper json = Yaml.jsonMapper();
        List<String> metrics = SweepPlan.METRICS;
        List<SweepRow> rows = new ArrayList<>();
        for (int i = 0; i < plan.points().size(); i++) {
            Path summary = pointDirectory(dir, i).resolve("summary.json");
            if (!Files.isRegularFile(summary)) {
                throw new IllegalStateException(summary + ": missing; the point's ensemble is incomplete");
            }
            JsonNode arms = json.readTree(summary.toFile()).path("arms");
            double[] axes = new double[plan.axes().size()];
            for (int k = 0; k < axes.length; k++) {
                axes[k] = plan.tableValue(i, k);
            }
            for (Arm arm : scenario.arms()) {
                JsonNode a = arms.path(arm.name());
                double[] mean = new double[metrics.size()];
                double[] half = new double[metrics.size()];
                long[] n = new long[metrics.size()];
                for (int m = 0; m < metrics.size(); m++) {
                    JsonNode ci = a.path(metrics.get(m));
                    n[m] = ci.path("n").asLong(0);
                    mean[m] = n[m] > 0 ? ci.path("mean").asDouble(Double.NaN) : Double.NaN;
                    half[m] = n[m] > 1 ? ci.path("halfWidth").asDouble(Double.NaN) : Double.NaN;
                }
                rows.add(new SweepRow(i + 1, arm.name(), axes.clone(), mean, half, n));
            }
        }
        return rows;
    }

    /**
     * The metric to map: the plan's, or {@link #FALLBACK_METRIC} when the plan's has no value at any point.
     *
     * @param plan the plan
     * @param rows the table
     * @return the metric shown in the charts
     */
    public static String shownMetric(SweepPlan plan, List<SweepRow> rows) {
        boolean any = rows.stream().anyMatch(r -> !Double.isNaN(r.mean(plan.metric())));
        return any ? plan.metric() : FALLBACK_METRIC;
    }

    /**
     * Writes the table, JSON, charts and report into a sweep directory.
     *
     * @param dir the sweep directory
     * @param scenario the scenario
     * @param plan its plan
     * @param rows the table
     * @param formats figure formats
     */
    public static void write(Path dir, Scenario scenario, SweepPlan plan, List<SweepRow> rows,
                             Set<FigureFormat> formats) throws IOException {
        String metric = shownMetric(plan, rows);
        writeCsv(dir.resolve("sweep.csv"), plan, rows);
        writeSummary(dir, plan);
        writeJson(dir.resolve("sweep.json"), scenario, plan, rows, metric);
        List<Figure> charts = SweepChart.write(dir, scenario, plan, rows, metric, formats);
        writeReport(dir.resolve("report.html"), scenario, plan, rows, metric, charts);
    }

    /**
     * The sweep's summary.csv: every point's own summary.csv (the point's ensemble), the arm named
     * {@code pNNNN/arm} so that each row says which point it belongs to.
     */
    private static void writeSummary(Path dir, SweepPlan plan) throws IOException {
        List<SummaryRow> rows = new ArrayList<>();
        CsvMapper csv = new CsvMapper();
        csv.enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY);
        for (int i = 0; i < plan.points().size(); i++) {
            Path point = pointDirectory(dir, i);
            Path file = point.resolve("summary.csv");
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException(file + ": missing; the point's ensemble is incomplete");
            }
            try (var it = csv.readerFor(String[].class).<String[]>readValues(file.toFile())) {
                it.next();
                while (it.hasNext()) {
                    String[] c = it.next();
                    rows.add(new SummaryRow(c[0], point.getFileName() + "/" + c[1], c[2], Long.parseLong(c[3]),
                            number(c[4]), number(c[5]), number(c[6]), number(c[7])));
                }
            }
        }
        SummaryCsv.write(dir.resolve("summary.csv"), rows);
    }

    private static double number(String cell) {
        return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }

    /** Column names of sweep.csv. */
    public static List<String> header(SweepPlan plan) {
        List<String> h = new ArrayList<>(List.of("point"));
        for (int k = 0; k < plan.axes().size(); k++) {
            h.add(plan.columnName(k));
        }
        h.add("arm");
        for (String m : SweepPlan.METRICS) {
            h.addAll(List.of(m + "_mean", m + "_ci95", m + "_n"));
        }
        return h;
    }

    private static void writeCsv(Path file, SweepPlan plan, List<SweepRow> rows) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        header(plan).forEach(schema::addColumn);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             var out = new CsvMapper().writer(schema.build()).writeValues(w)) {
            for (SweepRow r : rows) {
                List<Object> values = new ArrayList<>();
                values.add(r.point());
                for (double v : r.axisValues()) {
                    values.add(v);
                }
                values.add(r.arm());
                for (int m = 0; m < SweepPlan.METRICS.size(); m++) {
                    values.add(SummaryCsv.cell(r.mean()[m]));
                    values.add(SummaryCsv.cell(r.halfWidth()[m]));
                    values.add(r.n()[m]);
                }
                out.write(values);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Double num(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static void writeJson(Path file, Scenario scenario, SweepPlan plan, List<SweepRow> rows, String metric)
            throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scenario", scenario.name());
        out.put("seed", scenario.seed());
        out.put("design", plan.grid() ? "grid" : "latin-hypercube");
        out.put("replicatesPerPoint", plan.replicates());
        out.put("commonRandomNumbers", "replicate r of every point uses the same random streams");
        out.put("metric", plan.metric());
        out.put("metricShown", metric);
        List<Object> axes = new ArrayList<>();
        for (int k = 0; k < plan.axes().size(); k++) {
            SweepPlan.Axis a = plan.axes().get(k);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("parameter", a.parameter());
            m.put("column", plan.columnName(k));
            m.put("unit", unitOf(plan.unitSuffix(k)));
            m.put("scale", a.log() ? "log" : "linear");
            m.put(plan.grid() ? "values" : "range", a.values().stream().map(ScenarioVariant::si).toList());
            m.put(plan.grid() ? "labels" : "rangeLabels", a.values().stream().map(ScenarioVariant::label).toList());
            axes.add(m);
        }
        out.put("axes", axes);
        List<Object> points = new ArrayList<>();
        for (SweepRow r : rows) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("point", r.point());
            p.put("directory", "points/" + String.format(Locale.ROOT, "p%04d", r.point()));
            p.put("arm", r.arm());
            Map<String, Object> values = new LinkedHashMap<>();
            for (int k = 0; k < plan.axes().size(); k++) {
                values.put(plan.columnName(k), r.axisValues()[k]);
            }
            p.put("axes", values);
            Map<String, Object> metrics = new LinkedHashMap<>();
            for (int m = 0; m < SweepPlan.METRICS.size(); m++) {
                Map<String, Object> ci = new LinkedHashMap<>();
                ci.put("mean", num(r.mean()[m]));
                ci.put("ci95", num(r.halfWidth()[m]));
                ci.put("n", r.n()[m]);
                metrics.put(SweepPlan.METRICS.get(m), ci);
            }
            p.put("metrics", metrics);
            points.add(p);
        }
        out.put("points", points);
        Yaml.jsonMapper().writeValue(file.toFile(), out);
    }

    private static String unitOf(String suffix) {
        return switch (suffix) {
            case "_per_s" -> "/s";
            case "_M" -> "M";
            case "_per_M_per_s" -> "/M/s";
            case "_s" -> "s";
            default -> "1";
        };
    }

    private static void writeReport(Path file, Scenario scenario, SweepPlan plan, List<SweepRow> rows,
                                    String metric, List<Figure> charts) throws IOException {
        List<String> header = new ArrayList<>(List.of("point"));
        for (int k = 0; k < plan.axes().size(); k++) {
            header.add(SweepLabels.parameter(plan.axes().get(k).parameter()));
        }
        header.addAll(List.of("arm", SweepLabels.metric(metric) + ", mean", "95 % CI half-width", "cells"));
        List<List<String>> table = new ArrayList<>();
        for (SweepRow r : rows) {
            List<String> t = new ArrayList<>(List.of(String.valueOf(r.point())));
            for (int k = 0; k < plan.axes().size(); k++) {
                t.add(ScenarioVariant.label(plan.points().get(r.point() - 1).get(k)));
            }
            t.add(r.arm());
            int m = SweepPlan.METRICS.indexOf(metric);
            t.add(RunWriter.fmt(r.mean()[m]));
            t.add(RunWriter.fmt(r.halfWidth()[m]));
            t.add(Long.toString(r.n()[m]));
            table.add(t);
        }
        Map<String, String> info = new LinkedHashMap<>(RunWriter.runInfo(scenario));
        info.put("design", plan.grid() ? "grid" : "Latin hypercube");
        info.put("points", plan.points().size() + " x " + plan.replicates()
                + " cells (common random numbers: cell r of every point uses the same random streams)");
        info.put("metric", metric.equals(plan.metric()) ? SweepLabels.metric(metric)
                : SweepLabels.metric(metric) + " (" + SweepLabels.metric(plan.metric()) + " has no value at any point)");
        HtmlReport.write(file, "ReceptorSim sweep: " + scenario.name(), info, header, table, charts);
    }
}
