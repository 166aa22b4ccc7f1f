package org.receptorsim.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.ensemble.EnsembleRunner;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.SweepPlan;

/** Running a sweep: the table and charts, common random numbers, and resuming after an interruption. */
class SweepRunnerTest {

    private static final Scenario GRID = SweepFixtures.scenario(SweepFixtures.GRID);
    private static final SweepPlan PLAN = SweepFixtures.plan(GRID);

    @TempDir
    static Path shared;

    /** The 2 x 2 grid run once without interruption: the reference of the resume tests. */
    private static Path whole;

    @BeforeAll
    static void runWholeGrid() throws Exception {
        whole = shared.resolve("whole");
        assertTrue(new SweepRunner(GRID, PLAN, whole, 2, false).run(n -> { }));
    }

    /** A 2 x 2 grid with two arms: 4 rows per arm with units in the axis columns, JSON, PNGs ImageIO can read. */
    @Test
    void gridWritesTableJsonAndReadableHeatMaps() throws Exception {
        List<String> lines = Files.readAllLines(whole.resolve("sweep.csv"));
        assertEquals(1 + 4 * 2, lines.size());
        List<String> header = Arrays.asList(lines.get(0).replace("\"", "").split(","));
        assertEquals(SweepOutput.header(PLAN), header);
        assertEquals(List.of("point", "cell.s375Grk23Rate_per_s", "ligands.DAMGO.arrestin3Efficacy", "arm",
                "peakSignal_mean", "peakSignal_ci95", "peakSignal_n"), header.subList(0, 7));
        assertEquals(4, lines.stream().filter(l -> l.contains(",wild-type,")).count());
        assertEquals(4, lines.stream().filter(l -> l.contains(",slow-GRK,")).count());
        assertTrue(lines.get(1).startsWith("1,0.005,0.1,wild-type,"), lines.get(1));
        for (String arm : List.of("wild-type", "slow-GRK")) {
            BufferedImage png = ImageIO.read(whole.resolve("sweep-" + arm + ".png").toFile());
            assertNotNull(png, arm);
            assertEquals(2100, png.getWidth(), "two journal columns (7 in) at 300 dpi");
        }
        JsonNode json = new ObjectMapper().readTree(whole.resolve("sweep.json").toFile());
        assertEquals(2, json.path("axes").size());
        assertEquals("/s", json.path("axes").path(0).path("unit").asText());
        assertEquals(0.05, json.path("axes").path(0).path("values").path(1).asDouble(), 1e-15);
        assertEquals(8, json.path("points").size());
        assertEquals(3, json.path("points").path(0).path("metrics").path("peakSignal").path("n").asInt());
        assertEquals("finalEc50FoldShift", json.path("metric").asText());
        assertEquals("tachyphylaxis_percent", json.path("metricShown").asText(),
                "no challenges, no EC50 shift: the maps fall back to desensitization");
        for (int p = 1; p <= 4; p++) {
            assertTrue(Files.isRegularFile(whole.resolve(String.format("points/p%04d/summary.json", p))));
        }
        assertTrue(Files.readString(whole.resolve("manifest.json")).contains("\"status\" : \"complete\""));
        assertTrue(Files.isRegularFile(whole.resolve("report.html")));
        assertFalse(Files.exists(shared.resolve("whole.partial")));
    }

    /** The metrics of the table are the ensemble's per-cell metrics, in the same order. */
    @Test
    void tableHasEveryEnsembleMetric() throws Exception {
        String header = Files.readAllLines(whole.resolve("points/p0001/replicates.csv")).get(0).replace("\"", "");
        List<String> columns = Arrays.asList(header.split(","));
        assertEquals(List.of("replicate", "arm"), columns.subList(0, 2));
        assertEquals(SweepPlan.METRICS, columns.subList(2, columns.size()));
    }

    /** Common random numbers: two points with the same values give the same cells, hence identical metrics. */
    @Test
    void identicalPointsGiveIdenticalMetrics(@TempDir Path tmp) throws Exception {
        Scenario s = SweepFixtures.scenario("""
                  replicates: 3
                  metric: tachyphylaxis_percent
                  axes:
                    - {parameter: cell.grk23Level, values: [1.0, 2.0, 1.0]}
                """);
        Path out = tmp.resolve("crn");
        assertTrue(new SweepRunner(s, SweepFixtures.plan(s), out, 2, false).run(n -> { }));
        List<String> rows = Files.readAllLines(out.resolve("sweep.csv"));
        assertEquals(1 + 3 * 2, rows.size());
        for (int arm = 0; arm < 2; arm++) {
            String p1 = rows.get(1 + arm).substring(rows.get(1 + arm).indexOf(',') + 1);
            String p2 = rows.get(3 + arm).substring(rows.get(3 + arm).indexOf(',') + 1);
            String p3 = rows.get(5 + arm).substring(rows.get(5 + arm).indexOf(',') + 1);
            assertEquals(p1, p3);
            assertNotEquals(p1, p2);
        }
        assertArrayEquals(Files.readAllBytes(out.resolve("points/p0001/replicates.csv")),
                Files.readAllBytes(out.resolve("points/p0003/replicates.csv")));
        assertNotNull(ImageIO.read(out.resolve("sweep-wild-type.png").toFile()), "one axis: a line chart");
    }

    /**
     * What a resume compares does not depend on the order of the parameter-source maps (Map.copyOf iterates in an
     * order that changes between JVMs, so a resumed process would otherwise see "another scenario").
     */
    @Test
    void resumeFingerprintIgnoresSourceMapOrder() throws Exception {
        Ligand l = GRID.ligands().get(0);
        Map<String, String> reversed = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(new TreeMap<>(l.sources()).keySet());
        Collections.reverse(keys);
        keys.forEach(k -> reversed.put(k, l.sources().get(k)));
        Ligand other = org.receptorsim.records.Records.with(l, "sources", reversed);
        List<Ligand> ligands = new ArrayList<>(GRID.ligands());
        ligands.set(0, other);
        Scenario shuffled = new Scenario(GRID.name(), GRID.description(), GRID.file(), GRID.seed(),
                GRID.durationSeconds(), GRID.dtSeconds(), GRID.outputIntervalSeconds(), ligands, GRID.arms(),
                GRID.forskolin(), GRID.challenges(), GRID.engine(), GRID.replicates(), GRID.variability(),
                GRID.sweep());
        assertEquals(EnsembleRunner.fingerprint(GRID, 3), EnsembleRunner.fingerprint(shuffled, 3));
        assertNotEquals(EnsembleRunner.fingerprint(GRID, 3), EnsembleRunner.fingerprint(GRID, 4));
    }

    /** Cancelled after the first point, the sweep resumes to the same table as an uninterrupted one. */
    @Test
    void sweepCancelledBetweenPointsResumesToSameTable(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("resumed");
        SweepRunner first = new SweepRunner(GRID, PLAN, out, 2, false);
        assertFalse(first.run(n -> first.cancel()));
        assertFalse(Files.exists(out));
        assertTrue(Files.isDirectory(tmp.resolve("resumed.partial/points/p0001")));
        assertFalse(Files.exists(tmp.resolve("resumed.partial/points/p0002")));
        assertThrows(IllegalStateException.class, () -> new SweepRunner(GRID, PLAN, out, 1, false).run(n -> { }),
                "a partial sweep is not overwritten without --resume");
        assertThrows(IllegalStateException.class,
                () -> new SweepRunner(GRID, PLAN.withReplicates(4), out, 1, true).run(n -> { }),
                "a resume must be the same sweep");
        int[] pointsSeen = {0};
        assertTrue(new SweepRunner(GRID, PLAN, out, 1, true).run(n -> pointsSeen[0] = n));
        assertEquals(4, pointsSeen[0]);
        assertArrayEquals(Files.readAllBytes(whole.resolve("sweep.csv")), Files.readAllBytes(out.resolve("sweep.csv")));
        assertArrayEquals(Files.readAllBytes(whole.resolve("sweep.json")),
                Files.readAllBytes(out.resolve("sweep.json")));
    }

    /** Cancelled in the middle of a point, the point's finished cells are kept and the result is the same. */
    @Test
    void sweepCancelledInsideAPointResumesThatPoint(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("resumed");
        SweepRunner first = new SweepRunner(GRID, PLAN, out, 1, false);
        assertFalse(first.run(n -> { }, (point, cells) -> {
            if (point == 1 && cells == 1) {
                first.cancel();
            }
        }));
        Path partialPoint = tmp.resolve("resumed.partial/points/p0002.partial");
        assertTrue(Files.isDirectory(partialPoint));
        try (var files = Files.list(partialPoint.resolve("replicates"))) {
            assertEquals(1, files.count(), "one cell of point 2 was committed");
        }
        int[] firstReport = {-1};
        assertTrue(new SweepRunner(GRID, PLAN, out, 2, true).run(n -> { }, (point, cells) -> {
            if (point == 1 && firstReport[0] < 0) {
                firstReport[0] = cells;
            }
        }));
        assertEquals(1, firstReport[0], "the committed cell of point 2 was kept, not run again");
        assertArrayEquals(Files.readAllBytes(whole.resolve("sweep.csv")), Files.readAllBytes(out.resolve("sweep.csv")));
    }
}
