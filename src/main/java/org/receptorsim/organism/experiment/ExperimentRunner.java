package org.receptorsim.organism.experiment;

import java.util.ArrayList;
import java.util.List;
import org.receptorsim.organism.analysis.Check;
import org.receptorsim.organism.analysis.CheckResult;
import org.receptorsim.organism.model.ArmSetup;
import org.receptorsim.organism.model.OrganismRun;
import org.receptorsim.organism.model.OrganismSimulation;
import org.receptorsim.organism.scenario.OrganismScenario;

/**
 * Runs every arm of an organism scenario (the cells of each arm spread over a pool of threads; results do not depend
 * on the number of threads, every cell drawing from its own named streams) and evaluates the checks.
 */
public final class ExperimentRunner {

    private ExperimentRunner() {
    }

    /**
     * Runs a scenario.
     *
     * @param scenario the resolved scenario
     * @param threads threads for the cells (≥ 1)
     * @return the result
     */
    public static ExperimentResult run(OrganismScenario scenario, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: expected >= 1, got " + threads);
        }
        long t0 = System.nanoTime();
        List<OrganismRun> runs = new ArrayList<>();
        for (ArmSetup arm : scenario.arms()) {
            runs.add(OrganismSimulation.run(arm, threads));
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        ExperimentResult partial = new ExperimentResult(scenario, runs, List.of(), wall);
        List<CheckResult> checks = new ArrayList<>();
        for (Check c : scenario.checks()) {
            checks.add(CheckResult.of(c, partial::metric));
        }
        return new ExperimentResult(scenario, runs, checks, wall);
    }
}
