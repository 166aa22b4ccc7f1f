package org.receptorsim.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;

/** The estimate a run is refused on agrees with the figures measured on this program (README, Performance). */
class RunEstimateTest {

    private static final long MB = 1L << 20;

    private static Scenario benchmark(KineticsEngine engine) {
        return new ScenarioLoader(Library.bundled()).load(Path.of("scenarios/benchmark.yaml")).withEngine(engine);
    }

    /**
     * One benchmark cell (10,000 receptors, 24 h at dt 1 s) took 5.5-6.0 s with the per-receptor engine on an idle
     * core; with the event engine 0.5-1.1 s of CPU and with the count-only engine 0.0073-0.0099 s per cell in
     * 100-cell and 20-cell ensembles, a cell of 1,000,000 receptors 0.015-0.017 s with the count-only engine (CPU
     * times measured by {@code receptorsim bench} and per-thread CPU timers; the count-only figures on a quiet machine,
     * with its binomial deviates drawn by BINV and BTRD): each estimate is within a factor of 2.5 of the measured
     * range.
     */
    @Test
    void wallTimeOfTheBenchmarkCell() {
        double perReceptor = estimate(benchmark(KineticsEngine.PER_RECEPTOR));
        double event = estimate(benchmark(KineticsEngine.EVENT));
        double cohort = estimate(benchmark(KineticsEngine.COHORT));
        assertTrue(perReceptor > 5.5 / 2.5 && perReceptor < 6.0 * 2.5, "per-receptor " + perReceptor);
        assertTrue(event > 0.5 / 2.5 && event < 1.1 * 2.5, "event " + event);
        assertTrue(cohort > 0.0073 / 2.5 && cohort < 0.0099 * 2.5, "cohort " + cohort);
        Scenario million = new ScenarioLoader(Library.bundled()).parse("million.yaml", """
                cell: HEK293-MOR
                cellOverrides: {receptorCount: 1000000}
                ligands: [morphine]
                protocol: {bath: [{at: 0 s, set: {morphine: 1 uM}}]}
                duration: 24 h
                outputInterval: 60 s
                """).withEngine(KineticsEngine.COHORT);
        double big = estimate(million);
        assertTrue(big > 0.015 / 2.5 && big < 0.017 * 2.5, "a million receptors, cohort " + big);
        assertEquals(0, RunEstimate.of(million, 1, 1, RunEstimate.Keeps.CELLS_IN_PROGRESS).receptorBytes(),
                "the count-only engine keeps no receptor agents");
    }

    private static double estimate(Scenario s) {
        return RunEstimate.of(s, 1, 1, RunEstimate.Keeps.CELLS_IN_PROGRESS).wallSeconds();
    }

    /**
     * A 1,000-cell ensemble of the benchmark cell ran within -Xmx400m (statistics of 1441 times, 19 columns; it was
     * refused at 300 MB and ran out at 320 MB once the desensitized state and the arrestin readouts added columns): it is not
     * refused there, but it is with 200 MB, saying to record less often.
     */
    @Test
    void ensembleOfTheBenchmarkCellFitsTheHeapItRanIn() {
        RunEstimate e = RunEstimate.of(benchmark(KineticsEngine.COHORT), 1000, 2,
                RunEstimate.Keeps.ENSEMBLE_STATISTICS);
        assertFalse(e.refusal(400 * MB, 24).isPresent(), "needs " + e.heapBytes() / MB + " MB");
        String why = e.refusal(200 * MB, 24).orElseThrow();
        assertTrue(why.contains("a longer outputInterval") && why.contains("--threads"), why);
        assertEquals(2, e.cellsAtOnce());
    }

    /** Receptors dominate a billion-receptor cell; a single run is not told to use fewer threads. */
    @Test
    void billionReceptorsAreRefusedWithTheirWayOut() {
        Scenario s = new ScenarioLoader(Library.bundled()).parse("big.yaml", """
                cell: HEK293-MOR
                cellOverrides: {receptorCount: 1000000000}
                ligands: [DAMGO]
                duration: 10 min
                """).withEngine(KineticsEngine.PER_RECEPTOR);
        RunEstimate e = RunEstimate.of(s, 1, 1, RunEstimate.Keeps.CELLS_IN_PROGRESS);
        assertTrue(e.receptorBytes() > 1e11 * 0.9, "about 100 bytes per receptor: " + e.receptorBytes());
        String why = e.refusal(2048 * MB, 24).orElseThrow();
        assertTrue(why.contains("fewer receptors (receptorCount)") && !why.contains("--threads"), why);
        assertTrue(why.contains("RECEPTORSIM_JAVA_OPTS=-Xmx"), why);
    }

    /** A sweep's points run one after another: the largest heap, the sum of the time. */
    @Test
    void pointsOfASweepAddTheirTime() {
        RunEstimate one = RunEstimate.of(benchmark(KineticsEngine.COHORT), 10, 2,
                RunEstimate.Keeps.ENSEMBLE_STATISTICS);
        RunEstimate two = one.then(one);
        assertEquals(one.heapBytes(), two.heapBytes(), 0);
        assertEquals(2 * one.wallSeconds(), two.wallSeconds(), 1e-9 * one.wallSeconds());
        String why = two.refusal(4096 * MB, one.wallSeconds() * 1.5 / 3600).orElseThrow();
        assertTrue(why.contains("--max-hours"), why);
    }
}
