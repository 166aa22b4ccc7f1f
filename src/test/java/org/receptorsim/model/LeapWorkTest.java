package org.receptorsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptorsim.kinetics.TransitionTable;
import org.receptorsim.scenario.Library;

/**
 * The count-only engine's tally of its leaps ({@link LeapWork}), against exact answers. A leap of 60 s (dt 1 s) in
 * DAMGO 1 µM starts with all n receptors free, without synthesis; the number of end states that receive a
 * receptor then has the expectation Σ_j (1 − (1 − p_j)ⁿ) over the row p of exp(Q·60 s). Its mean over 2,000 cells
 * must lie within z standard errors of that (z for two-sided α = 1e-4: false-failure probability 1e-4 per n). The
 * last few receptors of a row are placed one by one, so an end state reached twice that way must count once.
 */
class LeapWorkTest {

    private static final int CELLS = 2_000;
    private static final int STEPS = 60;
    private static final double ALPHA = 1e-4;

    @ParameterizedTest
    @ValueSource(ints = {2_000, 100_000})
    void flowsOfALeapAreTheEndStatesThatReceiveReceptors(int receptors) {
        Library library = Library.bundled();
        CellType cell = library.cell("HEK293-MOR").orElseThrow();
        ReceptorStateSpace space = new ReceptorStateSpace(List.of(library.ligand("DAMGO").orElseThrow()));
        double[] concentrations = {1e-6};
        double[] activity = CellSimulation.activityByState(space, cell);
        long[] start = new long[space.size()];
        start[ReceptorStateSpace.FREE] = receptors;

        double sum = 0;
        double sumSquares = 0;
        for (int c = 0; c < CELLS; c++) {
            UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(41_000L + c);
            UniformRandomProvider births = RandomSource.XO_RO_SHI_RO_128_PP.create(43_000L + c);
            ReceptorKinetics kinetics = ReceptorKinetics.of(KineticsEngine.COHORT, space, cell, 1.0, random, births,
                    0, activity);
            kinetics.populate(start);
            kinetics.beginStep(concentrations, 0, STEPS, STEPS);
            kinetics.stepper().step(null);
            LeapWork work = kinetics.leapWork();
            assertEquals(1, work.leaps(), "leaps");
            assertTrue(work.binomialDraws() + work.singlePlacements() >= work.flows() - 1,
                    "every flow but the row's last is drawn: " + work);
            sum += work.flows();
            sumSquares += (double) work.flows() * work.flows();
        }

        double[] row = new TransitionTable(ReceptorGenerator.build(space, cell, concentrations), STEPS)
                .row(ReceptorStateSpace.FREE);
        double expected = 0;
        for (double p : row) {
            expected += p > 0 ? -Math.expm1(receptors * Math.log1p(-p)) : 0;
        }
        double mean = sum / CELLS;
        double sd = Math.sqrt((sumSquares - CELLS * mean * mean) / (CELLS - 1));
        double z = new NormalDistribution(0, 1).inverseCumulativeProbability(1 - ALPHA / 2);
        assertEquals(expected, mean, z * sd / Math.sqrt(CELLS), "mean flows of a leap from " + receptors
                + " free receptors");
    }
}
