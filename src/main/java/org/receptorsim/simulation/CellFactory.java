package org.receptorsim.simulation;

import org.receptorsim.model.CellSetup;
import org.receptorsim.model.CellSimulation;
import org.receptorsim.random.RandomStreams;
import org.receptorsim.scenario.Arm;
import org.receptorsim.scenario.Scenario;

/**
 * The one place a scenario's arm becomes a simulated cell, so that {@code run}, ensembles, sweeps, assays, the
 * GUI, {@code snapshot} and {@code bench} all simulate the same cell: the arm's setup, the cell-to-cell
 * variability of replicate r drawn from stream {@code arm:<name>/variability} r (when the scenario has any), and
 * the cell's random streams named after the arm.
 */
public final class CellFactory {

    private CellFactory() {
    }

    /**
     * The setup of an arm's cell in replicate {@code replicate}.
     *
     * @param scenario the resolved scenario (engine set or left to the default)
     * @param arm one of its arms
     * @param replicate replicate index, ≥ 0
     * @return the setup, with the replicate's drawn receptor number, GRK and arrestin levels
     */
    public static CellSetup setup(Scenario scenario, Arm arm, long replicate) {
        CellSetup setup = arm.setup(scenario);
        if (scenario.variability() != null && scenario.variability().any()) {
            setup = setup.withCell(scenario.variability().draw(setup.cell(),
                    new RandomStreams(scenario.seed()).stream(streamName(arm) + "/variability", replicate)));
        }
        return setup;
    }

    /**
     * The setup of an arm's nominal cell: the cell type as the scenario gives it, without cell-to-cell variability
     * (what the mean-field solution and the exported model describe).
     *
     * @param scenario the resolved scenario
     * @param arm one of its arms
     * @return the setup
     */
    public static CellSetup nominalSetup(Scenario scenario, Arm arm) {
        return arm.setup(scenario);
    }

    /**
     * An arm's cell in replicate {@code replicate}, not yet started.
     *
     * @param scenario the resolved scenario
     * @param arm one of its arms
     * @param replicate replicate index, ≥ 0
     * @return the cell
     */
    public static CellSimulation cell(Scenario scenario, Arm arm, long replicate) {
        return cell(scenario, arm, setup(scenario, arm, replicate), replicate);
    }

    /**
     * An arm's cell from a setup made by {@link #setup} and then changed by a viewer (e.g. an exposure a person
     * doses by hand), with the arm's random streams.
     *
     * @param scenario the resolved scenario
     * @param arm one of its arms
     * @param setup the setup to run
     * @param replicate replicate index, ≥ 0
     * @return the cell
     */
    public static CellSimulation cell(Scenario scenario, Arm arm, CellSetup setup, long replicate) {
        return new CellSimulation(setup, new RandomStreams(scenario.seed()), replicate, streamName(arm));
    }

    /** The name every random stream of an arm's cell derives from. */
    private static String streamName(Arm arm) {
        return "arm:" + arm.name();
    }

    /**
     * A cell of a setup assembled by another layer (an organism circuit's cell under its brain exposure), with its
     * random streams named {@code streamPrefix/...} of a master seed.
     */
    public static CellSimulation cell(CellSetup setup, long seed, String streamPrefix, long replicate) {
        return new CellSimulation(setup, new RandomStreams(seed), replicate, streamPrefix);
    }
}
