package org.receptorsim.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;

/** Ensembles are reproducible whatever the thread count, and an interrupted ensemble resumes to the same result. */
class EnsembleRunnerTest {

    private static final List<String> FILES = List.of("ensemble.csv", "replicates.csv", "summary.json");

    private static Scenario scenario() {
        return new ScenarioLoader(Library.bundled()).parse("small-ensemble.yaml", """
                cell: HEK293-MOR
                cellOverrides: {receptorCount: 500}
                ligands: [DAMGO]
                protocol: {bath: [{at: 0 s, set: {DAMGO: 100 nM}}, {at: 5 min, washout: true}]}
                variability: {receptorCount: 0.3, arrestin3Level: 0.2}
                duration: 8 min
                dt: 1 s
                outputInterval: 30 s
                seed: 99
                """).withEngine(KineticsEngine.COHORT);
    }

    private static void assertSameFiles(Path a, Path b) throws Exception {
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    /** One thread and two threads give byte-identical aggregates. */
    @Test
    void sameSeedGivesIdenticalOutputsWithOneAndTwoThreads(@TempDir Path tmp) throws Exception {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        assertTrue(new EnsembleRunner(scenario(), one, new EnsembleRunner.Options(12, 1, false, false))
                .run(d -> { }).complete());
        assertTrue(new EnsembleRunner(scenario(), two, new EnsembleRunner.Options(12, 2, false, false))
                .run(d -> { }).complete());
        assertSameFiles(one, two);
        assertTrue(Files.exists(one.resolve("ensemble.png")));
        String report = Files.readString(one.resolve("report.html"));
        assertTrue(report.contains("peak G-protein activation (fraction)") && !report.contains(">peakSignal<"),
                "metrics by their names with units");
        java.util.regex.Matcher svg = java.util.regex.Pattern.compile("data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)")
                .matcher(report);
        assertTrue(svg.find(), "the figure embedded as SVG");
        String figure = new String(java.util.Base64.getDecoder().decode(svg.group(1)),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(figure.contains("median, 25–75 % and 5–95 % of 12 cells") && figure.contains(">25–75 %<"),
                "the legend says which band is which");
        assertFalse(Files.exists(one.resolve("replicates")), "replicate files are removed unless asked for");
    }

    /** Cancelled part-way, the run leaves a partial directory; resumed, it equals an uninterrupted run. */
    @Test
    void interruptedRunResumesToTheUninterruptedResult(@TempDir Path tmp) throws Exception {
        Path whole = tmp.resolve("whole");
        new EnsembleRunner(scenario(), whole, new EnsembleRunner.Options(10, 2, false, false)).run(d -> { });

        Path resumed = tmp.resolve("resumed");
        EnsembleRunner first = new EnsembleRunner(scenario(), resumed, new EnsembleRunner.Options(10, 2, false, false));
        EnsembleRunner.Outcome stopped = first.run(done -> {
            if (done >= 3) {
                first.cancel();
            }
        });
        assertFalse(stopped.complete());
        assertTrue(stopped.replicatesDone() >= 3 && stopped.replicatesDone() < 10, "stopped part-way");
        assertFalse(Files.exists(resumed), "nothing at the target until complete");
        String manifest = Files.readString(first.partialDirectory().resolve("manifest.json"));
        assertTrue(manifest.contains("\"partial\""), "marked as partial");

        assertThrows(IllegalStateException.class, () -> new EnsembleRunner(scenario(), resumed,
                new EnsembleRunner.Options(10, 2, false, false)).run(d -> { }), "refuses to overwrite without --resume");
        assertThrows(IllegalStateException.class, () -> new EnsembleRunner(scenario().withSeed(1), resumed,
                new EnsembleRunner.Options(10, 2, true, false)).run(d -> { }), "refuses another scenario");

        EnsembleRunner.Outcome done = new EnsembleRunner(scenario(), resumed,
                new EnsembleRunner.Options(10, 1, true, false)).run(d -> { });
        assertTrue(done.complete());
        assertEquals(10, done.replicatesDone());
        assertSameFiles(whole, resumed);
    }

    /**
     * A replicate file of an earlier format (here the start of a format-2 file: its magic number, an arm and a
     * readout column name) is not read as this format: resumed, the run computes that cell again and ends as an
     * uninterrupted run.
     */
    @Test
    void replicateFileOfAnEarlierFormatIsComputedAgainOnResume(@TempDir Path tmp) throws Exception {
        Path whole = tmp.resolve("whole");
        new EnsembleRunner(scenario(), whole, new EnsembleRunner.Options(6, 1, false, false)).run(d -> { });

        Path resumed = tmp.resolve("resumed");
        EnsembleRunner first = new EnsembleRunner(scenario(), resumed, new EnsembleRunner.Options(6, 1, false, false));
        EnsembleRunner.Outcome stopped = first.run(done -> {
            if (done >= 2) {
                first.cancel();
            }
        });
        assertFalse(stopped.complete());
        ReplicateStore store = new ReplicateStore(first.partialDirectory().resolve("replicates"));
        assertTrue(store.isReadable(0), "this format reads back");
        try (var out = new java.io.DataOutputStream(new java.util.zip.GZIPOutputStream(
                Files.newOutputStream(store.file(0))))) {
            out.writeInt(0x52535232); // format 2
            out.writeInt(1);
            out.writeUTF("main");
            out.writeInt(1);
            out.writeUTF("gProteinActivation");
        }
        assertFalse(store.isReadable(0), "a format-2 file is not read as format 3");

        EnsembleRunner.Outcome done = new EnsembleRunner(scenario(), resumed,
                new EnsembleRunner.Options(6, 1, true, false)).run(d -> { });
        assertTrue(done.complete());
        assertEquals(1, done.damagedRecomputed(), "the old file's cell computed again");
        assertSameFiles(whole, resumed);
    }

    /**
     * Arms whose exposures report different extra quantities (pharmacokinetics in one, a bath in the other) each keep
     * their own columns: the ensemble completes, its figure drawn, and only the dosed arm has plasma rows.
     */
    @Test
    void armsWithAndWithoutPharmacokineticsAggregateTogether(@TempDir Path tmp) throws Exception {
        Scenario s = new ScenarioLoader(Library.bundled())
                .load(Path.of("src/test/resources/org/receptorsim/model/pk-beside-bath.yaml"))
                .withEngine(KineticsEngine.COHORT);
        Path out = tmp.resolve("mixed");
        assertTrue(new EnsembleRunner(s, out, new EnsembleRunner.Options(3, 1, false, false)).run(d -> { })
                .complete());
        assertTrue(Files.exists(out.resolve("ensemble.png")));
        List<String> rows = Files.readAllLines(out.resolve("ensemble.csv"));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("dosed,") && r.contains(",pkPlasma_M,")));
        assertFalse(rows.stream().anyMatch(r -> r.startsWith("bath,") && r.contains(",pkPlasma_M,")));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("bath,") && r.contains(",conc_naloxone_M,")));
    }
}
