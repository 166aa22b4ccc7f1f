package org.receptorsim.simulation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.hipparchus.stat.inference.TTest;
import org.junit.jupiter.api.Test;
import org.receptorsim.model.CellSnapshot;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.model.ReceptorState;
import org.receptorsim.model.SignalReadouts.Readout;
import org.receptorsim.scenario.Arm;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;

/**
 * What a user sees does not depend on the command: {@code run}, {@code snapshot} and the GUI build their cells with
 * the event engine, {@code ensemble}, {@code sweep}, {@code validate} and {@code bias} with the count-only engine, all
 * through the one cell factory. On a scenario with synthesis, a washout and the signalling cascade (DAMGO 1 µM for
 * 10 min, then washed for 10 min; 400 receptors, fast basal turnover), R = 200 cells per engine are compared at 5,
 * 10 and 20 min: the count of each living regulatory state and the G-protein and cAMP readouts, event against
 * count-only and event against per-receptor, by Welch's t test. 2 engines × 3 times × 8 quantities = 48 tests at
 * α = 1e-3/48 each: false-failure probability at most 0.1 %. (The readouts are deterministic functions of the
 * receptor path, so equal means test the signal integration of the engines too: the event engine integrates the
 * exact time average of R* over each step, the others R* at the step's end or interpolated over a leap; with
 * dt = 1 s the difference is far below the replicates' spread.)
 */
class CommandEnginesAgreeTest {

    private static final int R = 200;
    private static final double ALPHA = 1e-3 / 48;

    private static Scenario scenario() {
        return new ScenarioLoader(Library.bundled()).parse("agree.yaml", """
                cell: HEK293-MOR
                cellOverrides: {receptorCount: 400, basalTurnoverRate: 1e-3 /s}
                ligands: [DAMGO]
                protocol: {bath: [{at: 0 s, set: {DAMGO: 1 uM}}, {at: 10 min, set: {DAMGO: 0 M}}]}
                duration: 20 min
                outputInterval: 5 min
                seed: 99
                """);
    }

    @Test
    void eventCountOnlyAndPerReceptorCellsShareTheirDistribution() {
        Scenario s = scenario();
        Arm arm = s.arms().get(0);
        List<List<CellSnapshot>> event = runs(s.withEngine(KineticsEngine.EVENT), arm);
        List<List<CellSnapshot>> cohort = runs(s.withEngine(KineticsEngine.COHORT), arm);
        List<List<CellSnapshot>> perReceptor = runs(s.withEngine(KineticsEngine.PER_RECEPTOR), arm);
        int checks = 0;
        for (List<List<CellSnapshot>> other : List.of(cohort, perReceptor)) {
            for (int k : new int[] {1, 2, 4}) {
                for (ReceptorState st : List.of(ReceptorState.RESTING, ReceptorState.ACTIVE,
                        ReceptorState.GRK_PHOSPHORYLATED, ReceptorState.ARRESTIN_BOUND, ReceptorState.INTERNALIZED,
                        ReceptorState.DESENSITIZED)) {
                    checks += same(st.name() + " at " + 5 * k + " min", values(event, k, st), values(other, k, st));
                }
                checks += same("G-protein activation at " + 5 * k + " min", readout(event, k, Readout.G_PROTEIN_ACTIVATION),
                        readout(other, k, Readout.G_PROTEIN_ACTIVATION));
                checks += same("cAMP at " + 5 * k + " min", readout(event, k, Readout.CAMP_RELATIVE),
                        readout(other, k, Readout.CAMP_RELATIVE));
            }
        }
        assertTrue(checks >= 30, "tests made: " + checks);
    }

    private static List<List<CellSnapshot>> runs(Scenario s, Arm arm) {
        return IntStream.range(0, R).parallel().mapToObj(r -> CellFactory.cell(s, arm, r).run()).toList();
    }

    private static double[] values(List<List<CellSnapshot>> runs, int index, ReceptorState st) {
        return runs.stream().mapToDouble(r -> r.get(index).count(st)).toArray();
    }

    private static double[] readout(List<List<CellSnapshot>> runs, int index, Readout readout) {
        return runs.stream().mapToDouble(r -> readout.of(r.get(index))).toArray();
    }

    /** Welch's t test at level α; counts that never vary in either sample must be equal. Returns tests made. */
    private static int same(String what, double[] a, double[] b) {
        double va = org.hipparchus.stat.StatUtils.variance(a);
        double vb = org.hipparchus.stat.StatUtils.variance(b);
        if (va == 0 && vb == 0) {
            assertTrue(a[0] == b[0], what + ": constant " + a[0] + " vs " + b[0]);
            return 0;
        }
        double p = new TTest().tTest(a, b);
        assertTrue(p >= ALPHA, what + ": means " + org.hipparchus.stat.StatUtils.mean(a) + " and "
                + org.hipparchus.stat.StatUtils.mean(b) + " differ, p = " + p);
        return 1;
    }
}
