package org.receptorsim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptorsim.cli.ReceptorSimCommand;
import org.receptorsim.model.ArmResult;
import org.receptorsim.model.CellSnapshot;
import org.receptorsim.model.ChallengeCurve;
import org.receptorsim.model.ChallengePlan;
import org.receptorsim.model.ReceptorState;
import org.receptorsim.model.SignalReadouts;
import org.receptorsim.pharmacology.ExposureReadouts;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.scenario.Library;

/**
 * Each tolerance metric on a hand-made trajectory whose answers are known, and {@code receptorsim tolerance} on a
 * small chronic scenario.
 */
class ToleranceMetricsTest {

    private static final double H = 3600;

    /** Receptor counts per state: resting, internalized, degraded. */
    private static long[] counts(long resting, long internalized) {
        long[] c = new long[ReceptorState.values().length];
        c[ReceptorState.RESTING.ordinal()] = resting;
        c[ReceptorState.INTERNALIZED.ordinal()] = internalized;
        return c;
    }

    private static double[] hill(double ec50, double emax, double[] molar) {
        double[] r = new double[molar.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = emax / (1 + ec50 / molar[i]);
        }
        return r;
    }

    /**
     * Morphine from 0 to 4 h, then naloxone: G activation peaks at 0.8 (1 h) and falls to 0.4 (4 h); cAMP overshoots
     * to 2 at 5 h and is back at 1 by 8 h; 1000 receptors at 0 h, 800 alive (700 at the surface) at 4 h; challenge
     * EC50 1, 2 and 4 nM at 0, 4, 8 h with Emax 80, 80, 60.
     */
    @Test
    void everyMetricOnAKnownTrajectory() {
        Library lib = Library.bundled();
        List<Ligand> ligands = List.of(lib.ligand("morphine").orElseThrow(), lib.ligand("naloxone").orElseThrow());
        double[] g = {0, 0.8, 0.6, 0.5, 0.4, 0, 0, 0, 0, 0, 0};
        double[] camp = {1, 0.2, 0.2, 0.2, 0.2, 2.0, 1.5, 1.25, 1.0, 1.0, 1.0};
        List<CellSnapshot> snaps = new ArrayList<>();
        for (int k = 0; k <= 10; k++) {
            double[] conc = k == 0 ? new double[2] : k <= 4 ? new double[] {1e-6, 0} : new double[] {1e-6, 1e-5};
            long[] c = k < 4 ? counts(1000 - 50 * k, 0) : k == 4 ? counts(700, 100) : counts(750, 50);
            SignalReadouts readouts = signal(g[k], camp[k]);
            snaps.add(new CellSnapshot(k * H, c, 0, readouts, conc));
        }
        double[] molar = new double[13];
        for (int i = 0; i < molar.length; i++) {
            molar[i] = Math.pow(10, -12 + 0.5 * i);
        }
        List<ChallengeCurve> curves = List.of(new ChallengeCurve(0, "DAMGO", molar, hill(1e-9, 80, molar), ChallengePlan.Readout.CAMP),
                new ChallengeCurve(4 * H, "DAMGO", molar, hill(2e-9, 80, molar), ChallengePlan.Readout.CAMP),
                new ChallengeCurve(8 * H, "DAMGO", molar, hill(4e-9, 60, molar), ChallengePlan.Readout.CAMP));
        ToleranceMetrics m = ToleranceMetrics.of(new ArmResult("main", snaps, curves), ligands);

        assertEquals(3, m.challenges().size());
        assertEquals(2, m.challenges().get(1).ec50FoldShift(), 1e-4);
        assertEquals(4, m.finalEc50FoldShift(), 1e-4);
        assertEquals(25, m.finalEmaxLossPercent(), 1e-3);
        assertEquals(4, m.timeToHalfToleranceHours(), 1e-3, "half of log 4 = log 2, reached at 4 h");
        assertEquals(50, m.tachyphylaxisPercent(), 1e-9);
        assertEquals(60, m.tachyphylaxisHalfTimeMinutes(), 1e-9, "0.6 = halfway from 0.8 to 0.4, 1 h after the peak");
        assertEquals(4, m.withdrawalAtHours(), 1e-9);
        assertEquals(2, m.overshootPeak(), 1e-12);
        assertEquals(1, m.overshootPeakAfterHours(), 1e-12);
        assertEquals(1.75, m.overshootAreaControlHours(), 1e-12, "trapezoids of 0, 1, 0.5, 0.25, 0");
        assertEquals(1, m.overshootHalfDecayHours(), 1e-12, "1.5 reached 1 h after the peak");
        assertEquals(20, m.receptorLossPercent(), 1e-9, "800 of 1000 alive at the withdrawal");
        assertEquals(30, m.surfaceLossPercent(), 1e-9);
        assertEquals(ToleranceMetrics.NAMES.size(), m.values().length);
        assertEquals(ToleranceMetrics.LABELS.size(), m.values().length);
    }

    @Test
    void noWithdrawalNoChallengesGiveNaNNotNumbers() {
        Library lib = Library.bundled();
        List<Ligand> ligands = List.of(lib.ligand("DAMGO").orElseThrow());
        List<CellSnapshot> snaps = List.of(
                new CellSnapshot(0, counts(100, 0), 0, signal(0, 1), new double[1]),
                new CellSnapshot(60, counts(90, 10), 0, signal(0.5, 0.5), new double[] {1e-6}),
                new CellSnapshot(120, counts(80, 20), 0, signal(0.5, 0.5), new double[] {1e-6}));
        ToleranceMetrics m = ToleranceMetrics.of(new ArmResult("a", snaps, List.of()), ligands);
        assertTrue(Double.isNaN(m.finalEc50FoldShift()) && Double.isNaN(m.timeToHalfToleranceHours()));
        assertTrue(Double.isNaN(m.withdrawalAtHours()) && Double.isNaN(m.overshootPeak())
                && Double.isNaN(m.overshootAreaControlHours()));
        assertEquals(0, m.tachyphylaxisPercent(), 1e-12);
        assertTrue(Double.isNaN(m.tachyphylaxisHalfTimeMinutes()), "no decline, no half-time");
        assertEquals(20, m.surfaceLossPercent(), 1e-9, "at the end of the run without a withdrawal");
    }

    /** Half of the final log shift, from the first challenge; two challenges only would just give their midpoint. */
    @Test
    void timeToHalfToleranceNeedsAnIntermediateChallenge() {
        List<ToleranceMetrics.ChallengeShift> two = List.of(shift(0, 1), shift(24, 4));
        assertTrue(Double.isNaN(ToleranceMetrics.timeToHalfTolerance(two)));
        List<ToleranceMetrics.ChallengeShift> late = List.of(shift(4, 1), shift(8, 2), shift(12, 4));
        assertEquals(8, ToleranceMetrics.timeToHalfTolerance(late), 1e-9);
        List<ToleranceMetrics.ChallengeShift> fast = List.of(shift(0, 1), shift(4, 8), shift(24, 9));
        assertEquals(4 * Math.log(3) / Math.log(8), ToleranceMetrics.timeToHalfTolerance(fast), 1e-9);
        List<ToleranceMetrics.ChallengeShift> none = List.of(shift(0, 1), shift(4, 1.2), shift(8, 0.9));
        assertTrue(Double.isNaN(ToleranceMetrics.timeToHalfTolerance(none)), "no rightward shift");
    }

    private static ToleranceMetrics.ChallengeShift shift(double hours, double fold) {
        return new ToleranceMetrics.ChallengeShift(hours, "DAMGO", 1e-9 * fold, 80, fold, 0, null);
    }

    @Test
    void toleranceCommandWritesMetricsCurvesAndReport(@TempDir Path tmp) throws Exception {
        Path scenario = tmp.resolve("chronic.yaml");
        Files.writeString(scenario, """
                cell: HEK293-MOR
                cellOverrides: {receptorCount: 500}
                ligands: [morphine, DAMGO, naloxone]
                forskolin: true
                protocol:
                  bath:
                    - {at: 0 s, set: {morphine: 1 uM}}
                    - {at: 2 h, set: {naloxone: 10 uM}}
                challenges: {ligand: DAMGO, at: [0 h, 1 h, 2 h], duration: 3 min}
                duration: 3 h
                dt: 2 s
                outputInterval: 5 min
                """);
        Path out = tmp.resolve("out");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = ReceptorSimCommand.execute(new String[] {"tolerance", scenario.toString(), "--replicates", "2",
            "--out", out.toString()}, new PrintWriter(o, true), new PrintWriter(e, true));
        assertEquals(0, code, e.toString());
        assertTrue(o.toString().contains("final EC50 fold shift") && o.toString().contains("overshoot peak"),
                o.toString());
        Set<String> files;
        try (Stream<Path> s = Files.list(out)) {
            files = s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        assertEquals(Set.of("tolerance.csv", "tolerance-challenges.csv", "tolerance.json", "challenges.png",
                "tolerance.png", "timeseries.png", "manifest.json", "report.html", "summary.csv"), files);
        List<String> csv = Files.readAllLines(out.resolve("tolerance.csv"));
        assertEquals(3, csv.size(), "header and one row per cell");
        assertTrue(csv.get(0).startsWith("arm,replicate,finalEc50FoldShift,"));
        assertEquals(1 + 2 * 3, Files.readAllLines(out.resolve("tolerance-challenges.csv")).size());
        String page = Files.readString(out.resolve("report.html"));
        assertTrue(page.contains("Tolerance metrics") && page.contains("overshoot peak (× control)")
                && page.contains("<dt>seed</dt>"));
        assertEquals(3, page.split(java.util.regex.Pattern.quote("data:image/svg+xml;base64,"), -1).length - 1,
                "three charts embedded as SVG");
    }

    /** Readouts with G-protein activation (= effect) g and cAMP c (× control), no adaptation, a full pool. */
    private static SignalReadouts signal(double g, double c) {
        return new SignalReadouts(g, g, c, 1, 0, 1, 0, 0, ExposureReadouts.NONE);
    }
}
