package org.receptorsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptorsim.cli.ReceptorSimCommand;

/**
 * {@code tolerance} with two arms compares the second with the first: DAMGO internalizes far more receptors than
 * morphine, and the difference, its interval and the test say so in comparisons.csv, tolerance.json, the report and
 * on the console.
 */
class ToleranceComparisonTest {

    @Test
    void secondArmIsComparedWithTheFirst(@TempDir Path tmp) throws Exception {
        Path scenario = tmp.resolve("two.yaml");
        Files.writeString(scenario, """
                cell: HEK293-MOR
                cellOverrides: {receptorCount: 400}
                ligands: [morphine, DAMGO]
                duration: 40 min
                dt: 2 s
                outputInterval: 1 min
                arms:
                  - name: morphine
                    protocol: {bath: [{at: 0 s, set: {morphine: 1 uM}}]}
                  - name: DAMGO
                    protocol: {bath: [{at: 0 s, set: {DAMGO: 1 uM}}]}
                """);
        Path out = tmp.resolve("out");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = ReceptorSimCommand.execute(new String[] {"tolerance", scenario.toString(), "--replicates", "3",
            "--out", out.toString()}, new PrintWriter(o, true), new PrintWriter(e, true));
        assertEquals(0, code, e.toString());
        String[] surface = Files.readAllLines(out.resolve("comparisons.csv")).stream()
                .filter(l -> l.startsWith("surfaceLoss_percent,")).findFirst().orElseThrow().split(",");
        assertEquals(List.of("surfaceLoss_percent", "%", "DAMGO", "morphine", "3", "3"),
                List.of(surface).subList(0, 6));
        double low = Double.parseDouble(surface[7]);
        assertTrue(low > 10, "DAMGO removes more of the surface than morphine: " + String.join(",", surface));
        assertTrue(o.toString().contains("DAMGO - morphine: surface loss by the end of exposure (%) +"), o.toString());
        assertTrue(Files.readString(out.resolve("tolerance.json")).contains("\"comparisons\""));
        assertTrue(Files.readString(out.resolve("report.html")).contains("Differences between arms"));
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(1 + 2 * 12, summary.size());
        assertTrue(summary.contains("finalEc50FoldShift,morphine,fold,0,,,,"), "no challenges: empty cells");
    }
}
