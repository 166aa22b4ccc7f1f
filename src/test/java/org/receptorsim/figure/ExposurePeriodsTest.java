package org.receptorsim.figure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.scenario.Library;

/** Exposure periods are read off the recorded concentrations, per arm and ligand, and shaded where all arms agree. */
class ExposurePeriodsTest {

    @Test
    void barsPerArmAndLigandAndShadingWhereEveryArmHasAgonist() {
        Library lib = Library.bundled();
        List<Ligand> ligands = List.of(lib.ligand("DAMGO").orElseThrow(), lib.ligand("naloxone").orElseThrow());
        double[] t = {0, 60, 120, 180, 240, 300, 360};
        // arm A: DAMGO 1 uM over (0, 240] s, naloxone over (240, 360]; arm B: DAMGO over (0, 120] s only
        double[][] a = {{0, 1e-6, 1e-6, 1e-6, 1e-6, 0, 0}, {0, 0, 0, 0, 0, 1e-5, 1e-5}};
        double[][] b = {{0, 1e-6, 1e-6, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0}};
        ExposurePeriods p = ExposurePeriods.of(List.of("A", "B"), List.of(t, t), List.of(a, b), ligands);
        assertEquals(3, p.rows().size());
        assertEquals(new ExposurePeriods.Row("A", "DAMGO", true,
                List.of(new ExposurePeriods.Bar(0, 240, "DAMGO 1 µM"))), p.rows().get(0));
        assertEquals(new ExposurePeriods.Row("A", "naloxone", false,
                List.of(new ExposurePeriods.Bar(240, 360, "naloxone 10 µM"))), p.rows().get(1));
        assertEquals("B", p.rows().get(2).arm());
        assertEquals(1, p.common().size());
        assertArrayEquals(new double[] {0, 120}, p.common().get(0), "shaded only while every arm has agonist");
        assertEquals(3, p.strip(TimeScale.MINUTES, 360, 400).getAnnotations().size() / 2, "a bar and a label each");
    }

    @Test
    void varyingConcentrationsAreLabelledWithTheirPeak() {
        Ligand morphine = Library.bundled().ligand("morphine").orElseThrow();
        double[] t = {0, 3600, 7200, 10800};
        double[][] c = {{0, 3e-7, 1e-7, 5e-8}};
        ExposurePeriods p = ExposurePeriods.of(List.of("main"), List.<double[]>of(t), List.<double[][]>of(c),
                List.of(morphine));
        assertEquals("morphine up to 300 nM", p.rows().get(0).bars().get(0).text());
    }
}
