package org.receptorsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.receptorsim.pharmacology.Exposure;
import org.receptorsim.random.RandomStreams;

/**
 * Receptor bookkeeping with synthesis and degradation switched on: nothing is created or lost except by synthesis
 * and degradation, and a drug-free cell holds its receptor number.
 */
class ConservationTest {

    private static final int N0 = ExactLaw.N;
    /** Basal turnover, raised from a physiological ~8e-6 /s to 1e-3 /s to make synthesis and degradation frequent. */
    private static final double TURNOVER = 1e-3;
    private static final double ON_OFF_PERIOD = 600;
    /** Three engines × (mean, variance) × two times: family-wise false-failure probability 0.1 % over 12 checks. */
    private static final LawChecks CHECKS = new LawChecks(1e-3, 12);

    @AfterAll
    static void allChecksMade() {
        assertEquals(12, CHECKS.made(), "statistical checks made");
    }

    /**
     * DAMGO 1 µM switched on for 600 s and off for 600 s, in turn. It reports when it will next change, so that the
     * cohort engine takes long exact steps (and draws leap synthesis) between the switches.
     */
    private static Exposure onOff() {
        return new Exposure() {
            @Override
            public void concentrationsAt(double timeSeconds, double[] molar) {
                molar[0] = ((long) Math.floor(timeSeconds / ON_OFF_PERIOD)) % 2 == 0 ? 1e-6 : 0.0;
            }

            @Override
            public double constantUntil(double timeSeconds) {
                return (Math.floor(timeSeconds / ON_OFF_PERIOD) + 1) * ON_OFF_PERIOD;
            }
        };
    }

    /** No drug ever, and the exposure says so (the cohort engine leaps from recording to recording). */
    private static Exposure drugFree() {
        return new Exposure() {
            @Override
            public void concentrationsAt(double timeSeconds, double[] molar) {
                molar[0] = 0.0;
            }

            @Override
            public double constantUntil(double timeSeconds) {
                return Double.POSITIVE_INFINITY;
            }
        };
    }

    /**
     * With turnover on and DAMGO stepping on and off (three cycles over 2 h, dt = 2 s, recorded every minute), at
     * every recorded snapshot alive() + count(DEGRADED) == receptorCount + synthesized(): receptors only appear by
     * synthesis and only leave the living by degradation. Also at every snapshot: counts are non-negative, and
     * synthesized and degraded never decrease; at the end every receptor ever made is an agent of the cell, and the
     * agents' own states add up to the recorded counts (the census and the agents agree). For both engines and
     * three replicates; the run really exercises the bookkeeping (thousands synthesized, receptors internalized and
     * degraded).
     */
    @ParameterizedTest
    @EnumSource(KineticsEngine.class)
    void aliveAndDegradedAddUpToInitialPlusSynthesizedAtEverySnapshot(KineticsEngine engine) {
        CellType cell = ExactLaw.cell(N0, TURNOVER);
        CellSetup setup = new CellSetup(cell, List.of(ExactLaw.damgo()), onOff(), null, false, null, engine, 2.0,
                60.0, 7200.0);
        for (int replicate = 0; replicate < 3; replicate++) {
            CellSimulation sim = new CellSimulation(setup, new RandomStreams(404), replicate, "conservation");
            List<CellSnapshot> snaps = sim.run();
            assertEquals(121, snaps.size(), "snapshots at 0, 60, ..., 7200 s");
            long lastSynthesized = 0;
            long lastDegraded = 0;
            long maxInternalized = 0;
            for (CellSnapshot s : snaps) {
                String at = engine + " replicate " + replicate + " at " + s.timeSeconds() + " s";
                for (ReceptorState st : ReceptorState.values()) {
                    assertTrue(s.count(st) >= 0, at + ": " + st + " count " + s.count(st));
                }
                assertEquals(N0 + s.synthesized(), s.alive() + s.count(ReceptorState.DEGRADED), at);
                assertTrue(s.synthesized() >= lastSynthesized, at + ": synthesized decreased");
                assertTrue(s.count(ReceptorState.DEGRADED) >= lastDegraded, at + ": degraded decreased");
                lastSynthesized = s.synthesized();
                lastDegraded = s.count(ReceptorState.DEGRADED);
                maxInternalized = Math.max(maxInternalized, s.count(ReceptorState.INTERNALIZED));
            }
            // expected synthesis 1e-3 /s × 500 × 7200 s = 3600
            assertTrue(lastSynthesized > 3000, engine + ": synthesis exercised, " + lastSynthesized);
            assertTrue(lastDegraded > 3000, engine + ": degradation exercised, " + lastDegraded);
            assertTrue(maxInternalized > 50, engine + ": internalization exercised, " + maxInternalized);

            CellSnapshot end = snaps.get(snaps.size() - 1);
            assertEquals(N0 + end.synthesized(), sim.receptors().size(), "one agent per receptor ever made");
            long[] agentCounts = new long[ReceptorState.values().length];
            for (Receptor r : sim.receptors()) {
                agentCounts[r.getState().ordinal()]++;
            }
            for (ReceptorState st : ReceptorState.values()) {
                assertEquals(end.count(st), agentCounts[st.ordinal()], engine + ": agents in " + st);
            }
        }
    }

    /**
     * A drug-free cell with turnover holds its receptor number. Receptors are synthesized at k·N0 per second and
     * each is degraded at rate k (without drug a receptor stays FREE, and only basal turnover removes it): an
     * immigration–death process, whose stationary count is Poisson(N0). Started from N0 receptors, its count at
     * time t is exactly Binomial(N0, e^{−kt}) (survivors) + Poisson(N0·(1 − e^{−kt})) (newcomers that survive), so
     * mean N0 at every t and variance N0·(1 − e^{−2kt}), tending to N0 — the Poisson law. At t = 1000 s (one
     * turnover time) and 6000 s (six, practically stationary) over R = 300 replicates (dt = 10 s; the cohort engine
     * leaps 100 steps at a time), the mean is checked with the normal bound from that variance and the sample
     * variance with the chi-square form of {@link LawChecks#variance}, its fourth moment from the cumulants
     * (κ4 = N0·e(1 − e)(1 − 6e(1 − e)) + N0(1 − e), μ4 = κ4 + 3κ2²). Each of the 12 checks of this class has
     * α = 1e-3/12 ≈ 8.3e-5, so the family-wise false-failure probability is 0.1 %.
     */
    @ParameterizedTest
    @EnumSource(KineticsEngine.class)
    void drugFreeCellKeepsItsReceptorNumber(KineticsEngine engine) {
        CellType cell = ExactLaw.cell(N0, TURNOVER);
        CellSetup setup = new CellSetup(cell, List.of(ExactLaw.damgo()), drugFree(), null, false, null, engine, 10.0,
                1000.0, 6000.0);
        int replicates = 300;
        List<List<CellSnapshot>> runs = ExactLaw.runReplicates(setup, 505, "drug-free-" + engine, replicates);
        for (double t : new double[] {1000, 6000}) {
            long[] alive = new long[replicates];
            for (int r = 0; r < replicates; r++) {
                CellSnapshot s = ExactLaw.at(runs.get(r), t);
                alive[r] = s.alive();
                assertEquals(s.alive(), s.count(ReceptorState.RESTING), "no drug: every living receptor rests");
            }
            double e = Math.exp(-TURNOVER * t);
            double kappa2 = N0 * e * (1 - e) + N0 * (1 - e);
            double kappa4 = N0 * e * (1 - e) * (1 - 6 * e * (1 - e)) + N0 * (1 - e);
            assertEquals(N0 * (1 - e * e), kappa2, 1e-9, "variance N0(1 − e^{−2kt})");
            String what = engine + " drug-free t=" + t + " s";
            CHECKS.normalMean(what + " alive", alive, N0, kappa2);
            CHECKS.variance(what + " alive", alive, kappa2, kappa4 + 3 * kappa2 * kappa2);
        }
    }
}
