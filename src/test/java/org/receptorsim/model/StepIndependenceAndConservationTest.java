package org.receptorsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.receptorsim.kinetics.MatrixExponential;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.random.RandomStreams;
import org.receptorsim.units.Concentration;
import org.receptorsim.units.Rate;

/**
 * The per-receptor reference engine against exact answers: a two-state receptor's count is Binomial(N, p(t)); with
 * constant rates the law at 600 s is the same for dt = 0.1 s and dt = 30 s; and receptors are conserved (alive +
 * degraded = initial + synthesized) at every recorded time. Statistical checks allow z = 4.5 standard errors each;
 * with at most 24 checks the false-failure probability is below 24 × 6.8e-6 ≈ 2e-4.
 */
class StepIndependenceAndConservationTest {

    private static final double Z = 4.5;

    /** A ligand that only binds: the receptor is a two-state chain RESTING ⇄ ACTIVE. */
    private static Ligand bindOnly() {
        return ExactLaw.ligand("binder", 1.0, 0.0, 0.0);
    }

    private static void assertBinomial(double[] counts, int n, double p, String what) {
        int r = counts.length;
        double mean = 0;
        for (double c : counts) {
            mean += c / r;
        }
        double var = 0;
        for (double c : counts) {
            var += (c - mean) * (c - mean) / (r - 1);
        }
        double sigma2 = n * p * (1 - p);
        assertTrue(Math.abs(mean - n * p) <= Z * Math.sqrt(sigma2 / r), what + ": mean " + mean + " vs " + n * p);
        double pq = p * (1 - p);
        double mu4 = n * pq * (1 + 3 * (n - 2) * pq);
        double seVar = Math.sqrt((mu4 - sigma2 * sigma2 * (r - 3.0) / (r - 1)) / r);
        assertTrue(Math.abs(var - sigma2) <= Z * seVar, what + ": variance " + var + " vs " + sigma2);
    }

    /** Two-state receptor: ACTIVE count at 5, 20 and 60 s is Binomial(N, a/(a+b)·(1 − e^{−(a+b)t})). */
    @Test
    void twoStateCountsAreBinomialWithTheClosedFormProbability() {
        int n = 300;
        int reps = 400;
        CellType cell = EngineEquivalenceTest.cell().withVariableParameters(n, 1.0, 1.0);
        List<Ligand> ligands = List.of(bindOnly());
        double conc = 5e-9;
        CellSetup setup = CellSetup.basic(cell, ligands, (t, out) -> out[0] = conc, 1.0, 5.0, 60.0);
        double a = ligands.get(0).associationPerMolarPerSecond() * conc;
        double b = 0.015;
        double[] times = {5, 20, 60};
        double[][] counts = new double[times.length][reps];
        RandomStreams streams = new RandomStreams(11);
        for (int r = 0; r < reps; r++) {
            List<CellSnapshot> snaps = new CellSimulation(setup, streams, r, "two-state").run();
            for (int k = 0; k < times.length; k++) {
                counts[k][r] = snaps.get((int) (times[k] / 5)).count(ReceptorState.ACTIVE);
            }
        }
        for (int k = 0; k < times.length; k++) {
            double p = a / (a + b) * (1 - Math.exp(-(a + b) * times[k]));
            assertBinomial(counts[k], n, p, "t=" + times[k]);
        }
    }

    /** With constant rates, dt = 0.1 s and dt = 30 s both give the exact law of every state count at 600 s. */
    @Test
    void resultsDoNotDependOnTheTimeStep() {
        int n = 200;
        int reps = 200;
        CellType cell = EngineEquivalenceTest.cell().withVariableParameters(n, 1.0, 1.0);
        List<Ligand> ligands = List.of(EngineEquivalenceTest.damgoLike());
        double[] conc = {1e-6};
        ReceptorStateSpace space = new ReceptorStateSpace(ligands);
        double[] row = MatrixExponential.transitionMatrix(ReceptorGenerator.build(space, cell, conc), 600)[0];
        int states = ReceptorState.values().length - 1;
        double[] p = new double[states];
        for (int j = 0; j < row.length; j++) {
            int pub = space.publicState(j).ordinal();
            if (pub < states) {
                p[pub] += row[j];
            }
        }
        for (double dt : new double[] {0.1, 30.0}) {
            CellSetup setup = CellSetup.basic(cell, ligands, (t, out) -> out[0] = conc[0], dt, 600.0, 600.0);
            double[][] counts = new double[states][reps];
            RandomStreams streams = new RandomStreams(12);
            for (int r = 0; r < reps; r++) {
                List<CellSnapshot> snaps = new CellSimulation(setup, streams, r, "dt").run();
                CellSnapshot end = snaps.get(snaps.size() - 1);
                assertEquals(600.0, end.timeSeconds(), 1e-9);
                for (int st = 0; st < states; st++) {
                    counts[st][r] = end.count(ReceptorState.values()[st]);
                }
            }
            for (int st = 0; st < states; st++) {
                if (p[st] > 1e-9) {
                    assertBinomial(counts[st], n, p[st], "dt=" + dt + " " + ReceptorState.values()[st]);
                }
            }
        }
    }

    /** Alive + degraded = initial + synthesized at every recorded time, with fast turnover and changing drug. */
    @Test
    void receptorsAreConservedAtEveryRecordedTime() {
        CellType base = EngineEquivalenceTest.cell();
        CellType cell = ExactLaw.with(base, Map.of("receptorCount", 1000, "endosomalDegradationRate", new Rate(1e-3),
                "basalTurnoverRate", new Rate(1e-3)));
        for (KineticsEngine engine : KineticsEngine.values()) {
            CellSetup setup = new CellSetup(cell, List.of(EngineEquivalenceTest.damgoLike()),
                    (t, out) -> out[0] = (t % 1200) < 600 ? 1e-6 : 0, null, false, null, engine, 2.0, 60.0, 7200.0);
            List<CellSnapshot> snaps = new CellSimulation(setup, new RandomStreams(5), 0, "conservation").run();
            long synthesized = snaps.get(snaps.size() - 1).synthesized();
            assertTrue(synthesized > 100, "turnover exercised: " + synthesized);
            for (CellSnapshot s : snaps) {
                assertEquals(1000 + s.synthesized(), s.alive() + s.count(ReceptorState.DEGRADED),
                        engine + " at " + s.timeSeconds() + " s");
            }
        }
    }

    /** A drug-free cell with turnover holds its receptor number: the stationary count is Poisson(N). */
    @Test
    void drugFreeCellHoldsItsReceptorNumber() {
        CellType cell = EngineEquivalenceTest.cell().withVariableParameters(400, 1.0, 1.0);
        CellType turnover = ExactLaw.with(cell, Map.of("basalTurnoverRate", new Rate(1e-3)));
        CellSetup setup = CellSetup.basic(turnover, List.of(EngineEquivalenceTest.damgoLike()),
                (t, out) -> out[0] = 0, 10.0, 3000.0, 30000.0);
        int reps = 100;
        double[] counts = new double[reps];
        for (int r = 0; r < reps; r++) {
            List<CellSnapshot> snaps = new CellSimulation(setup, new RandomStreams(8), r, "steady").run();
            counts[r] = snaps.get(snaps.size() - 1).alive();
        }
        double mean = java.util.Arrays.stream(counts).average().orElseThrow();
        // after 30 turnover times the count is Binomial-thinned initial + Poisson arrivals: mean 400, var <= 400
        assertEquals(400, mean, Z * Math.sqrt(400.0 / reps));
    }
}
