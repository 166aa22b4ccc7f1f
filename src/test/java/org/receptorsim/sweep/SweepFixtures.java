package org.receptorsim.sweep;

import org.receptorsim.model.KineticsEngine;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;
import org.receptorsim.scenario.SweepPlan;

/** Small scenarios for the sweep tests: a few hundred receptors for a few minutes, two arms. */
final class SweepFixtures {

    static final ScenarioLoader LOADER = new ScenarioLoader(Library.bundled());

    /** Lines before {@code sweep:}; the sweep section starts on line 14. */
    static final String BASE = """
            cell: HEK293-MOR
            cellOverrides: {receptorCount: 300}
            ligands: [DAMGO, naloxone]
            protocol: {bath: [{at: 0 s, set: {DAMGO: 100 nM}}]}
            duration: 4 min
            dt: 2 s
            outputInterval: 1 min
            seed: 5
            arms:
              - name: wild-type
              - name: slow-GRK
                cellOverrides: {grk23Level: 0.3}
            # the sweep
            sweep:
            """;

    /** A 2 x 2 grid, 3 cells per point. */
    static final String GRID = """
              replicates: 3
              axes:
                - {parameter: cell.s375Grk23Rate, values: [0.005 /s, 0.05 /s]}
                - {parameter: ligands.DAMGO.arrestin3Efficacy, from: 0.1, to: 1.0, points: 2, scale: log}
            """;

    private SweepFixtures() {
    }

    static Scenario scenario(String sweep) {
        return LOADER.parse("sweep-test.yaml", BASE + sweep).withEngine(KineticsEngine.COHORT);
    }

    static SweepPlan plan(Scenario s) {
        return SweepPlan.resolve(s, s.sweep());
    }
}
