package org.receptorsim.bias;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.receptorsim.assay.AssayData;
import org.receptorsim.assay.AssayDesign;
import org.receptorsim.assay.AssayLigand;
import org.receptorsim.assay.AssayNoise;
import org.receptorsim.assay.AssayRunner;
import org.receptorsim.assay.Pathway;
import org.receptorsim.scenario.Library;

/**
 * A ligand's bias factor depends on its own data and the reference's only: adding another ligand to the run changes
 * neither its simulated or noisy data, nor its fit, nor its bootstrap interval. Small cells keep it quick (2,000
 * receptors: with 600, oliceridine's weak arrestin curve rose by about 1 % with a standard error of 0.3 %, and
 * whether the fit judged it flat depended on the seed).
 */
class BiasIndependenceTest {

    private static final BiasAnalysis.Settings SETTINGS = BiasAnalysis.Settings.of("DAMGO").withBootstrap(200)
            .withThreads(2);
    private static final AssayNoise NOISE = new AssayNoise(0.005, 0.1, 7);

    static BiasResult.BiasFactor pair;
    static BiasResult.BiasFactor withOthers;
    static AssayData pairData;
    static AssayData allData;

    private static AssayDesign design(String... ligands) {
        return AssayDesign.of("HEK293-MOR", java.util.Arrays.stream(ligands).map(AssayLigand::library).toList())
                .withCellOverrides(Map.of("receptorCount", 2000))
                .withPathways(List.of(Pathway.G_PROTEIN, Pathway.ARRESTIN)).withReplicates(3).withAutomaticSeries(8, 3, 2);
    }

    @BeforeAll
    static void run() {
        AssayRunner runner = new AssayRunner(Library.bundled(), 2, NOISE);
        pairData = runner.run(design("DAMGO", "oliceridine"));
        allData = runner.run(design("DAMGO", "fentanyl", "oliceridine"));
        pair = BiasAnalysis.analyse(pairData, SETTINGS).bias("oliceridine", Pathway.G_PROTEIN, Pathway.ARRESTIN);
        withOthers = BiasAnalysis.analyse(allData, SETTINGS).bias("oliceridine", Pathway.G_PROTEIN,
                Pathway.ARRESTIN);
    }

    /** The same cells and the same assay noise for a ligand, whatever else is in the run. */
    @Test
    void aLigandsDataDoNotDependOnTheOtherLigands() {
        for (Pathway p : List.of(Pathway.G_PROTEIN, Pathway.ARRESTIN)) {
            for (String l : List.of("DAMGO", "oliceridine")) {
                double[][] a = pairData.curve(p, l).orElseThrow().responses();
                double[][] b = allData.curve(p, l).orElseThrow().responses();
                for (int k = 0; k < a.length; k++) {
                    assertArrayEquals(a[k], b[k], 0, p + " " + l + " replicate " + k);
                }
            }
        }
    }

    /** Oliceridine's bias factor and its interval are the same with DAMGO alone as with fentanyl too. */
    @Test
    void aLigandsBiasFactorDoesNotChangeWhenAnotherLigandIsAdded() {
        assertNull(pair.failure());
        assertNull(withOthers.failure());
        assertEquals(pair.ddLogTauOverKa().value(), withOthers.ddLogTauOverKa().value(), 1e-12);
        assertEquals(pair.ddLogTauOverKa().lower(), withOthers.ddLogTauOverKa().lower(), 1e-12);
        assertEquals(pair.ddLogTauOverKa().upper(), withOthers.ddLogTauOverKa().upper(), 1e-12);
        assertTrue(pair.ddLogTauOverKa().value() > 0.5, "oliceridine is G-protein biased: " + pair);
    }
}
