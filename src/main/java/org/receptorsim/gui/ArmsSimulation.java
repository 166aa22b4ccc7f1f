package org.receptorsim.gui;

import java.util.List;
import org.receptorsim.model.CellSimulation;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The arms of a scenario shown together: one MASON schedule whose every step advances each arm's cell by one time
 * step (the scenario's dt, the same in every arm), so that the cells stay at the same simulated time; the schedule's
 * time is that simulated time in seconds. Each cell
 * keeps its own random streams ("arm:NAME"), so an arm's counts are those of {@code run}.
 */
final class ArmsSimulation extends SimState {

    private static final long serialVersionUID = 1L;
    private final transient List<CellSimulation> cells;
    private final double dtSeconds;

    /**
     * @param seed seed of this state's own generator (unused by the model)
     * @param cells the arms' cells, not yet started
     * @param dtSeconds their time step (seconds)
     */
    ArmsSimulation(long seed, List<CellSimulation> cells, double dtSeconds) {
        super(seed);
        this.cells = List.copyOf(cells);
        this.dtSeconds = dtSeconds;
    }

    /** The cells, in arm order. */
    List<CellSimulation> cells() {
        return cells;
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
}
