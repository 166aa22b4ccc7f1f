package org.receptorsim.simulation;

import java.util.ArrayList;
import java.util.List;
import org.receptorsim.model.ArmResult;
import org.receptorsim.model.CellSimulation;
import org.receptorsim.scenario.Arm;
import org.receptorsim.scenario.Scenario;

/**
 * Runs every arm of a scenario as one simulated cell each, built by the {@link CellFactory}. Arm i draws from
 * streams named after the arm, so adding an arm never changes another arm's results.
 */
public final class ScenarioRunner {

    private ScenarioRunner() {
    }

    /**
     * Runs a scenario's arms, replicate 0.
     *
     * @param scenario the resolved scenario
     * @return one result per arm, in scenario order
     */
    public static List<ArmResult> run(Scenario scenario) {
        return run(scenario, 0);
    }

    /**
     * Runs a scenario's arms for one replicate: replicate r draws from stream r of every named process.
     *
     * @param scenario the resolved scenario
     * @param replicate replicate index, ≥ 0
     * @return one result per arm, in scenario order
     */
    public static List<ArmResult> run(Scenario scenario, long replicate) {
        List<ArmResult> results = new ArrayList<>();
        for (Arm arm : scenario.arms()) {
            CellSimulation cell = CellFactory.cell(scenario, arm, replicate);
            cell.run();
            results.add(result(arm.name(), cell));
        }
        return results;
    }

    /** The result of an arm whose cell has run to its end. */
    static ArmResult result(String arm, CellSimulation cell) {
        return new ArmResult(arm, List.copyOf(cell.snapshots()), List.copyOf(cell.challengeCurves()),
                cell.chainStateLabels());
    }
}
