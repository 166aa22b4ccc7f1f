package org.receptorsim.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.receptorsim.analysis.ArmSummary;
import org.receptorsim.metrics.ToleranceMetrics;
import org.receptorsim.model.ArmResult;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.Yaml;
import org.receptorsim.signaling.CyclaseCascade;

/**
 * Writes the results of a run into a new directory, atomically: {@code timeseries.csv}, {@code summary.json},
 * {@code manifest.json}, {@code timeseries.png} and {@code report.html}, and with challenge experiments
 * {@code challenges.csv} and {@code challenges.png}.
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

    /** What was run, for reports: scenario, file, seed, engine, version. */
    public static Map<String, String> runInfo(Scenario scenario) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("scenario", scenario.name() + " (" + scenario.file() + ")");
        m.put("description", scenario.description().strip());
        m.put("seed", Long.toString(scenario.seed()));
        m.put("engine", scenario.engine() == null ? "per-receptor"
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

    /** Header of the key-metrics table: response columns, then the tolerance metrics that any arm has. */
    static List<String> metricsHeader(List<ToleranceMetrics> tolerance) {
        List<String> h = new ArrayList<>(List.of("arm", "peak G activation", "G at end", "surface loss at 30 min %",
                "receptors at end"));
        for (int k : definedTolerance(tolerance)) {
            h.add(ToleranceMetrics.LABELS.get(k));
        }
        return h;
    }

    /** Rows of the key-metrics table, one per arm. */
    static List<List<String>> metricsRows(List<ArmSummary> summaries, List<ToleranceMetrics> tolerance) {
        List<Integer> defined = definedTolerance(tolerance);
        List<List<String>> rows = new ArrayList<>();
        for (int a = 0; a < summaries.size(); a++) {
            ArmSummary s = summaries.get(a);
            List<String> row = new ArrayList<>(List.of(s.arm(), fmt(s.peakSignal()), fmt(s.signalAtEnd()),
                    s.surfaceLossPercentAt30min() == null ? "" : fmt(s.surfaceLossPercentAt30min()),
                    Long.toString(s.receptorsAtEnd())));
            double[] v = tolerance.get(a).values();
            for (int k : defined) {
                row.add(fmt(v[k]));
            }
            rows.add(row);
        }
        return rows;
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
        int signalIndex = results.get(0).readoutNames().indexOf(CyclaseCascade.G_PROTEIN_ACTIVATION);
        List<ArmSummary> summaries = new ArrayList<>();
        List<ToleranceMetrics> tolerance = new ArrayList<>();
        for (ArmResult r : results) {
            ArmSummary a = ArmSummary.of(r, scenario.ligands());
            summaries.add(a);
            tolerance.add(ToleranceMetrics.of(r, a, scenario.ligands()));
        }
        ObjectMapper json = Yaml.jsonMapper();
        try (RunDirectory dir = RunDirectory.create(target)) {
            TimeSeriesCsv.write(dir.file("timeseries.csv"), results, scenario.ligands());
            if (ChainStateCsv.any(results)) {
                ChainStateCsv.write(dir.file("chain-states.csv"), results);
            }
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("scenario", scenario.name());
            summary.put("seed", scenario.seed());
            summary.put("arms", summaries);
            summary.put("tolerance", tolerance);
            json.writeValue(dir.file("summary.json").toFile(), summary);
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("program", "ReceptorSim");
            manifest.put("version", VERSION);
            manifest.put("seed", scenario.seed());
            manifest.put("scenario", scenario);
            Manifests.write(dir.file("manifest.json"), manifest);
            TimeSeriesChart.writePng(dir.file("timeseries.png"),
                    TimeSeriesChart.build(scenario.name(), results, signalIndex), 1000, 900);
            if (results.stream().anyMatch(r -> !r.challengeCurves().isEmpty())) {
                ChallengeOutput.writeCsv(dir.file("challenges.csv"), results);
                TimeSeriesChart.writePng(dir.file("challenges.png"),
                        ChallengeOutput.chart(scenario.name() + ": challenge curves", results, summaries), 1000, 700);
            }
            HtmlReport.write(dir.file("report.html"), "ReceptorSim run: " + scenario.name(), runInfo(scenario),
                    metricsHeader(tolerance), metricsRows(summaries, tolerance),
                    List.of(dir.file("timeseries.png"), dir.file("challenges.png")));
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
