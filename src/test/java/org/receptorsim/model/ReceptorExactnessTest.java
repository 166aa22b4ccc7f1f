package org.receptorsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.receptorsim.pharmacology.Ligand;

/**
 * The key test of the simulator: simulated receptor counts follow the exact law of the model.
 *
 * <p>Without synthesis (basal turnover 0 /s) every receptor starts FREE and then moves independently of all others
 * by the continuous-time Markov chain of {@link ReceptorGenerator}; with the concentration held constant, its
 * public state at time t has the law p = row FREE of P(t) = exp(Q·t) summed over the chain states of each public
 * state. So the count in each public state is exactly Binomial(N, p), and over R independent replicates the mean
 * and the variance of that count are compared with N·p and N·p·(1 − p). The per-receptor engine steps with dt, so
 * agreement at times that span many steps checks that stepping by exp(Q·dt) composes to exp(Q·t).
 *
 * <p>Statistics (see {@link LawChecks}): N = 500 receptors, R = 300 replicates per setting (200 in the
 * step-independence test, whose dt = 0.1 s runs dominate the cost). Each mean check accepts
 * between the exact α/2 and 1 − α/2 quantiles of the Binomial(N·R, p) total (for large counts the familiar
 * |mean − Np| ≤ z·sqrt(Np(1−p)/R) with z ≈ 4.42), each variance check the matching interval of the sample variance
 * (standard error from the exact binomial fourth moment Npq(1 + 3(N − 2)pq), chi-square shape), each two-sample
 * check Welch's t; every check has α = 1e-5, and at most 100 checks are made (about 60 are), so by Bonferroni the
 * false-failure probability of the whole class is at most 0.1 %. Seeds are fixed, so the outcome is reproducible.
 * Cost: about 10 s of CPU time, replicates run on all cores (5–6 s on two idle cores).
 */
class ReceptorExactnessTest {

    private static final int N = ExactLaw.N;
    private static final int R = 300;
    /** Replicates of the step-independence test, whose dt = 0.1 s runs are the costly part of this class. */
    private static final int R_STEP = 200;
    /** Family-wise false-failure probability 0.1 %, over at most 100 checks. */
    private static final LawChecks CHECKS = new LawChecks(1e-3, 100);

    @AfterAll
    static void reportChecks() {
        assertTrue(CHECKS.made() > 0 && CHECKS.made() <= 100, "checks made: " + CHECKS.made());
    }

    /** Every count of every snapshot: no receptor made or lost (no synthesis here), so the counts add up to N. */
    private static void assertNoSynthesisAndCountsAddUp(List<List<CellSnapshot>> runs) {
        for (List<CellSnapshot> run : runs) {
            for (CellSnapshot s : run) {
                assertEquals(0, s.synthesized(), "no synthesis with basal turnover 0");
                long total = 0;
                for (ReceptorState st : ReceptorState.values()) {
                    assertTrue(s.count(st) >= 0, st + " count >= 0");
                    total += s.count(st);
                }
                assertEquals(N, total, "counts add up to N at " + s.timeSeconds() + " s");
            }
        }
    }

    /** Mean (and, where the count is near-normal, variance) of every public state's count at each time. */
    private static void assertBinomialLaw(String what, List<List<CellSnapshot>> runs, List<Ligand> ligands,
                                          CellType cell, double[] conc, double[] times) {
        for (double t : times) {
            double[] p = ExactLaw.publicStateLaw(ligands, cell, conc, t);
            for (ReceptorState st : ReceptorState.values()) {
                long[] c = ExactLaw.counts(runs, t, st);
                String label = what + " t=" + t + " s " + st;
                CHECKS.binomialMean(label, c, N, p[st.ordinal()]);
                CHECKS.binomialVariance(label, c, N, p[st.ordinal()]);
            }
        }
    }

    /**
     * (a) A ligand with G-protein efficacy but no GRK or arrestin efficacy only binds and unbinds, so the receptor
     * is the two-state chain RESTING ⇄ ACTIVE with on-rate a = kon·C and off-rate b = koff. At C = Kd = 2 nM,
     * a = b = 0.015 /s, and P(ACTIVE at t) = a/(a+b)·(1 − e^{−(a+b)t}) in closed form. The ACTIVE count at 10, 30,
     * 60 and 300 s (dt = 1 s) must be Binomial(N, that p) in mean and variance; the other states stay exactly empty
     * (nothing can phosphorylate), and RESTING = N − ACTIVE.
     */
    @Test
    void bindingOnlyLigandGivesTwoStateBinomialCounts() {
        Ligand binder = ExactLaw.ligand("binder", 1.0, 0.0, 0.0);
        List<Ligand> ligands = List.of(binder);
        CellType cell = ExactLaw.cell(N, 0.0);
        double molar = 2e-9;
        double a = binder.associationPerMolarPerSecond() * molar;
        double b = binder.dissociationPerSecond();
        assertEquals(0.015, a, 1e-15, "kon = koff/Kd, a = kon·C");
        double[] times = {10, 30, 60, 300};
        CellSetup setup = CellSetup.basic(cell, ligands, ExactLaw.constant(molar), 1.0, 10.0, 300.0);
        List<List<CellSnapshot>> runs = ExactLaw.runReplicates(setup, 101, "two-state", R);
        assertNoSynthesisAndCountsAddUp(runs);
        for (double t : times) {
            double p = a / (a + b) * -Math.expm1(-(a + b) * t);
            double[] law = ExactLaw.publicStateLaw(ligands, cell, new double[] {molar}, t);
            assertEquals(p, law[ReceptorState.ACTIVE.ordinal()], 1e-12, "exp(Q·t) matches the closed form");
            long[] active = ExactLaw.counts(runs, t, ReceptorState.ACTIVE);
            CHECKS.binomialMean("two-state t=" + t + " ACTIVE", active, N, p);
            assertTrue(CHECKS.binomialVariance("two-state t=" + t + " ACTIVE", active, N, p), "variance checked");
        }
        for (List<CellSnapshot> run : runs) {
            for (CellSnapshot s : run) {
                assertEquals(N, s.count(ReceptorState.RESTING) + s.count(ReceptorState.ACTIVE),
                        "only RESTING and ACTIVE are reachable");
            }
        }
    }

    /**
     * (b) The full regulatory scheme with a DAMGO-like agonist at 1 µM (100 × Kd, so binding is fast and GRK
     * phosphorylation, arrestin binding, internalization, recycling and endosomal degradation all take place): at
     * 60, 300 and 900 s (dt = 1 s) the count in each of the six public states is Binomial(N, p) with p from
     * exp(Q·t) — including the rare ones (RESTING at 0.03 to 0.17 receptors per cell, DEGRADED at 60 s at about
     * 1.4 receptors per hundred cells), whose means are checked against exact binomial quantiles.
     */
    @Test
    void fullSchemeCountsFollowTheExactBinomialLaw() {
        List<Ligand> ligands = List.of(ExactLaw.damgo());
        CellType cell = ExactLaw.cell(N, 0.0);
        double[] conc = {1e-6};
        CellSetup setup = CellSetup.basic(cell, ligands, ExactLaw.constant(conc[0]), 1.0, 60.0, 900.0);
        List<List<CellSnapshot>> runs = ExactLaw.runReplicates(setup, 202, "full-scheme", R);
        assertNoSynthesisAndCountsAddUp(runs);
        assertBinomialLaw("full scheme", runs, ligands, cell, conc, new double[] {60, 300, 900});
    }

    /**
     * (c) The law does not depend on the time step: with the full scheme at 1 µM, runs with dt = 0.1 s (6,000
     * steps) and dt = 30 s (20 steps), 200 replicates each, both give at 600 s counts that are Binomial(N, p) with
     * p from exp(Q·600 s); and the two runs' mean counts agree with each other (Welch's t from their sample
     * variances) in every state whose total over the replicates is large enough for the t test (N·R·p·q ≥ 100; the
     * rare RESTING count is covered by the exact checks against the law).
     */
    @Test
    void countsDoNotDependOnTheTimeStep() {
        List<Ligand> ligands = List.of(ExactLaw.damgo());
        CellType cell = ExactLaw.cell(N, 0.0);
        double[] conc = {1e-6};
        double t = 600;
        CellSetup fine = CellSetup.basic(cell, ligands, ExactLaw.constant(conc[0]), 0.1, t, t);
        CellSetup coarse = CellSetup.basic(cell, ligands, ExactLaw.constant(conc[0]), 30.0, t, t);
        List<List<CellSnapshot>> fineRuns = ExactLaw.runReplicates(fine, 303, "dt-0.1", R_STEP);
        List<List<CellSnapshot>> coarseRuns = ExactLaw.runReplicates(coarse, 304, "dt-30", R_STEP);
        assertNoSynthesisAndCountsAddUp(fineRuns);
        assertNoSynthesisAndCountsAddUp(coarseRuns);
        assertBinomialLaw("dt=0.1 s", fineRuns, ligands, cell, conc, new double[] {t});
        assertBinomialLaw("dt=30 s", coarseRuns, ligands, cell, conc, new double[] {t});
        double[] p = ExactLaw.publicStateLaw(ligands, cell, conc, t);
        int compared = 0;
        for (ReceptorState st : ReceptorState.values()) {
            double pq = p[st.ordinal()] * (1 - p[st.ordinal()]);
            if ((double) N * R_STEP * pq >= 100) {
                CHECKS.sameMean("dt=0.1 s vs dt=30 s, t=600 s " + st, ExactLaw.counts(fineRuns, t, st),
                        ExactLaw.counts(coarseRuns, t, st));
                compared++;
            }
        }
        assertEquals(ReceptorState.values().length - 1, compared,
                "every state but the rare RESTING one compared directly");
    }
}
