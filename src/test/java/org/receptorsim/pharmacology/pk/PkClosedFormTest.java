package org.receptorsim.pharmacology.pk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Without induction the one-compartment course is integrated exactly: it matches the textbook closed forms, computed
 * independently here, to a relative 1e-9 on and off the grid.
 */
class PkClosedFormTest {

    static final double V = 276;
    static final double K = 8.8e-5;
    static final double CL = K * V;
    static final double DOSE = 3.5e-5;
    static final double REL = 1e-9;

    static void assertRelative(double expected, double actual, double rel, String what) {
        double tol = rel * Math.abs(expected) + 1e-30;
        assertTrue(Math.abs(actual - expected) <= tol,
                what + ": expected " + expected + ", got " + actual + " (relative error "
                        + Math.abs(actual - expected) / Math.abs(expected) + ")");
    }

    /** An IV bolus decays as Cp(t) = D/V·e^{−kt}, at grid points and at times between them. */
    @Test
    void ivBolusDecaysMonoexponentially() {
        PkTrajectory tr = PkTrajectory.compute(PkModel.of(V, CL), List.of(new DosingEvent.Bolus(0, DOSE)),
                24 * 3600, 60);
        assertEquals(24 * 60, tr.stepCount());
        for (int n = 0; n <= tr.stepCount(); n += 37) {
            double t = n * 60.0;
            assertRelative(DOSE / V * Math.exp(-K * t), tr.plasmaMolar(n), REL, "Cp at " + t);
            assertEquals(tr.plasmaMolar(n), tr.effectSiteMolar(n), "no ke0: effect site is plasma");
        }
        for (double t : new double[] {12.5, 1234.5, 40000.25, 90000.7}) {
            assertRelative(DOSE / V * Math.exp(-K * t), tr.plasmaMolarAt(t), REL, "Cp at off-grid " + t);
        }
        assertRelative(CL, tr.clearanceLitresPerSecond(10), 1e-15, "constant clearance");
        assertEquals(1.0, tr.inductionFactor(10));
    }

    /**
     * A constant-rate infusion rises as R/CL·(1 − e^{−k(t−ts)}) toward the steady state R/CL, and after its end
     * decays from where it stopped; start and end fall between grid points.
     */
    @Test
    void infusionApproachesSteadyStateThenDecays() {
        double rate = 1e-9;
        double ts = 90;
        double te = ts + 40 * 3600 + 30;
        PkTrajectory tr = PkTrajectory.compute(PkModel.of(V, CL),
                List.of(new DosingEvent.Infusion(ts, te, rate)), 60 * 3600, 60);
        double css = rate / CL;
        assertEquals(0.0, tr.plasmaMolar(1), "nothing before the start");
        for (int n = 2; n <= tr.stepCount(); n += 41) {
            double t = n * 60.0;
            double expected = t < te ? css * (1 - Math.exp(-K * (t - ts)))
                    : css * (1 - Math.exp(-K * (te - ts))) * Math.exp(-K * (t - te));
            assertRelative(expected, tr.plasmaMolar(n), REL, "Cp at " + t);
        }
        double nearEnd = tr.plasmaMolarAt(te - 1);
        assertRelative(css, nearEnd, 1e-5, "after 40 h (k·t = 12.7, e^-12.7 = 3e-6) the infusion is at R/CL");
        double integral = css * ((te - ts) - (1 - Math.exp(-K * (te - ts))) / K);
        assertRelative(integral, tr.plasmaAuc(0, te), REL, "AUC during the infusion");
    }

    /** An oral dose follows the Bateman function F·D·ka/(V(ka−k))·(e^{−kt} − e^{−ka·t}). */
    @Test
    void oralDoseFollowsBatemanFunction() {
        double f = 0.3;
        double ka = 1.5e-3;
        double t0 = 600;
        PkTrajectory tr = PkTrajectory.compute(PkModel.of(V, CL),
                List.of(new DosingEvent.OralDose(t0, DOSE, f, ka)), 24 * 3600, 60);
        for (int n = 11; n <= tr.stepCount(); n += 29) {
            double t = n * 60.0 - t0;
            double expected = f * DOSE * ka / (V * (ka - K)) * (Math.exp(-K * t) - Math.exp(-ka * t));
            assertRelative(expected, tr.plasmaMolar(n), REL, "Cp " + t + " s after the dose");
        }
    }

    /** When ka equals k the Bateman function's limit F·D·k·t·e^{−kt}/V is reproduced (no division by zero). */
    @Test
    void oralDoseWithAbsorptionEqualToEliminationFollowsTheLimit() {
        PkTrajectory tr = PkTrajectory.compute(PkModel.of(V, CL),
                List.of(new DosingEvent.OralDose(0, DOSE, 1, K)), 24 * 3600, 300);
        for (int n = 1; n <= tr.stepCount(); n += 7) {
            double t = n * 300.0;
            assertRelative(DOSE * K * t * Math.exp(-K * t) / V, tr.plasmaMolar(n), REL, "Cp at " + t);
        }
    }

    /** Repeated boluses superpose: Cp is the sum of the shifted single-dose curves. */
    @Test
    void repeatedBolusesSuperpose() {
        double tau = 6 * 3600;
        List<DosingEvent> doses = DosingEvent.repeat(new DosingEvent.Bolus(1800, DOSE), tau, 4);
        assertEquals(4, doses.size());
        assertEquals(1800 + 3 * tau, doses.get(3).timeSeconds());
        PkTrajectory tr = PkTrajectory.compute(PkModel.of(V, CL),
                List.of(new DosingEvent.RepeatedDose(new DosingEvent.Bolus(1800, DOSE), tau, 4)), 36 * 3600, 60);
        for (int n = 0; n <= tr.stepCount(); n += 53) {
            double t = n * 60.0;
            double expected = 0;
            for (DosingEvent d : doses) {
                if (d.timeSeconds() <= t) {
                    expected += DOSE / V * Math.exp(-K * (t - d.timeSeconds()));
                }
            }
            assertRelative(expected, tr.plasmaMolar(n), REL, "Cp at " + t);
        }
        assertRelative(DOSE / V, tr.plasmaMolar(30), REL, "a bolus on a grid point counts at that point");
    }

    /** With ke0 the effect site lags: Ce(t) = D/V·ke0/(ke0−k)·(e^{−kt} − e^{−ke0·t}) after a bolus, Ce(0) = 0. */
    @Test
    void effectSiteLagsPlasmaAfterBolus() {
        double ke0 = 1e-3;
        PkTrajectory tr = PkTrajectory.compute(PkModel.of(V, CL).withEffectSite(ke0),
                List.of(new DosingEvent.Bolus(0, DOSE)), 12 * 3600, 60);
        assertEquals(0.0, tr.effectSiteMolar(0));
        assertRelative(DOSE / V, tr.plasmaMolar(0), REL, "plasma jumps");
        int peak = 0;
        for (int n = 1; n <= tr.stepCount(); n++) {
            double t = n * 60.0;
            double expected = DOSE / V * ke0 / (ke0 - K) * (Math.exp(-K * t) - Math.exp(-ke0 * t));
            assertRelative(expected, tr.effectSiteMolar(n), REL, "Ce at " + t);
            assertRelative(DOSE / V * Math.exp(-K * t), tr.plasmaMolar(n), REL, "Cp at " + t);
            if (tr.effectSiteMolar(n) > tr.effectSiteMolar(peak)) {
                peak = n;
            }
        }
        double tPeak = Math.log(ke0 / K) / (ke0 - K);
        assertEquals(tPeak, peak * 60.0, 60, "effect-site peak at ln(ke0/k)/(ke0−k)");
    }

    /**
     * The value served for a step is the average over [t, t+dt): the closed-form integral of Ce over the step
     * divided by dt, also when the bolus falls inside a step and for a step starting off the grid.
     */
    @Test
    void stepAverageIsTheIntegralOverTheStepDividedByDt() {
        double ke0 = 2e-3;
        double dt = 60;
        double tb = 90;
        PkTrajectory tr = PkTrajectory.compute(PkModel.of(V, CL).withEffectSite(ke0),
                List.of(new DosingEvent.Bolus(tb, DOSE)), 6 * 3600, dt);
        assertEquals(0.0, tr.stepAverageEffectSiteMolar(0));
        for (int n = 1; n < tr.stepCount(); n += 13) {
            double a = Math.max(tb, n * dt);
            double b = (n + 1) * dt;
            double expected = ceIntegral(a - tb, b - tb, ke0) / dt;
            assertRelative(expected, tr.stepAverageEffectSiteMolar(n), REL, "step " + n);
        }
        double t = 1000.5;
        assertRelative(ceIntegral(t - tb, t + dt - tb, ke0) / dt, tr.stepAverageEffectSiteMolarAt(t), REL,
                "off-grid step");
        assertRelative(ceIntegral(300 - tb, 7200 - tb, ke0), tr.effectSiteAuc(300, 7200), REL, "effect-site AUC");
        double plasmaAuc = DOSE / (V * K) * (Math.exp(-K * (300.5 - tb)) - Math.exp(-K * (7000.25 - tb)));
        assertRelative(plasmaAuc, tr.plasmaAuc(300.5, 7000.25), REL, "plasma AUC off the grid");
    }

    /** ∫ Ce over [a, b] (times after the bolus) for the bolus effect-site closed form. */
    static double ceIntegral(double a, double b, double ke0) {
        double c = DOSE / V * ke0 / (ke0 - K);
        return c * ((Math.exp(-K * a) - Math.exp(-K * b)) / K - (Math.exp(-ke0 * a) - Math.exp(-ke0 * b)) / ke0);
    }

    /** Values beyond the precomputed duration are computed on demand by the same exact method. */
    @Test
    void valuesBeyondTheDurationAreComputedOnDemand() {
        PkTrajectory tr = PkTrajectory.compute(PkModel.of(V, CL),
                List.of(new DosingEvent.Bolus(0, DOSE), new DosingEvent.Bolus(7200, DOSE)), 3600, 60);
        double t = 10000;
        double expected = DOSE / V * (Math.exp(-K * t) + Math.exp(-K * (t - 7200)));
        assertRelative(expected, tr.plasmaMolarAt(t), REL, "Cp after the second dose, past the duration");
    }

    /** Doses in mg convert with the molar mass: 10 mg of morphine is 35.05 µmol. */
    @Test
    void milligramsConvertToMoles() {
        assertRelative(10e-3 / 285.34, DosingEvent.Bolus.ofMilligrams(0, 10, 285.34).amountMol(), 1e-15, "mol");
        DosingEvent.Infusion inf = DosingEvent.Infusion.ofTotalMilligrams(0, 3600, 10, 285.34);
        assertRelative(10e-3 / 285.34, inf.amountMol(), 1e-12, "infusion total");
    }
}
