package org.receptorsim.assay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.receptorsim.scenario.Library;
import org.receptorsim.statistics.SampleStatistics;

/**
 * The mean-field assays are the agent cells' mean: for every pathway, the expected response of morphine at
 * concentrations across its curve lies within four standard errors of the mean of independent agent cells, plus 0.3
 * percentage points for the cohort engine's interpolation of the signal's drive over its one long step per recording
 * (the 10-min G-protein assay is read after a single 600-s step).
 */
class MeanFieldAssayTest {

    private static final Library LIBRARY = Library.bundled();
    private static final double[] MOLAR = {2e-11, 2e-10, 2e-9, 2e-8, 2e-7, 2e-6, 2e-5, 2e-4};

    @Test
    void meanFieldResponsesAreTheAgentCellsMean() {
        int replicates = 8;
        AssayDesign d = new AssayDesign("HEK293-MOR", Map.of(), List.of(AssayLigand.library("morphine")),
                List.of(Pathway.values()), Map.of(), Map.of("morphine", MOLAR), 8, 3, 2, replicates, 5, "mf-", 1.0);
        AssayData agents = new AssayRunner(LIBRARY, 2).run(d);
        MeanFieldAssay meanField = new MeanFieldAssay(LIBRARY);
        for (Pathway p : Pathway.values()) {
            double[][] expected = meanField.responses("HEK293-MOR", Map.of(), p, LIBRARY.ligand("morphine").orElseThrow(),
                    MOLAR, new double[] {p.defaultReadSeconds()});
            ResponseCurve c = agents.curve(p, "morphine").orElseThrow();
            for (int j = 0; j < MOLAR.length; j++) {
                SampleStatistics s = new SampleStatistics();
                for (double[] r : c.responses()) {
                    s.accept(r[j]);
                }
                double se = s.sd() / Math.sqrt(replicates);
                assertEquals(s.mean(), expected[j][0], 4 * se + 0.3, p.id() + " at " + MOLAR[j] + " M");
            }
        }
    }
}
