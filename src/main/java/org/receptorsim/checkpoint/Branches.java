package org.receptorsim.checkpoint;

import java.util.ArrayList;
import java.util.List;
import org.receptorsim.model.CellSetup;
import org.receptorsim.model.CellSimulation;
import org.receptorsim.random.RandomStreams;
import org.receptorsim.scenario.Arm;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.simulation.ArmsSimulation;
import org.receptorsim.simulation.CellFactory;

/**
 * New arms started from a saved cell: each arm of a branch scenario runs its own protocol from the saved cell's state
 * (e.g. a tolerant cell after 24 h of morphine given naloxone, or challenged, or left to recover), so that several
 * what-ifs share one expensive history. The branch's time 0 is the time the cell was saved.
 */
public final class Branches {

    private Branches() {
    }

    /**
     * The branch's cells, one per arm of the branch scenario, not yet started.
     *
     * @param saved the saved simulation
     * @param armName the saved arm to branch from, or null if it has only one
     * @param branch the branch scenario (its protocols; its cell must be the saved cell's type)
     * @return the branch's arms, their streams named "branch:ARM" under the branch scenario's seed
     * @throws CheckpointException if the arm, the cell type or the ligands do not fit
     */
    public static ArmsSimulation of(ArmsSimulation saved, String armName, Scenario branch) {
        CellSimulation from = savedArm(saved, armName);
        String savedCell = from.setup().cell().name();
        List<CellSimulation> cells = new ArrayList<>();
        RandomStreams streams = new RandomStreams(branch.seed());
        for (Arm arm : branch.arms()) {
            CellSetup setup = CellFactory.nominalSetup(branch, arm);
            if (!setup.cell().name().equals(savedCell)) {
                throw new CheckpointException(branch.file() + ": arm '" + arm.name() + "' is on cell "
                        + setup.cell().name() + ", but the saved cell is " + savedCell
                        + "; a branch goes on with the saved cell (name it in 'cell:')");
            }
            try {
                cells.add(from.branch(setup.withCell(from.setup().cell()), streams, "branch:" + arm.name()));
            } catch (IllegalArgumentException e) {
                throw new CheckpointException(branch.file() + ": arm '" + arm.name() + "': " + e.getMessage()
                        + "; add it to the branch's 'ligands:'");
            }
        }
        return new ArmsSimulation(streams.seed("branch/mason", 0), branch.arms().stream().map(Arm::name).toList(),
                cells, branch.dtSeconds(), null);
    }

    private static CellSimulation savedArm(ArmsSimulation saved, String armName) {
        if (armName == null) {
            if (saved.arms().size() != 1) {
                throw new CheckpointException("--arm: the checkpoint holds arms " + saved.arms()
                        + "; say which one to branch from");
            }
            return saved.cells().get(0);
        }
        int i = saved.arms().indexOf(armName);
        if (i < 0) {
            throw new CheckpointException("--arm: no arm '" + armName + "' in the checkpoint (it holds "
                    + saved.arms() + ")");
        }
        return saved.cells().get(i);
    }
}
