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
 * {@code manifest.json} and {@code timeseries.png}, and with challenge experiments {@code challenges.csv} and
 * {@code challenges.png}.
 */
public final class RunWriter {

    /** Program version from the jar manifest, or "dev" when run from classes. */
    public static final String VERSION = versionOrDev();

    private RunWriter() {
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
            dir.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results to " + target + ": " + e.getMessage(), e);
        }
        return summaries;
    }
}
