package org.receptorsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.units.Concentration;
import org.receptorsim.units.Rate;

/** The generator's rules read the ligand's per-pathway efficacies where the model says they act. */
class ReceptorGeneratorTest {

    private static Ligand withEndocytosis(String name, Double endocytosis) {
        return new Ligand(name, null, new Concentration(2e-9), null, new Rate(0.015), 1.0, 1.0, 1.0, endocytosis,
                false, null, null, null).complete();
    }

    @Test
    void endocytosisEfficacyScalesOnlyTheInternalizationOfThatLigandsArrestinBoundReceptors() {
        CellType cell = ExactLaw.cell(100, 0);
        Ligand full = withEndocytosis("full", null);
        Ligand surface = withEndocytosis("surface", 0.05);
        ReceptorStateSpace space = new ReceptorStateSpace(List.of(full, surface));
        double[][] q = ReceptorGenerator.build(space, cell, new double[] {1e-8, 1e-8});
        double kInt = cell.internalizationRate().perSecond();
        assertEquals(1.0, full.endocytosisEfficacy(), 0, "default is DAMGO's");
        assertEquals(kInt, q[space.arrestinBound(0)][ReceptorStateSpace.INTERNALIZED], 1e-15);
        assertEquals(0.05 * kInt, q[space.arrestinBound(1)][ReceptorStateSpace.INTERNALIZED], 1e-15);
        // arrestin binding and release are untouched
        assertEquals(q[space.phosphorylatedBound(0)][space.arrestinBound(0)],
                q[space.phosphorylatedBound(1)][space.arrestinBound(1)], 0);
        assertEquals(q[space.arrestinBound(0)][space.phosphorylatedBound(0)],
                q[space.arrestinBound(1)][space.phosphorylatedBound(1)], 0);
        for (double[] row : q) {
            double sum = 0;
            for (double v : row) {
                sum += v;
            }
            assertEquals(0, sum, 1e-12, "rows of a generator sum to zero");
        }
    }

    @Test
    void negativeEndocytosisEfficacyIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> withEndocytosis("bad", -0.1));
        assertTrue(e.getMessage().startsWith("endocytosisEfficacy:"), e.getMessage());
    }
}
