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
     * @return the summaries written
     */
    public static List<ArmSummary> write(Path target, Scenario scenario, List<ArmResult> results) {
        int signalIndex = results.get(0).readoutNames().indexOf(CyclaseCascade.G_PROTEIN_ACTIVATION);
        List<ArmSummary> summaries = new ArrayList<>();
        for (ArmResult r : results) {
            summaries.add(ArmSummary.of(r, scenario.ligands()));
        }
        ObjectMapper json = Yaml.jsonMapper();
        try (RunDirectory dir = RunDirectory.create(target)) {
            TimeSeriesCsv.write(dir.file("timeseries.csv"), results, scenario.ligands());
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("scenario", scenario.name());
            summary.put("seed", scenario.seed());
            summary.put("arms", summaries);
            json.writeValue(dir.file("summary.json").toFile(), summary);
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("program", "ReceptorSim");
            manifest.put("version", VERSION);
            manifest.put("seed", scenario.seed());
            manifest.put("scenario", scenario);
            json.writeValue(dir.file("manifest.json").toFile(), manifest);
            TimeSeriesChart.writePng(dir.file("timeseries.png"),
                    TimeSeriesChart.build(scenario.name(), results, signalIndex), 1000, 900);
            if (results.stream().anyMatch(r -> !r.challengeCurves().isEmpty())) {
                ChallengeOutput.writeCsv(dir.file("challenges.csv"), results);
                TimeSeriesChart.writePng(dir.file("challenges.png"),
                        ChallengeOutput.chart(scenario.name() + ": challenge curves", results, summaries), 1000, 700);
            }
            List<List<String>> rows = new ArrayList<>();
            for (ArmSummary a : summaries) {
                rows.add(List.of(a.arm(), fmt(a.peakSignal()), fmt(a.signalAtEnd()),
                        a.episodes().isEmpty() ? "" : fmt(a.episodes().get(0).desensitizationPercent()),
                        a.surfaceLossPercentAt30min() == null ? "" : fmt(a.surfaceLossPercentAt30min()),
                        Long.toString(a.receptorsAtEnd()), fmt(a.peakCampRelative()),
                        a.challenges().isEmpty() ? "" : fmt(a.challenges().get(a.challenges().size() - 1)
                                .ec50FoldShift())));
            }
            HtmlReport.write(dir.file("report.html"), "ReceptorSim run: " + scenario.name(),
                    runInfo(scenario), List.of("arm", "peak G activation", "G at end", "desensitization %",
                            "surface loss at 30 min %", "receptors at end", "peak cAMP (x control)",
                            "last EC50 fold shift"), rows,
                    List.of(dir.file("timeseries.png"), dir.file("challenges.png")));
            dir.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results to " + target + ": " + e.getMessage(), e);
        }
        return summaries;
    }
}
