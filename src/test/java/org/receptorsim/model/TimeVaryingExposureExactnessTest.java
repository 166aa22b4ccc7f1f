package org.receptorsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.receptorsim.kinetics.MatrixExponential;
import org.receptorsim.pharmacology.Exposure;
import org.receptorsim.pharmacology.Ligand;

/**
 * Every engine follows the exact law when the concentration changes at every step, as under pharmacokinetics: a
 * DAMGO-like agonist decaying from 100 nM with a 2-min half-life toward 20 nM, held constant within each 10-s step.
 * Without synthesis each receptor moves independently from FREE, so the count in a set of chain states at time t is
 * Binomial(N, p) with p summed from row FREE of the product exp(Q(c₁)·dt)·exp(Q(c₂)·dt)·… over the steps. The event
 * engine meets the change of concentration by rescaling the clocks of the receptors free to bind; the count-only
 * engine cannot leap and takes one exact multinomial step at a time.
 *
 * <p>For each engine, 12 sets of chain states (6 living regulatory states, surface receptors with 1–4 phosphates,
 * arrestin-3- and arrestin-2-bound) at 2 times are checked three ways over R = 200 replicates: the mean (exact
 * binomial quantiles), the variance (scaled chi-square) and the whole marginal distribution (Pearson's chi-square
 * over 8 bins), each where N·p·q ≥ 10. At most 216 checks are made over the three engines, each with α = 1e-3/216,
 * so by Bonferroni the false-failure probability of the class is at most 0.1 %.
 */
class TimeVaryingExposureExactnessTest {

    private static final int N = ExactLaw.N;
    private static final int R = 200;
    private static final double DT = 10;
    private static final double[] TIMES = {60, 300};
    private static final LawChecks CHECKS = new LawChecks(1e-3, 216);

    @AfterAll
    static void checksWereMade() {
        org.junit.jupiter.api.Assertions.assertTrue(CHECKS.made() > 60, "statistical checks made: " + CHECKS.made());
    }

    /** 100 nM decaying with a 120-s half-life toward 20 nM, constant within each step of the given length. */
    static double concentrationAt(double t) {
        double stepStart = Math.floor(t / DT + 1e-9) * DT;
        return 2e-8 + 8e-8 * Math.pow(0.5, stepStart / 120);
    }

    private static Exposure decaying() {
        return (t, out) -> out[0] = concentrationAt(t);
    }

    @ParameterizedTest
    @EnumSource(KineticsEngine.class)
    void countsFollowTheProductOfTheStepLaws(KineticsEngine engine) {
        CellType cell = ExactLaw.cell(N, 0);
        List<Ligand> ligands = List.of(ExactLaw.damgo());
        CellSetup setup = new CellSetup(cell, ligands, decaying(), null, false, null, engine, DT, 60, 300);
        ReceptorStateSpace space = new ReceptorStateSpace(ligands);
        var named = ExactLaw.stateSets(space);
        List<String> names = new java.util.ArrayList<>(named.keySet());
        List<IntPredicate> sets = new java.util.ArrayList<>(named.values());
        assertEquals(12, sets.size());
        List<List<CellSnapshot>> runs = ExactLaw.runReplicates(setup, 7070, "pk-" + engine, R);
        for (double t : TIMES) {
            double[] row = exactRow(space, cell, t);
            for (int k = 0; k < sets.size(); k++) {
                double p = 0;
                for (int j = 0; j < row.length; j++) {
                    if (sets.get(k).test(j)) {
                        p += row[j];
                    }
                }
                long[] counts = new long[R];
                for (int r = 0; r < R; r++) {
                    long[] chain = ExactLaw.at(runs.get(r), t).chainCounts();
                    for (int j = 0; j < chain.length; j++) {
                        if (sets.get(k).test(j)) {
                            counts[r] += chain[j];
                        }
                    }
                }
                String what = engine + " t=" + t + " " + names.get(k);
                if (N * p * (1 - p) >= LawChecks.MIN_BINOMIAL_VARIANCE) {
                    CHECKS.binomialMean(what, counts, N, p);
                    CHECKS.binomialVariance(what, counts, N, p);
                    CHECKS.binomialChiSquare(what, counts, N, p);
                }
            }
        }
    }

    /** Row FREE of the product of the steps' transition matrices up to time t. */
    private static double[] exactRow(ReceptorStateSpace space, CellType cell, double t) {
        int size = space.size();
        double[] p = new double[size];
        p[ReceptorStateSpace.FREE] = 1;
        long steps = Math.round(t / DT);
        for (long k = 0; k < steps; k++) {
            double[][] m = MatrixExponential.transitionMatrix(
                    ReceptorGenerator.build(space, cell, new double[] {concentrationAt(k * DT)}), DT);
            double[] next = new double[size];
            for (int i = 0; i < size; i++) {
                if (p[i] != 0) {
                    for (int j = 0; j < size; j++) {
                        next[j] += p[i] * m[i][j];
                    }
                }
            }
            p = next;
        }
        return p;
    }
}
