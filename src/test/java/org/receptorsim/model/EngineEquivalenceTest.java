package org.receptorsim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.receptorsim.kinetics.MatrixExponential;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.random.RandomStreams;

/**
 * Both kinetics engines follow the exact law of the receptor chain, barcode included: with every receptor
 * independent and no synthesis, the count in any set of chain states at time t is Binomial(N, p) with p summed from
 * row FREE of exp(Q·t). For each engine, 3 times and 12 sets (the 6 living regulatory states; surface receptors
 * carrying 1, 2, 3 and 4 phosphates; receptors holding arrestin-3 and arrestin-2), the mean and the variance over R
 * replicates are compared with the binomial values; each check allows z = 4.5 standard errors, so by Bonferroni over
 * the 72 checks per engine the false-failure probability is below 72 × 6.8e-6 ≈ 5e-4.
 * The cohort engine here takes 60-s long steps (the output interval), the per-receptor one 1-s steps.
 */
class EngineEquivalenceTest {

    private static final int N = 400;
    private static final int R = 300;
    private static final double[] TIMES = {60, 300, 900};
    private static final double Z = 4.5;

    static CellType cell() {
        return ExactLaw.cell(N, 0);
    }

    static Ligand damgoLike() {
        return ExactLaw.damgo();
    }

    @ParameterizedTest
    @EnumSource(KineticsEngine.class)
    void stateCountsFollowTheExactBinomialLaw(KineticsEngine engine) {
        CellType cell = cell();
        List<Ligand> ligands = List.of(damgoLike());
        double[] conc = {1e-6};
        CellSetup setup = new CellSetup(cell, ligands, (t, out) -> out[0] = conc[0], null, false, null, engine, 1.0,
                60.0, 900.0);
        ReceptorStateSpace space = new ReceptorStateSpace(ligands);
        double[][] q = ReceptorGenerator.build(space, cell, conc);
        var named = ExactLaw.stateSets(space);
        List<String> names = new java.util.ArrayList<>(named.keySet());
        List<java.util.function.IntPredicate> sets = new java.util.ArrayList<>(named.values());
        int states = sets.size();
        double[][] sum = new double[TIMES.length][states];
        double[][] sum2 = new double[TIMES.length][states];
        RandomStreams streams = new RandomStreams(2026);
        for (int r = 0; r < R; r++) {
            List<CellSnapshot> snaps = new CellSimulation(setup, streams, r, "equivalence").run();
            for (int k = 0; k < TIMES.length; k++) {
                CellSnapshot s = snaps.get((int) (TIMES[k] / 60));
                for (int st = 0; st < states; st++) {
                    double c = 0;
                    for (int j = 0; j < space.size(); j++) {
                        if (sets.get(st).test(j)) {
                            c += s.chainCounts()[j];
                        }
                    }
                    sum[k][st] += c;
                    sum2[k][st] += c * c;
                }
            }
        }
        for (int k = 0; k < TIMES.length; k++) {
            double[] row = MatrixExponential.transitionMatrix(q, TIMES[k])[ReceptorStateSpace.FREE];
            double[] p = new double[states];
            for (int j = 0; j < row.length; j++) {
                for (int st = 0; st < states; st++) {
                    if (sets.get(st).test(j)) {
                        p[st] += row[j];
                    }
                }
            }
            for (int st = 0; st < states; st++) {
                double mu = N * p[st];
                double var = N * p[st] * (1 - p[st]);
                double mean = sum[k][st] / R;
                double sampleVar = (sum2[k][st] - R * mean * mean) / (R - 1);
                String what = engine + " t=" + TIMES[k] + " " + names.get(st);
                if (var == 0) {
                    assertTrue(mean == mu && sampleVar == 0, what + ": deterministic count");
                    continue;
                }
                assertTrue(Math.abs(mean - mu) <= Z * Math.sqrt(var / R),
                        what + ": mean " + mean + " vs exact " + mu);
                double pq = p[st] * (1 - p[st]);
                double mu4 = N * pq * (1 + 3 * (N - 2) * pq);
                double seVar = Math.sqrt((mu4 - var * var * (R - 3.0) / (R - 1)) / R);
                assertTrue(Math.abs(sampleVar - var) <= Z * seVar,
                        what + ": variance " + sampleVar + " vs exact " + var + " (se " + seVar + ")");
            }
        }
    }
}
