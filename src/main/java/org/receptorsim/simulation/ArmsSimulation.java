package org.receptorsim.simulation;

import java.util.ArrayList;
import java.util.List;
import org.receptorsim.model.ArmResult;
import org.receptorsim.model.CellSimulation;
import org.receptorsim.random.RandomStreams;
import org.receptorsim.scenario.Arm;
import org.receptorsim.scenario.Scenario;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The arms of a scenario simulated together, one cell each: one MASON {@link SimState} whose every step advances
 * each arm's cell by one time step (the scenario's dt, the same in every arm), so that the cells stay at the same
 * simulated time; the schedule's time is that simulated time in seconds. Each cell keeps its own random streams
 * ("arm:NAME"), so an arm's course is that of {@code run} whether the arms run together or one after the other.
 *
 * <p>This is what a checkpoint saves (MASON's {@link #writeToCheckpoint}: every cell with its receptors, signal,
 * schedule and random generators' states) and what the console shows; {@link #origin()} says which inputs made it.
 */
public final class ArmsSimulation extends SimState {

    private static final long serialVersionUID = 1L;

    /**
     * The inputs a saved simulation was made from, so that it is resumed only with the same ones.
     *
     * @param scenarioFile the scenario file as given
     * @param scenarioSha256 SHA-256 of its text (hex)
     * @param librarySha256 SHA-256 of each user library's text (hex), in the order given
     * @param seed the master seed used
     * @param engine the kinetics engine used
     */
    public record Origin(String scenarioFile, String scenarioSha256, List<String> librarySha256, long seed,
                         String engine) implements java.io.Serializable {

        /** Copies the list. */
        public Origin {
            librarySha256 = List.copyOf(librarySha256);
        }
    }

    private final List<String> arms;
    private final List<CellSimulation> cells;
    private final double dtSeconds;
    private final Origin origin;

    /**
     * @param seed seed of this state's own generator (unused by the model)
     * @param arms the arms' names, in order
     * @param cells the arms' cells, not yet started
     * @param dtSeconds their time step (seconds)
     * @param origin the inputs they were made from, or null
     */
    public ArmsSimulation(long seed, List<String> arms, List<CellSimulation> cells, double dtSeconds, Origin origin) {
        super(seed);
        if (arms.size() != cells.size()) {
            throw new IllegalArgumentException(arms.size() + " arm names for " + cells.size() + " cells");
        }
        this.arms = List.copyOf(arms);
        this.cells = List.copyOf(cells);
        this.dtSeconds = dtSeconds;
        this.origin = origin;
    }

    /**
     * The cells of every arm of a scenario (replicate 0), made by the {@link CellFactory}.
     *
     * @param scenario the resolved scenario
     * @param origin the inputs it was made from, or null
     * @return the simulation, not yet started
     */
    public static ArmsSimulation of(Scenario scenario, Origin origin) {
        List<CellSimulation> cells = new ArrayList<>();
        for (Arm arm : scenario.arms()) {
            cells.add(CellFactory.cell(scenario, arm, 0));
        }
        return new ArmsSimulation(new RandomStreams(scenario.seed()).seed("arms/mason", 0),
                scenario.arms().stream().map(Arm::name).toList(), cells, scenario.dtSeconds(), origin);
    }

    /** The cells, in arm order. */
    public List<CellSimulation> cells() {
        return cells;
    }

    /** The arms' names, in order. */
    public List<String> arms() {
        return arms;
    }

    /** The inputs this simulation was made from (null if not recorded). */
    public Origin origin() {
        return origin;
    }

    @Override
    public void start() {
        super.start();
        for (CellSimulation c : cells) {
            c.start();
        }
        // the k-th step fires at k·dt: the schedule's time is the cells' time after the step
        schedule.scheduleRepeating(dtSeconds, 0, (Steppable) state -> {
            for (CellSimulation c : cells) {
                c.cellSchedule().step(c);
            }
        }, dtSeconds);
    }

    /**
     * Advances every started cell to a time (or the end of its protocol).
     *
     * @param seconds the time to reach, in seconds
     */
    public void advanceTo(double seconds) {
        for (CellSimulation c : cells) {
            c.advanceTo(seconds);
        }
    }

    /** The simulated time every cell has reached (seconds). */
    public double timeSeconds() {
        return cells.stream().mapToDouble(CellSimulation::timeSeconds).min().orElse(0);
    }

    /** True once every cell has simulated its protocol. */
    public boolean isFinished() {
        return cells.stream().allMatch(CellSimulation::isFinished);
    }

    /**
     * Runs every started cell to its end and returns the arms' results.
     *
     * @return one result per arm, in order
     */
    public List<ArmResult> runToEnd() {
        List<ArmResult> results = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            CellSimulation cell = cells.get(i);
            cell.runToEnd();
            results.add(ScenarioRunner.result(arms.get(i), cell));
        }
        return results;
    }
}
