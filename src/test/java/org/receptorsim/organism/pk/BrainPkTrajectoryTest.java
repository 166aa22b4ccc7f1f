package org.receptorsim.organism.pk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.receptorsim.pharmacology.pk.DosingEvent;
import org.receptorsim.pharmacology.pk.EnzymeInduction;
import org.receptorsim.pharmacology.pk.PkModel;

/**
 * The brain compartment with P-glycoprotein: steady states of the unbound brain/plasma ratio with baseline, induced
 * and blocked P-gp, P-gp induction to its target, and the step averages the cells see against an independent fine
 * integration.
 */
class BrainPkTrajectoryTest {

    static final double H = 3600;
    static final double DAY = 86400;
    static final PkModel PLASMA = PkModel.fromElimination(100, Math.log(2) / (2 * H));
    static final EnzymeInduction PGP = EnzymeInduction.fromTimeConstants(2.0, 20e-9, DAY, DAY);

    static DrugProfile drug(EnzymeInduction pgp) {
        return new DrugProfile("test", "", "morphine", null, PLASMA, 285.34, 0.65,
                new BrainDistribution(60 * 60, 0.29, 0.39, pgp), Map.of());
    }

    /** An infusion holding the plasma at C: rate = C·CL. */
    static List<DosingEvent> infusion(double molar, double hours) {
        return List.of(new DosingEvent.Infusion(0, hours * H, molar * PLASMA.clearanceLitresPerSecond()));
    }

    /** Without induction the brain settles at Kp,uu·f_u·C_p; P-gp blocked raises it by 1/(1 − f). */
    @Test
    void steadyStateRatioAndBlockedPgp() {
        double cp = 50e-9;
        BrainPkTrajectory plain = BrainPkTrajectory.compute(drug(null), infusion(cp, 48), 0, 48 * H, 300);
        BrainPkTrajectory blocked = BrainPkTrajectory.compute(drug(null), infusion(cp, 48), 1, 48 * H, 300);
        int end = plain.stepCount();
        assertEquals(0.29 * 0.65 * cp, plain.brainMolar()[end], 1e-6 * cp);
        assertEquals(0.29 / (1 - 0.39) * 0.65 * cp, blocked.brainMolar()[end], 1e-6 * cp);
        assertEquals(0.29 / 0.61, blocked.unboundPartition()[end], 1e-12);
        assertEquals(0.65 * cp, plain.unboundPlasmaStepAverage()[end - 1], 1e-6 * cp);
    }

    /**
     * With induction P-gp rises toward 1 + (I_max − 1)·C_u/(C_u + EC50) with τ = 1 d, and the brain ratio falls to
     * Kp,uu/(1 − f + f·I): tolerance by distribution.
     */
    @Test
    void inductionLowersTheBrainRatio() {
        double cp = 100e-9;
        BrainPkTrajectory t = BrainPkTrajectory.compute(drug(PGP), infusion(cp, 10 * 24), 0, 10 * DAY, 300);
        int end = t.stepCount();
        double cu = 0.65 * cp;
        double target = PGP.target(cu);
        assertEquals(target, t.pgpExpression()[end], 1e-3);
        int oneDay = (int) (DAY / 300);
        double atOneDay = t.pgpExpression()[oneDay];
        assertTrue(atOneDay <= 1 + (target - 1) * (1 - Math.exp(-1))
                && atOneDay >= 1 + (target - 1) * (1 - Math.exp(-18.0 / 24)),
                "63 % of the induction after τ = 1 d, less the plasma's ramp-up (t½ 2 h, done within 6 h): "
                        + atOneDay);
        double ratio = 0.29 / (1 - 0.39 + 0.39 * target);
        assertEquals(ratio, t.unboundPartition()[end], 1e-3);
        assertEquals(ratio * cu, t.brainMolar()[end], 1e-3 * cu);
        assertTrue(t.brainMolar()[end] < 0.9 * 0.29 * cu, "the same exposure brings less drug to the brain");
    }

    /**
     * After a bolus the brain's step averages match a fine Runge–Kutta integration of dC_b/dt = k_in·C_u − k_out·C_b
     * (with the plasma in closed form) to within the sub-step error bound of the class (2.5 % of the plasma change over
     * a sub-step, far less in practice).
     */
    @Test
    void stepAveragesMatchAFineIntegration() {
        double dose = 1e-6;
        BrainPkTrajectory t = BrainPkTrajectory.compute(drug(null), List.of(new DosingEvent.Bolus(0, dose)), 0,
                12 * H, 300);
        double k = PLASMA.eliminationRatePerSecond();
        double c0 = dose / PLASMA.volumeLitres();
        double kout = Math.log(2) / 3600;
        double kin = kout * 0.29;
        double cb = 0;
        double h = 1;
        double[] fine = new double[t.stepCount()];
        for (int n = 0; n < t.stepCount(); n++) {
            double sum = 0;
            for (int i = 0; i < 300; i++) {
                double s = n * 300 + i;
                double k1 = kin * 0.65 * c0 * Math.exp(-k * s) - kout * cb;
                double k2 = kin * 0.65 * c0 * Math.exp(-k * (s + h / 2)) - kout * (cb + h / 2 * k1);
                double k3 = kin * 0.65 * c0 * Math.exp(-k * (s + h / 2)) - kout * (cb + h / 2 * k2);
                double k4 = kin * 0.65 * c0 * Math.exp(-k * (s + h)) - kout * (cb + h * k3);
                double next = cb + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
                sum += 0.5 * (cb + next);
                cb = next;
            }
            fine[n] = sum / 300;
        }
        double[] avg = t.brainStepAverage();
        double peak = 0;
        for (double v : fine) {
            peak = Math.max(peak, v);
        }
        for (int n = 0; n < fine.length; n++) {
            assertEquals(fine[n], avg[n], 1e-3 * peak, "step " + n);
        }
    }

    /** No doses: nothing anywhere; the duration must be whole steps. */
    @Test
    void noDoseAndBadGrid() {
        BrainPkTrajectory t = BrainPkTrajectory.compute(drug(PGP), List.of(), 0, DAY, 300);
        for (double v : t.brainMolar()) {
            assertEquals(0, v);
        }
        assertEquals(1, t.pgpExpression()[t.stepCount()]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BrainPkTrajectory.compute(drug(null), List.of(), 0, 1000, 300));
        assertTrue(e.getMessage().startsWith("duration:"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> BrainPkTrajectory.compute(drug(null), List.of(), 1.5, DAY, 300));
    }
}
