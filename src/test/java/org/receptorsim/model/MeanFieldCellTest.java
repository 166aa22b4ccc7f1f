package org.receptorsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptorsim.pharmacology.Ligand;

/**
 * The mean-field law's receptor numbers are the exact expectation: without synthesis, N times row FREE of exp(Q·t)
 * at every recording, whatever the step; with synthesis and basal turnover a drug-free cell stays at its receptor
 * number; and its cascade is the agent cell's, driven by the expected active receptors.
 */
class MeanFieldCellTest {

    private static final Ligand LIGAND = ExactLaw.ligand("partial", 0.6, 0.5, 0.4);

    @Test
    void receptorNumbersAreTheExactExpectationAtEveryRecording() {
        CellType cell = ExactLaw.cell(ExactLaw.N, 0);
        double molar = 3e-9;
        for (double dt : new double[] {1, 5}) {
            CellSetup setup = CellSetup.basic(cell, List.of(LIGAND), ExactLaw.constant(molar), dt, 60, 600);
            MeanFieldCell.Course c = MeanFieldCell.run(setup);
            assertEquals(11, c.points().size());
            for (MeanFieldCell.Point p : c.points()) {
                double[] law = ExactLaw.publicStateLaw(List.of(LIGAND), cell, new double[] {molar}, p.timeSeconds());
                for (ReceptorState s : ReceptorState.values()) {
                    assertEquals(ExactLaw.N * law[s.ordinal()], p.stateCounts()[s.ordinal()], 1e-8 * ExactLaw.N,
                            s + " at " + p.timeSeconds() + " s, dt " + dt);
                }
            }
        }
    }

    @Test
    void aDrugFreeCellHoldsItsReceptorsAndItsSignal() {
        CellType cell = ExactLaw.cell(ExactLaw.N, 1e-4);
        MeanFieldCell.Course c = MeanFieldCell.run(CellSetup.basic(cell, List.of(LIGAND), ExactLaw.constant(0), 1,
                600, 6000));
        MeanFieldCell.Point first = c.points().get(0);
        MeanFieldCell.Point last = c.points().get(c.points().size() - 1);
        double alive = 0;
        for (ReceptorState s : ReceptorState.values()) {
            if (s != ReceptorState.DEGRADED) {
                alive += last.stateCounts()[s.ordinal()];
            }
        }
        assertEquals(ExactLaw.N, alive, 1e-6 * ExactLaw.N, "synthesis balances basal turnover");
        assertEquals(1, last.readouts().cAMPRelative(), 1e-9, "cAMP at its drug-free control");
        assertEquals(first.readouts().gProteinActiveFraction(), last.readouts().gProteinActiveFraction(), 1e-12);
    }
}
