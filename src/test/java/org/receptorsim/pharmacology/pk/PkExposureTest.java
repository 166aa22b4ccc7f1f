package org.receptorsim.pharmacology.pk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptorsim.pharmacology.BathProtocol;

/**
 * The exposures serve the dosed ligand's step-average effect-site concentration (or a clamp) in its slot of the
 * run's ligand list, with an optional bath added on top.
 */
class PkExposureTest {

    static final PkModel MODEL = PkModel.fromElimination(276, 8.8e-5).withEffectSite(1e-3);
    static final double DOSE = 3.5e-5;

    /** The dosed ligand gets the step average of Ce; the bath sets the others and adds to the dosed one. */
    @Test
    void exposureServesStepAverageInItsSlotWithBathOnTop() {
        BathProtocol bath = new BathProtocol(3, List.of(
                new BathProtocol.Change(0, false, new int[] {0, 1}, new double[] {1e-8, 2e-9}),
                new BathProtocol.Change(1800, true, new int[] {2}, new double[] {5e-6})));
        PharmacokineticExposure ex = PharmacokineticExposure.of(3, 1, MODEL,
                List.of(new DosingEvent.Bolus(600, DOSE)), bath, 3600, 10);
        double[] out = new double[3];
        ex.concentrationsAt(0, out);
        assertArrayEquals(new double[] {1e-8, 2e-9, 0}, out);
        ex.concentrationsAt(1200, out);
        assertEquals(1e-8, out[0]);
        assertEquals(2e-9 + ex.trajectory().stepAverageEffectSiteMolar(120), out[1], 1e-24);
        ex.concentrationsAt(2400, out);
        assertEquals(0.0, out[0]);
        assertEquals(ex.trajectory().stepAverageEffectSiteMolar(240), out[1]);
        assertEquals(5e-6, out[2]);
        assertEquals(ex.trajectory().effectSiteAuc(2400, 2410) / 10, out[1], 1e-9 * out[1]);
    }

    /** Before the first dose nothing changes until the dose or the next bath change; after it, every step may. */
    @Test
    void concentrationsAreConstantOnlyBeforeTheFirstDose() {
        BathProtocol bath = new BathProtocol(2, List.of(
                new BathProtocol.Change(300, false, new int[] {0}, new double[] {1e-8})));
        PharmacokineticExposure ex = PharmacokineticExposure.of(2, 1, MODEL,
                List.of(new DosingEvent.Bolus(600, DOSE)), bath, 3600, 10);
        assertEquals(300, ex.constantUntil(0));
        assertEquals(600, ex.constantUntil(300));
        assertEquals(700, ex.constantUntil(700));
        PharmacokineticExposure alone = PharmacokineticExposure.of(2, 1, MODEL,
                List.of(new DosingEvent.Bolus(600, DOSE)), null, 3600, 10);
        assertEquals(600, alone.constantUntil(0));
        double[] out = new double[2];
        alone.concentrationsAt(590, out);
        assertArrayEquals(new double[] {0, 0}, out);
    }

    /** An effect-site clamp is the same concentration at every time and never changes without a bath. */
    @Test
    void clampIsConstant() {
        EffectSiteClamp clamp = new EffectSiteClamp(2, 0, 1e-7, null);
        double[] out = new double[2];
        for (double t : new double[] {0, 1, 59.5, 3600, 86400 * 30}) {
            clamp.concentrationsAt(t, out);
            assertArrayEquals(new double[] {1e-7, 0}, out);
        }
        assertEquals(Double.POSITIVE_INFINITY, clamp.constantUntil(0));
        BathProtocol naloxone = new BathProtocol(2, List.of(
                new BathProtocol.Change(7200, false, new int[] {1}, new double[] {1e-5})));
        EffectSiteClamp challenged = new EffectSiteClamp(2, 0, 1e-7, naloxone);
        assertEquals(7200, challenged.constantUntil(0));
        challenged.concentrationsAt(7200, out);
        assertArrayEquals(new double[] {1e-7, 1e-5}, out);
    }

    /** A spec resolves to the same exposure as the objects built by hand. */
    @Test
    void specResolvesToExposure() {
        PkSpec spec = new PkSpec("morphine", "morphine-human", null, null, null, null, null, null, null,
                List.of(new PkSpec.DoseSpec("bolus", null, DOSE, null, null, null, null, null, null)));
        PharmacokineticExposure ex = (PharmacokineticExposure) spec.exposure(1, 0, null, 3600, 60);
        PkTrajectory byHand = PkTrajectory.compute(PkPresets.morphineHuman(),
                List.of(new DosingEvent.Bolus(0, DOSE)), 3600, 60);
        assertArrayEquals(byHand.stepAverageEffectSiteMolar(), ex.trajectory().stepAverageEffectSiteMolar());
        PkSpec clamp = new PkSpec("morphine", null, null, null, null, null, null,
                org.receptorsim.units.Concentration.parse("100 nM"), null, null);
        double[] out = new double[1];
        clamp.exposure(1, 0, null, 3600, 60).concentrationsAt(1234, out);
        assertEquals(1e-7, out[0], 1e-22);
    }
}
