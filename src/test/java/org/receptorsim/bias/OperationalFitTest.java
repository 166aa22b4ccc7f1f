package org.receptorsim.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.GaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.receptorsim.analysis.LogisticFit;

/**
 * The fits on curves generated from known parameters: the operational model recovers log τ and log KA (exactly
 * without noise, within stated tolerances with noise), and a known ΔΔlog(τ/KA) within 0.15; the logistic recovers
 * EC50, Emax, slope and baseline; flat data give a failure with a reason, not numbers.
 */
class OperationalFitTest {

    /** A ligand's true parameters. */
    record Truth(String name, double logTau, double logKa) {
    }

    static final double[] MOLAR = series(-12, -4, 17);

    static double[] series(double fromLog, double toLog, int n) {
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = Math.pow(10, fromLog + (toLog - fromLog) * i / (n - 1));
        }
        return c;
    }

    /** Mean of {@code replicates} noisy observations of the operational model at each concentration. */
    static List<OperationalFit.Curve> curves(List<Truth> truths, double em, double n, double noiseSd, int replicates,
                                             long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        var gauss = GaussianSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), 0, 1);
        List<OperationalFit.Curve> out = new ArrayList<>();
        for (Truth t : truths) {
            double[] y = new double[MOLAR.length];
            for (int j = 0; j < y.length; j++) {
                double mean = OperationalFit.value(MOLAR[j], em, n, t.logTau(), t.logKa());
                for (int r = 0; r < replicates; r++) {
                    y[j] += (mean + noiseSd * gauss.sample()) / replicates;
                }
            }
            out.add(new OperationalFit.Curve(t.name(), MOLAR, y));
        }
        return out;
    }

    static final List<Truth> THREE = List.of(new Truth("full", 1.0, -8.0), new Truth("partial", 0.3, -7.5),
            new Truth("weak", -0.5, -8.5));

    /** Without noise and with a slope other than 1, everything is recovered, Em included. */
    @Test
    void recoversParametersExactlyWithoutNoise() {
        OperationalFit.Result r = OperationalFit.fit(curves(THREE, 100, 1.5, 0, 1, 1), 100);
        assertTrue(r.ok(), r.failure());
        assertEquals(100, r.emax(), 0.05);
        assertEquals(1.5, r.hill(), 0.005);
        for (Truth t : THREE) {
            OperationalFit.LigandParameters p = r.ligand(t.name());
            assertEquals(t.logTau(), p.logTau(), 0.01, t.name() + " log tau");
            assertEquals(t.logKa(), p.logKa(), 0.01, t.name() + " log KA");
            assertEquals(t.logTau() - t.logKa(), p.logTauOverKa(), 0.01, t.name() + " log tau/KA");
            assertFalse(p.kaAtBound());
            assertEquals(1, p.rSquared(), 1e-9);
        }
    }

    /**
     * With a slope of 1 the model cannot tell Em from τ and KA: a free-Em fit reproduces the curves exactly at some
     * Em, and Δlog(τ/KA) between ligands is still exact; with Em fixed at its true value τ and KA are exact.
     */
    @Test
    void slopeOneNeedsEmaxForTauAndKaButNotForTheirRatio() {
        List<OperationalFit.Curve> data = curves(THREE, 100, 1, 0, 1, 1);
        OperationalFit.Result free = OperationalFit.fit(data, 100);
        assertTrue(free.ok(), free.failure());
        assertTrue(free.rss() < 1e-12, "curves reproduced exactly: " + free.rss());
        for (Truth t : THREE) {
            assertEquals(t.logTau() - t.logKa() - (THREE.get(0).logTau() - THREE.get(0).logKa()),
                    free.ligand(t.name()).logTauOverKa() - free.ligand("full").logTauOverKa(), 0.005, t.name());
        }
        OperationalFit.Result fixed = OperationalFit.fitFixedEmax(data, 100, null);
        assertTrue(fixed.ok(), fixed.failure());
        assertEquals(100, fixed.emax());
        for (Truth t : THREE) {
            assertEquals(t.logTau(), fixed.ligand(t.name()).logTau(), 0.01, t.name() + " log tau");
            assertEquals(t.logKa(), fixed.ligand(t.name()).logKa(), 0.01, t.name() + " log KA");
        }
    }

    /**
     * Noise of SD 3 % of Em on each of 3 replicates, 20 data sets. Stated tolerances: with Em fixed (slope 1),
     * log τ within 0.25 and log KA within 0.3; with Em and slope free (slope 1.5), log τ within 0.25 and log KA
     * within 0.45 for the partial agonists, and log(τ/KA) within 0.4 for all (the near-full agonist's τ and KA are
     * not separately determined at this noise). The largest errors over 60 data sets were 0.20 and 0.26 (fixed Em),
     * 0.11, 0.35 and 0.35 (free).
     */
    @Test
    void recoversParametersWithNoise() {
        for (long seed = 1; seed <= 20; seed++) {
            OperationalFit.Result fixed = OperationalFit.fitFixedEmax(curves(THREE, 100, 1, 3, 3, seed), 100, null);
            assertTrue(fixed.ok(), fixed.failure());
            for (Truth t : THREE) {
                OperationalFit.LigandParameters p = fixed.ligand(t.name());
                assertEquals(t.logTau(), p.logTau(), 0.25, "seed " + seed + " " + t.name() + " log tau");
                assertEquals(t.logKa(), p.logKa(), 0.3, "seed " + seed + " " + t.name() + " log KA");
            }
            OperationalFit.Result free = OperationalFit.fit(curves(THREE, 100, 1.5, 3, 3, seed), 100);
            assertTrue(free.ok(), free.failure());
            for (Truth t : THREE) {
                OperationalFit.LigandParameters p = free.ligand(t.name());
                assertEquals(t.logTau() - t.logKa(), p.logTauOverKa(), 0.4, "seed " + seed + " " + t.name());
                if (!t.name().equals("full")) {
                    assertEquals(t.logTau(), p.logTau(), 0.25, "seed " + seed + " " + t.name() + " log tau");
                    assertEquals(t.logKa(), p.logKa(), 0.45, "seed " + seed + " " + t.name() + " log KA");
                }
            }
        }
    }

    /**
     * A reference and a ligand in an amplified pathway (Em 90 %, slope 1, τ 30 and 10) and an unamplified one
     * (Em 60 %, slope 1.2, τ 2 and 0.3), KA 10 and 3.2 nM: ΔΔlog(τ/KA) = 0.347. Exact without noise; within 0.15
     * with noise of SD 1.5 and 0.75 percentage points on 4 replicates, for each of 20 data sets (SD of the error
     * over 200 data sets: 0.049, largest 0.149).
     */
    @Test
    void recoversAKnownBiasFactor() {
        List<Truth> g = List.of(new Truth("ref", Math.log10(30), -8), new Truth("lig", 1, -8.5));
        List<Truth> arr = List.of(new Truth("ref", Math.log10(2), -8), new Truth("lig", Math.log10(0.3), -8.5));
        double truth = (g.get(1).logTau() - g.get(1).logKa() - g.get(0).logTau() + g.get(0).logKa())
                - (arr.get(1).logTau() - arr.get(1).logKa() - arr.get(0).logTau() + arr.get(0).logKa());
        assertEquals(0.347, truth, 0.001);
        assertEquals(truth, biasFactor(OperationalFit.fit(curves(g, 90, 1, 0, 1, 1), 100),
                OperationalFit.fit(curves(arr, 60, 1.2, 0, 1, 1), 100)), 0.005);
        for (long seed = 1; seed <= 20; seed++) {
            double dd = biasFactor(OperationalFit.fit(curves(g, 90, 1, 1.5, 4, seed), 100),
                    OperationalFit.fit(curves(arr, 60, 1.2, 0.75, 4, 1000 + seed), 100));
            assertEquals(truth, dd, 0.15, "seed " + seed);
        }
    }

    private static double biasFactor(OperationalFit.Result g, OperationalFit.Result arr) {
        assertTrue(g.ok() && arr.ok());
        return g.ligand("lig").logTauOverKa() - g.ligand("ref").logTauOverKa()
                - arr.ligand("lig").logTauOverKa() + arr.ligand("ref").logTauOverKa();
    }

    /** The four-parameter logistic recovers its parameters; flat or falling data are failures with a reason. */
    @Test
    void logisticRecoversItsParametersAndReportsFailures() {
        double[] y = new double[MOLAR.length];
        for (int j = 0; j < y.length; j++) {
            y[j] = LogisticFit.value(MOLAR[j], 5, 80, 3e-9, 1.3);
        }
        LogisticFit.Result r = LogisticFit.fit(MOLAR, y);
        assertTrue(r.ok(), r.failure());
        assertEquals(5, r.baseline(), 1e-3);
        assertEquals(80, r.emax(), 1e-3);
        assertEquals(Math.log10(3e-9), Math.log10(r.ec50Molar()), 1e-4);
        assertEquals(1.3, r.hill(), 1e-4);

        LogisticFit.Result flat = LogisticFit.fit(MOLAR, new double[MOLAR.length]);
        assertFalse(flat.ok());
        assertTrue(flat.failure().startsWith("flat curve"), flat.failure());
        assertTrue(Double.isNaN(flat.ec50Molar()));

        double[] falling = new double[MOLAR.length];
        for (int j = 0; j < falling.length; j++) {
            falling[j] = 50 - LogisticFit.value(MOLAR[j], 0, 40, 1e-8, 1);
        }
        LogisticFit.Result down = LogisticFit.fit(MOLAR, falling);
        assertFalse(down.ok());
        assertNotNull(down.failure());

        OperationalFit.Result none = OperationalFit.fit(List.of(new OperationalFit.Curve("x", MOLAR,
                new double[MOLAR.length])), 100);
        assertFalse(none.ok());
        assertTrue(none.failure().contains("flat"), none.failure());
    }
}
