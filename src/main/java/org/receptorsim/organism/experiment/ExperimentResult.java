package org.receptorsim.organism.experiment;

import java.util.List;
import java.util.Map;
import org.receptorsim.organism.analysis.CheckResult;
import org.receptorsim.organism.analysis.MetricReference;
import org.receptorsim.organism.analysis.Window;
import org.receptorsim.organism.model.OrganismRun;
import org.receptorsim.organism.scenario.OrganismScenario;

/**
 * The outcome of an organism scenario.
 *
 * @param scenario the scenario
 * @param runs one run per arm, in scenario order
 * @param checks the literature checks with their values
 * @param wallSeconds wall-clock time of the run (seconds)
 */
public record ExperimentResult(OrganismScenario scenario, List<OrganismRun> runs, List<CheckResult> checks,
                               double wallSeconds) {

    /** The run of an arm. */
    public OrganismRun run(String arm) {
        return runs.stream().filter(r -> r.arm().equals(arm)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no arm '" + arm + "'"));
    }

    /**
     * Reads one metric.
     *
     * @param ref the metric
     * @return its value (NaN if the window holds no grid point)
     */
    public double metric(MetricReference ref) {
        OrganismRun r = run(ref.arm());
        Map<String, Window> w = scenario.windows().get(ref.arm());
        Window window = w.get(ref.window());
        if (window == null) {
            throw new IllegalArgumentException("arm '" + ref.arm() + "' has no window '" + ref.window() + "'");
        }
        return ref.statistic().of(r.timesSeconds(), r.get(ref.series()), window);
    }
}
