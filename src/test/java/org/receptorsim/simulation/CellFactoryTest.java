package org.receptorsim.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptorsim.model.ArmResult;
import org.receptorsim.model.CellSetup;
import org.receptorsim.model.CellSimulation;
import org.receptorsim.model.CellSnapshot;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.scenario.Arm;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;

/** One cell factory: the cell a viewer (snapshot, GUI) builds is the cell {@code run} simulates. */
class CellFactoryTest {

    private static Scenario varied() {
        return new ScenarioLoader(Library.bundled()).parse("varied.yaml", """
                cell: HEK293-MOR
                cellOverrides: {receptorCount: 2000}
                ligands: [DAMGO]
                protocol: {bath: [{at: 0 s, set: {DAMGO: 1 uM}}]}
                variability: {receptorCount: 0.3, grk23Level: 0.2, arrestin3Level: 0.2}
                duration: 3 min
                arms:
                  - name: wild-type
                  - name: slow-GRK
                    cellOverrides: {grk23Level: 0.3}
                seed: 17
                """).withEngine(KineticsEngine.PER_RECEPTOR);
    }

    /**
     * Each arm's cell carries its replicate's variability draw (another receptor number than the cell type's, and
     * another in the next replicate), and run's replicate-0 cell starts with exactly that many receptors.
     */
    @Test
    void everyCellCarriesItsReplicatesVariabilityDraw() {
        Scenario s = varied();
        List<ArmResult> run = ScenarioRunner.run(s, 0);
        for (int a = 0; a < s.arms().size(); a++) {
            Arm arm = s.arms().get(a);
            CellSetup first = CellFactory.setup(s, arm, 0);
            CellSetup second = CellFactory.setup(s, arm, 1);
            assertNotEquals(arm.cell().receptorCount(), first.cell().receptorCount(), "drawn, not nominal");
            assertNotEquals(first.cell().receptorCount(), second.cell().receptorCount(), "a draw per replicate");
            assertNotEquals((double) arm.cell().grk23Level(), (double) first.cell().grk23Level(), 1e-9);
            assertEquals((long) first.cell().receptorCount(), run.get(a).snapshots().get(0).alive(),
                    arm.name() + ": run simulated the drawn cell");
        }
    }

    /** A cell from the factory stepped by a viewer to the end gives the same record as run's cell of the arm. */
    @Test
    void viewedCellIsTheCellRunSimulates() {
        Scenario s = varied();
        List<ArmResult> run = ScenarioRunner.run(s, 0);
        for (int a = 0; a < s.arms().size(); a++) {
            CellSimulation cell = CellFactory.cell(s, s.arms().get(a), 0);
            cell.start();
            for (double t = 0; t <= s.durationSeconds(); t += 40) {
                cell.advanceTo(t);
            }
            cell.advanceTo(s.durationSeconds());
            List<CellSnapshot> viewed = cell.snapshots();
            List<CellSnapshot> simulated = run.get(a).snapshots();
            assertEquals(simulated.size(), viewed.size());
            for (int i = 0; i < viewed.size(); i++) {
                assertArrayEquals(simulated.get(i).stateCounts(), viewed.get(i).stateCounts(),
                        s.arms().get(a).name() + " at " + viewed.get(i).timeSeconds() + " s");
            }
        }
    }
}
