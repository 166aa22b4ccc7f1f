package org.receptorsim.output;

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
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.receptorsim.analysis.ArmSummary;
import org.receptorsim.statistics.ArmComparison;
import org.receptorsim.statistics.ConfidenceInterval;
import org.receptorsim.statistics.SummaryRow;
import org.receptorsim.figure.ChartStyle;
import org.receptorsim.figure.DecadeLogAxis;
import org.receptorsim.figure.Figure;
import org.receptorsim.figure.FigureFormat;
import org.receptorsim.figure.TimePanels;
import org.receptorsim.figure.TimeScale;
import org.receptorsim.metrics.ToleranceMetrics;
import org.receptorsim.model.ArmResult;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.Yaml;

/**
 * Writes the tolerance metrics of a chronic scenario into a new directory, atomically: {@code tolerance.csv} (one
 * row per arm and replicate cell), {@code tolerance-challenges.csv} (every challenge curve's shift),
 * {@code tolerance.json} (per arm: mean and 95 % interval over the cells, and every cell's values), the figures
 * {@code challenges} (the family of shifted curves of the first cell), {@code tolerance} (EC50 shift and Emax loss
 * over time, mean ± 95 % CI) and {@code timeseries} (PNG, SVG and/or PDF), {@code manifest.json} and
 * {@code report.html}.
 */
public final class ToleranceWriter {

    private ToleranceWriter() {
    }

    /**
     * Writes the results.
     *
     * @param target the directory to create (must not exist)
     * @param scenario the resolved scenario
     * @param command the command line as typed
     * @param results per replicate cell, the arm results
     * @param metrics per replicate cell, the arms' metrics
     * @param wallSeconds wall time of the simulations
     * @return the target
     */
    public static Path write(Path target, Scenario scenario, String command, List<List<ArmResult>> results,
                             List<List<ToleranceMetrics>> metrics, double wallSeconds) {
        return write(target, scenario, command, results, metrics, wallSeconds, FigureFormat.DEFAULT);
    }

    /**
     * Writes the results with the figures in the given formats.
     *
     * @param target the directory to create (must not exist)
     * @param scenario the resolved scenario
     * @param command the command line as typed
     * @param results per replicate cell, the arm results
     * @param metrics per replicate cell, the arms' metrics
     * @param wallSeconds wall time of the simulations
     * @param formats figure formats
     * @return the target
     */
    public static Path write(Path target, Scenario scenario, String command, List<List<ArmResult>> results,
                             List<List<ToleranceMetrics>> metrics, double wallSeconds, Set<FigureFormat> formats) {
        try (RunDirectory dir = RunDirectory.create(target)) {
            List<String> arms = metrics.get(0).stream().map(ToleranceMetrics::arm).toList();
            writeMetricsCsv(dir.file("tolerance.csv"), metrics);
            writeChallengesCsv(dir.file("tolerance-challenges.csv"), metrics);
            Map<String, Map<String, ConfidenceInterval>> ci = intervals(arms, metrics);
            double[][][] values = values(arms, metrics);
            SummaryCsv.write(dir.file("summary.csv"), SummaryRow.table(arms, ToleranceMetrics.NAMES,
                    ToleranceMetrics.UNITS, values));
            List<ArmComparison> comparisons = ArmComparison.againstFirst(arms, ToleranceMetrics.NAMES,
                    ToleranceMetrics.UNITS, values);
            if (!comparisons.isEmpty()) {
                SummaryCsv.writeComparisons(dir.file("comparisons.csv"), comparisons);
            }
            ObjectMapper json = Yaml.jsonMapper();
            Map<String, Object> document = json(scenario, arms, metrics, ci);
            if (!comparisons.isEmpty()) {
                document.put("comparisons", comparisons);
                document.put("comparisonTest", ArmComparison.TEST);
            }
            json.writeValue(dir.file("tolerance.json").toFile(), document);
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("program", "ReceptorSim");
            manifest.put("version", RunWriter.VERSION);
            manifest.put("command", command);
            manifest.put("seed", scenario.seed());
            manifest.put("replicates", results.size());
            manifest.put("scenario", scenario);
            Manifests.write(dir.file("manifest.json"), manifest);

            List<ArmResult> first = results.get(0);
            List<Figure> figures = new ArrayList<>();
            boolean challenges = first.stream().anyMatch(r -> !r.challengeCurves().isEmpty());
            if (challenges) {
                List<ArmSummary> summaries = first.stream().map(r -> ArmSummary.of(r, scenario.ligands())).toList();
                figures.add(shiftFigure(scenario.name(), arms, metrics));
                figures.add(ChallengeOutput.figure("challenges", scenario.name() + ": challenge curves"
                        + (results.size() > 1 ? " (cell 1)" : ""), first, summaries,
                        scenario.ligands().get(scenario.challenges().ligandIndex()).name()));
            }
            figures.add(TimeSeriesChart.figure("timeseries", scenario.name() + (results.size() > 1 ? " (cell 1)"
                    : ""), first, scenario.ligands()));
            for (Figure f : figures) {
                f.write(dir.file(""), formats);
            }
            report(dir.file("report.html"), scenario, command, arms, metrics, ci, comparisons, wallSeconds, challenges,
                    figures);
            return dir.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results to " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Per arm and tolerance metric, the mean over the cells with its 95 % interval (cells where the metric does not
     * apply left out).
     *
     * @param arms the arm names
     * @param metrics per replicate cell, the arms' metrics
     * @return arm → metric name → interval
     */
    public static Map<String, Map<String, ConfidenceInterval>> intervals(List<String> arms,
                                                                        List<List<ToleranceMetrics>> metrics) {
        double[][][] v = values(arms, metrics);
        Map<String, Map<String, ConfidenceInterval>> out = new LinkedHashMap<>();
        for (int a = 0; a < arms.size(); a++) {
            Map<String, ConfidenceInterval> m = new LinkedHashMap<>();
            for (int k = 0; k < ToleranceMetrics.NAMES.size(); k++) {
                m.put(ToleranceMetrics.NAMES.get(k), ConfidenceInterval.of(v[a][k], 0.95));
            }
            out.put(arms.get(a), m);
        }
        return out;
    }

    /**
     * The tolerance metrics of every cell, arm by arm.
     *
     * @param arms the arm names
     * @param metrics per replicate cell, the arms' metrics
     * @return values[arm][metric][cell] in {@link ToleranceMetrics#NAMES} order
     */
    public static double[][][] values(List<String> arms, List<List<ToleranceMetrics>> metrics) {
        double[][][] v = new double[arms.size()][ToleranceMetrics.NAMES.size()][metrics.size()];
        for (int r = 0; r < metrics.size(); r++) {
            for (int a = 0; a < arms.size(); a++) {
                double[] m = metrics.get(r).get(a).values();
                for (int k = 0; k < m.length; k++) {
                    v[a][k][r] = m[k];
                }
            }
        }
        return v;
    }

    private static void writeMetricsCsv(Path file, List<List<ToleranceMetrics>> metrics) throws IOException {
        CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true).addColumn("arm").addColumn("replicate");
        ToleranceMetrics.NAMES.forEach(b::addColumn);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             var seq = new CsvMapper().writer(b.build()).writeValues(w)) {
            for (int r = 0; r < metrics.size(); r++) {
                for (ToleranceMetrics m : metrics.get(r)) {
                    List<Object> row = new ArrayList<>(List.of(m.arm(), r));
                    for (double v : m.values()) {
                        row.add(Double.isFinite(v) ? (Object) v : "");
                    }
                    seq.write(row);
                }
            }
        }
    }

    private static void writeChallengesCsv(Path file, List<List<ToleranceMetrics>> metrics) throws IOException {
        CsvSchema schema = CsvSchema.builder().setUseHeader(true).addColumn("arm").addColumn("replicate")
                .addColumn("time_h").addColumn("ec50_M").addColumn("emax_percent").addColumn("ec50FoldShift")
                .addColumn("emaxLoss_percent").addColumn("fitFailure").build();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             var seq = new CsvMapper().writer(schema).writeValues(w)) {
            for (int r = 0; r < metrics.size(); r++) {
                for (ToleranceMetrics m : metrics.get(r)) {
                    for (ToleranceMetrics.ChallengeShift c : m.challenges()) {
                        seq.write(List.of(m.arm(), r, c.timeHours(), num(c.ec50Molar()), num(c.emax()),
                                num(c.ec50FoldShift()), num(c.emaxLossPercent()),
                                c.fitFailure() == null ? "" : c.fitFailure()));
                    }
                }
            }
        }
    }

    private static Object num(double v) {
        return Double.isFinite(v) ? (Object) v : "";
    }

    private static Map<String, Object> json(Scenario scenario, List<String> arms, List<List<ToleranceMetrics>> metrics,
                                            Map<String, Map<String, ConfidenceInterval>> ci) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", scenario.name());
        m.put("seed", scenario.seed());
        m.put("replicates", metrics.size());
        m.put("definitions", "see org.receptorsim.metrics.ToleranceMetrics; mean and 95 % t interval over the cells");
        List<Object> out = new ArrayList<>();
        for (int a = 0; a < arms.size(); a++) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("arm", arms.get(a));
            Map<String, Object> mean = new LinkedHashMap<>();
            for (var e : ci.get(arms.get(a)).entrySet()) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("mean", finite(e.getValue().mean()));
                v.put("halfWidth95", finite(e.getValue().halfWidth()));
                v.put("n", e.getValue().n());
                mean.put(e.getKey(), v);
            }
            am.put("metrics", mean);
            List<Object> cells = new ArrayList<>();
            for (List<ToleranceMetrics> rep : metrics) {
                ToleranceMetrics t = rep.get(a);
                Map<String, Object> cm = new LinkedHashMap<>();
                t.asMap().forEach((k, v) -> cm.put(k, finite(v)));
                List<Object> ch = new ArrayList<>();
                for (ToleranceMetrics.ChallengeShift c : t.challenges()) {
                    Map<String, Object> x = new LinkedHashMap<>();
                    x.put("time_h", c.timeHours());
                    x.put("ec50_M", finite(c.ec50Molar()));
                    x.put("emax_percent", finite(c.emax()));
                    x.put("ec50FoldShift", finite(c.ec50FoldShift()));
                    x.put("emaxLoss_percent", finite(c.emaxLossPercent()));
                    x.put("fitFailure", c.fitFailure());
                    ch.add(x);
                }
                cm.put("challenges", ch);
                cells.add(cm);
            }
            am.put("cells", cells);
            out.add(am);
        }
        m.put("arms", out);
        return m;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /**
     * EC50 fold shift (log axis) and Emax loss against time, per arm: mean over the cells with its 95 % t interval,
     * as in the table (no bars for a single cell).
     */
    static Figure shiftFigure(String title, List<String> arms, List<List<ToleranceMetrics>> metrics) {
        YIntervalSeriesCollection shift = new YIntervalSeriesCollection();
        YIntervalSeriesCollection loss = new YIntervalSeriesCollection();
        double last = 0;
        for (int a = 0; a < arms.size(); a++) {
            YIntervalSeries s = new YIntervalSeries(arms.get(a) + ": EC50 fold shift");
            YIntervalSeries l = new YIntervalSeries(arms.get(a) + ": Emax loss");
            int n = metrics.get(0).get(a).challenges().size();
            for (int k = 0; k < n; k++) {
                double[] sv = new double[metrics.size()];
                double[] lv = new double[metrics.size()];
                double t = metrics.get(0).get(a).challenges().get(k).timeHours();
                last = Math.max(last, t);
                for (int r = 0; r < metrics.size(); r++) {
                    ToleranceMetrics.ChallengeShift c = metrics.get(r).get(a).challenges().get(k);
                    sv[r] = c.ec50FoldShift() > 0 ? c.ec50FoldShift() : Double.NaN;
                    lv[r] = c.emaxLossPercent();
                }
                addMeanCi(s, t, ConfidenceInterval.of(sv, 0.95), true);
                addMeanCi(l, t, ConfidenceInterval.of(lv, 0.95), false);
            }
            shift.addSeries(s);
            loss.addSeries(l);
        }
        TimePanels panels = new TimePanels(last * 3600, null, Figure.DOUBLE_COLUMN);
        YIntervalSeriesCollection[] data = {scaled(shift, panels.scale()), scaled(loss, panels.scale())};
        panels.panel("EC50 of the challenge curve", new DecadeLogAxis("× first challenge"), data[0],
                renderer(arms.size()));
        NumberAxis y2 = ChartStyle.numberAxis("%");
        y2.setAutoRangeIncludesZero(true);
        panels.panel("Emax loss", y2, data[1], renderer(arms.size()));
        List<LegendItem> legend = new ArrayList<>();
        for (int a = 0; a < arms.size(); a++) {
            legend.add(ChartStyle.legendLine(arms.get(a), ChartStyle.colour(a), ChartStyle.line(a),
                    ChartStyle.marker(a)));
        }
        legend.add(ChartStyle.legendNote(metrics.size() > 1 ? "mean ± 95 % CI of " + metrics.size() + " cells"
                : "one simulated cell"));
        return Figure.of("tolerance", panels.chart(title + ": tolerance over time", TimePanels.legend(legend)),
                Figure.DOUBLE_COLUMN, panels.heightPoints() + 20);
    }

    /** The series with time converted from hours to the panels' unit. */
    private static YIntervalSeriesCollection scaled(YIntervalSeriesCollection hours, TimeScale scale) {
        YIntervalSeriesCollection out = new YIntervalSeriesCollection();
        for (int i = 0; i < hours.getSeriesCount(); i++) {
            YIntervalSeries in = hours.getSeries(i);
            YIntervalSeries s = new YIntervalSeries(in.getKey());
            for (int k = 0; k < in.getItemCount(); k++) {
                s.add(scale.of(in.getX(k).doubleValue() * 3600), in.getYValue(k), in.getYLowValue(k),
                        in.getYHighValue(k));
            }
            out.addSeries(s);
        }
        return out;
    }

    private static void addMeanCi(YIntervalSeries s, double t, ConfidenceInterval ci, boolean positive) {
        if (ci.n() == 0 || !Double.isFinite(ci.mean())) {
            return;
        }
        double half = Double.isFinite(ci.halfWidth()) ? ci.halfWidth() : 0;
        double lo = ci.mean() - half;
        if (positive && lo <= 0) {
            lo = ci.mean() / 10; // the interval reaches below zero: the bar runs off the log axis' decade
        }
        s.add(t, ci.mean(), lo, ci.mean() + half);
    }

    private static XYErrorRenderer renderer(int arms) {
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDefaultLinesVisible(true);
        r.setDefaultShapesVisible(true);
        r.setDrawXError(false);
        r.setCapLength(4);
        for (int i = 0; i < arms; i++) {
            r.setSeriesPaint(i, ChartStyle.colour(i));
            r.setSeriesStroke(i, ChartStyle.line(i));
            r.setSeriesShape(i, ChartStyle.marker(i));
        }
        return r;
    }

    private static void report(Path file, Scenario scenario, String command, List<String> arms,
                               List<List<ToleranceMetrics>> metrics, Map<String, Map<String, ConfidenceInterval>> ci,
                               List<ArmComparison> comparisons, double wallSeconds, boolean challenges,
                               List<Figure> charts) throws IOException {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("command", command);
        info.putAll(RunWriter.runInfo(scenario));
        info.put("cells", metrics.size() + " per arm" + (metrics.size() > 1 ? " (mean and 95 % interval)" : ""));
        info.put("wall time", String.format(Locale.ROOT, "%.1f s", wallSeconds));
        HtmlReport r = new HtmlReport("ReceptorSim tolerance: " + scenario.name()).run(info);
        if (!challenges) {
            r.warning("The scenario has no challenge curves ('challenges:' section): EC50 shift, Emax loss and the "
                    + "time to 50 % of the final tolerance are not available.");
        }
        r.section("Tolerance metrics");
        List<String> header = new ArrayList<>(List.of("metric"));
        header.addAll(arms);
        List<List<String>> rows = new ArrayList<>();
        for (int k = 0; k < ToleranceMetrics.NAMES.size(); k++) {
            List<String> row = new ArrayList<>(List.of(ToleranceMetrics.LABELS.get(k)));
            for (String arm : arms) {
                ConfidenceInterval c = ci.get(arm).get(ToleranceMetrics.NAMES.get(k));
                row.add(format(c));
            }
            rows.add(row);
        }
        r.table(null, header, rows);
        r.comparisons(comparisons, org.receptorsim.metrics.CellMetrics::label);
        r.paragraph("Definitions (org.receptorsim.metrics.ToleranceMetrics): EC50 shift and Emax loss of each challenge "
                + "curve against the first; time to 50 % of the final log EC50 shift; tachyphylaxis = decline of "
                + "G-protein activation during the first agonist stretch, 100·(peak − end)/peak, and the time from "
                + "the peak to half of it; withdrawal = agonist removed or antagonist added: the cAMP overshoot's peak, "
                + "area above control and half-decay time; receptor and surface loss by the end of the exposure.");
        if (challenges) {
            List<List<String>> ch = new ArrayList<>();
            for (int a = 0; a < arms.size(); a++) {
                for (ToleranceMetrics.ChallengeShift c : metrics.get(0).get(a).challenges()) {
                    ch.add(List.of(arms.get(a), String.format(Locale.ROOT, "%.3g", c.timeHours()),
                            RunWriter.fmt(c.ec50Molar() * 1e9), RunWriter.fmt(c.emax()),
                            RunWriter.fmt(c.ec50FoldShift()), RunWriter.fmt(c.emaxLossPercent()),
                            c.fitFailure() == null ? "" : c.fitFailure()));
                }
            }
            r.section("Challenge curves" + (metrics.size() > 1 ? " (cell 1)" : ""));
            r.table(null, List.of("arm", "time (h)", "EC50 (nM)", "Emax (%)", "EC50 fold shift", "Emax loss (%)",
                    "fit"), ch);
        }
        r.section("Charts");
        for (Figure f : charts) {
            r.figure(null, f);
        }
        r.write(file);
    }

    private static String format(ConfidenceInterval c) {
        if (!Double.isFinite(c.mean())) {
            return "";
        }
        String m = String.format(Locale.ROOT, "%.3g", c.mean());
        if (!Double.isFinite(c.halfWidth())) {
            return m;
        }
        double hw = c.halfWidth() < 1e-9 * Math.max(1, Math.abs(c.mean())) ? 0 : c.halfWidth();
        return m + " ± " + String.format(Locale.ROOT, "%.2g", hw);
    }
}
