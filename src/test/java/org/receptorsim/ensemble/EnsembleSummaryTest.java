package org.receptorsim.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.output.SummaryCsv;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.ScenarioLoader;

/**
 * An ensemble's tidy outputs: one long-format summary.csv, the arms compared with the first in comparisons.csv (a
 * knockout of arrestin-3 loses far less surface than the wild type), empty cells where a metric does not apply.
 */
class EnsembleSummaryTest {

    @Test
    void writesLongSummaryComparisonsAndEmptyCellsForMissingValues(@TempDir Path tmp) throws Exception {
        var scenario = new ScenarioLoader(Library.bundled()).parse("two-arms.yaml", """
                cell: HEK293-MOR
                cellOverrides: {receptorCount: 500}
                ligands: [DAMGO]
                protocol: {bath: [{at: 0 s, set: {DAMGO: 1 uM}}]}
                variability: {receptorCount: 0.3}
                duration: 30 min
                dt: 2 s
                outputInterval: 1 min
                seed: 5
                arms:
                  - name: wild-type
                  - name: arrestin-KO
                    cellOverrides: {arrestin3Level: 0, arrestin2Level: 0}
                """).withEngine(KineticsEngine.COHORT);
        Path out = tmp.resolve("e");
        new EnsembleRunner(scenario, out, new EnsembleRunner.Options(6, 2, false, false)).run(d -> { });

        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(String.join(",", SummaryCsv.SUMMARY_COLUMNS), summary.get(0));
        assertTrue(summary.stream().anyMatch(l -> l.startsWith("surfaceLossAt30min_percent,wild-type,%,6,")),
                String.join("\n", summary));
        String overshoot = summary.stream().filter(l -> l.startsWith("overshootPeak_xControl,wild-type,")).findFirst()
                .orElseThrow();
        assertEquals("overshootPeak_xControl,wild-type,x control,0,,,,", overshoot, "no withdrawal: empty cells");
        assertEquals(1 + 2 * 19, summary.size(), "every metric of both arms");

        for (String f : List.of("replicates.csv", "summary.csv", "comparisons.csv")) {
            assertFalse(Files.readString(out.resolve(f)).contains("NaN"), f + " has no NaN text");
        }
        List<String> comparisons = Files.readAllLines(out.resolve("comparisons.csv"));
        assertEquals(String.join(",", SummaryCsv.COMPARISON_COLUMNS), comparisons.get(0));
        String[] loss = comparisons.stream().filter(l -> l.startsWith("surfaceLossAt30min_percent,"))
                .findFirst().orElseThrow().split(",");
        assertEquals("arrestin-KO", loss[2]);
        assertEquals("wild-type", loss[3]);
        double diff = Double.parseDouble(loss[6]);
        double low = Double.parseDouble(loss[7]);
        double high = Double.parseDouble(loss[8]);
        assertTrue(diff < 0 && high < 0 && low < diff && diff < high, "the knockout loses less surface: "
                + String.join(",", loss));
        assertTrue(Double.parseDouble(loss[9]) < 0.001, "and the Welch test says so");
        assertTrue(Files.readString(out.resolve("summary.json")).contains("\"comparisons\""));
        assertTrue(Files.readString(out.resolve("report.html")).contains("Differences between arms"));
    }
}
