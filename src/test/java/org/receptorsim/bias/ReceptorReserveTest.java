package org.receptorsim.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptorsim.assay.AssayData;
import org.receptorsim.assay.AssayDesign;
import org.receptorsim.assay.AssayRunner;
import org.receptorsim.assay.Pathway;
import org.receptorsim.scenario.Library;

/**
 * The receptor-reserve experiment behaves as the operational model says: removing receptors from the G-protein
 * assay lowers every τ in proportion, so the low-efficacy agonist's Emax falls relative to the reference's (to
 * (τ_l/(1 + τ_l))/(τ_r/(1 + τ_r))) and the Emax-ratio "bias" shrinks, while ΔΔlog(τ/KA) stays where it was.
 */
class ReceptorReserveTest {

    @Test
    void amplificationChangesEmaxRatiosButNotTheOperationalBiasFactor() {
        AssayRunner runner = new AssayRunner(Library.bundled(), 2);
        AssayDesign design = AssayDesign.of("HEK293-MOR", "DAMGO", "oliceridine")
                .withPathways(List.of(Pathway.G_PROTEIN, Pathway.ARRESTIN)).withReplicates(3);
        AssayData full = runner.run(design);
        ReceptorReserveExperiment.Result r = ReceptorReserveExperiment.run(runner, design, full, "DAMGO",
                "oliceridine", Pathway.G_PROTEIN, Pathway.ARRESTIN, new double[] {1, 0.3, 0.1},
                BiasAnalysis.Settings.of("DAMGO").withBootstrap(100).withThreads(2));
        assertEquals(3, r.levels().size());
        int[] receptors = {10000, 3000, 1000};
        var cell = full.cell();
        double k = cell.gtpasePerSecond() * cell.gProteinCount() / cell.gProteinActivationRate().perSecond();
        double oliceridine = Library.bundled().ligand("oliceridine").orElseThrow().gProteinEfficacy();
        for (int i = 0; i < 3; i++) {
            ReceptorReserveExperiment.Level l = r.levels().get(i);
            assertEquals(receptors[i], l.receptors());
            assertEquals(receptors[i] / k, l.referenceTau(), 1e-9, "tau = N/K of the G-protein cycle");
            assertEquals(oliceridine * receptors[i] / k, l.ligandTau(), 1e-9);
            assertNull(l.failure(), l.failure());
        }
        List<ReceptorReserveExperiment.Level> lv = r.levels();
        for (int i = 1; i < 3; i++) {
            assertTrue(lv.get(i).ligandGEmaxPercentOfReference() < lv.get(i - 1).ligandGEmaxPercentOfReference(),
                    "oliceridine loses Emax relative to DAMGO as receptors go");
            assertTrue(lv.get(i).emaxRatioBias() < lv.get(i - 1).emaxRatioBias(), "Emax-ratio bias shrinks");
            assertEquals(lv.get(0).bias().value(), lv.get(i).bias().value(), 0.3,
                    "operational bias factor unchanged by amplification");
        }
        ReceptorReserveExperiment.Level last = lv.get(2);
        double theory = 100 * (last.ligandTau() / (1 + last.ligandTau()))
                / (last.referenceTau() / (1 + last.referenceTau()));
        assertEquals(theory, last.ligandGEmaxPercentOfReference(), 10, "operational-model Emax ratio");
        assertEquals(2, r.data().size() - 1, "G-pathway data of every level kept for plots");
    }
}
