package org.receptorsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The tissue readout's potency: the concentration at which a fitted logistic reaches a fixed effect. */
class EquieffectiveConcentrationTest {

    private static final double[] MOLAR = {1e-10, 1e-9, 1e-8, 1e-7, 1e-6};

    @Test
    void theCurveReachesTheReferenceEffectExactlyAtTheReturnedConcentration() {
        LogisticFit.Result raised = new LogisticFit.Result(-80, 60, 3e-9, 1.2, 0, null);
        HillFit.Result r = ArmSummary.equieffective(raised, 40, MOLAR);
        assertTrue(r.ok(), String.valueOf(r.failure()));
        assertEquals(40, LogisticFit.value(r.ec50Molar(), -80, 60, 3e-9, 1.2), 1e-9);
        assertTrue(r.ec50Molar() > 3e-9, "above the curve's own midpoint when the criterion is above it");
        assertEquals(60, r.emax(), 0);
    }

    @Test
    void aCurveAtItsOwnMidpointCriterionGivesItsEc50() {
        LogisticFit.Result naive = new LogisticFit.Result(0, 80, 2e-9, 1, 0, null);
        assertEquals(2e-9, ArmSummary.equieffective(naive, 40, MOLAR).ec50Molar(), 1e-21);
    }

    @Test
    void aCurveThatNeverReachesTheEffectIsAFailureNotANumber() {
        LogisticFit.Result flattened = new LogisticFit.Result(-80, 20, 3e-9, 1, 0, null);
        HillFit.Result r = ArmSummary.equieffective(flattened, 40, MOLAR);
        assertFalse(r.ok());
        assertTrue(Double.isNaN(r.ec50Molar()));
        assertTrue(r.failure().contains("does not reach the reference effect"), r.failure());
    }
}
