package org.receptorsim.simulation;

import java.util.ArrayList;
import java.util.List;
import org.receptorsim.model.ArmResult;
import org.receptorsim.model.CellSetup;
import org.receptorsim.model.CellSimulation;
import org.receptorsim.model.CellType;
import org.receptorsim.random.RandomStreams;
import org.receptorsim.scenario.Arm;
import org.receptorsim.scenario.Scenario;

/**
 * Runs every arm of a scenario as one simulated cell each. Arm i draws from streams named after the arm, so adding
 * an arm never changes another arm's results.
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
        RandomStreams streams = new RandomStreams(scenario.seed());
        List<ArmResult> results = new ArrayList<>();
        for (Arm arm : scenario.arms()) {
            CellSetup setup = arm.setup(scenario);
            if (scenario.variability() != null && scenario.variability().any()) {
                CellType drawn = scenario.variability().draw(setup.cell(),
                        streams.stream("arm:" + arm.name() + "/variability", replicate));
                setup = setup.withCell(drawn);
            }
            CellSimulation cell = new CellSimulation(setup, streams, replicate, "arm:" + arm.name());
            List<org.receptorsim.model.CellSnapshot> snapshots = List.copyOf(cell.run());
            results.add(new ArmResult(arm.name(), cell.readoutNames(), snapshots, List.copyOf(cell.challengeCurves()),
                    cell.chainStateLabels()));
        }
        return results;
    }
}
