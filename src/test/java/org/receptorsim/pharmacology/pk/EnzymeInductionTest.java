package org.receptorsim.pharmacology.pk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Enzyme induction: the same daily dose gives less exposure as clearance rises, induction and de-induction follow
 * their time constants (de-induction slower), and the sub-stepped integration stays within its derived error
 * bound of an independent fine Runge–Kutta solution.
 */
class EnzymeInductionTest {

    static final double DAY = 86400;
    static final PkModel HUMAN = PkPresets.morphineHuman();
    static final double DOSE = DosingEvent.molesFromMilligrams(10, PkPresets.MORPHINE_MOLAR_MASS_GRAMS_PER_MOL);
    static final EnzymeInduction INDUCTION = EnzymeInduction.phenobarbitalLike(20e-9);

    /** With induction the AUC of day 7 is below that of day 1 for the same daily bolus; without, it is not. */
    @Test
    void inductionLowersTheExposureOfTheSameDailyDose() {
        List<DosingEvent> daily = DosingEvent.repeat(new DosingEvent.Bolus(0, DOSE), DAY, 7);
        PkTrajectory induced = PkTrajectory.compute(HUMAN.withInduction(INDUCTION), daily, 7 * DAY, 600);
        PkTrajectory plain = PkTrajectory.compute(HUMAN, daily, 7 * DAY, 600);
        double day1 = induced.plasmaAuc(0, DAY);
        double day7 = induced.plasmaAuc(6 * DAY, 7 * DAY);
        assertTrue(day7 < 0.9 * day1, "day 7 AUC " + day7 + " vs day 1 " + day1);
        assertTrue(plain.plasmaAuc(6 * DAY, 7 * DAY) >= plain.plasmaAuc(0, DAY), "no induction: no loss");
        double i7 = induced.inductionFactorAt(7 * DAY);
        assertTrue(i7 > 1.1 && i7 < INDUCTION.maxFactor(), "induction factor after a week " + i7);
        assertEquals(HUMAN.clearanceLitresPerSecond() * i7, induced.clearanceLitresPerSecondAt(7 * DAY), 1e-15);
    }

    /**
     * Under a saturating infusion (the plasma falls as clearance rises, but stays far above EC50, so the target
     * hardly moves) I rises toward its target with τ_on = 3 d; after the infusion it falls back with
     * τ_off = 7 d: the half-times are τ·ln 2 (plus, for the fall, the delay while the plasma drains), so
     * de-induction is more than twice as slow as induction.
     */
    @Test
    void deInductionIsSlowerThanInduction() {
        double css = 1e-6;
        double stop = 25 * DAY;
        List<DosingEvent> doses = List.of(new DosingEvent.Infusion(0, stop, css * HUMAN.clearanceLitresPerSecond()));
        PkTrajectory tr = PkTrajectory.compute(HUMAN.withInduction(INDUCTION), doses, 60 * DAY, 3600);
        double[] factor = tr.inductionFactor();
        double peak = factor[(int) (stop / 3600)];
        double target = INDUCTION.target(tr.plasmaMolar((int) (stop / 3600)));
        assertTrue(peak > 1 + 0.99 * (target - 1) && peak <= target, "near the target after 25 d: " + peak);
        double rise = crossing(factor, 0, 1 + (peak - 1) / 2, true) * 3600;
        double fall = crossing(factor, (int) (stop / 3600), 1 + (peak - 1) / 2, false) * 3600 - stop;
        assertEquals(3 * DAY * Math.log(2), rise, 0.1 * DAY, "induction half-time");
        // after the stop the target stays above 1 while the plasma drains (rate a = k0·I): that delays the fall by
        // Δ = ∫(T − 1) ds / (I − 1) = (Imax − 1)·ln(1 + C0/EC50) / (a·(I − 1)), about 5 h here
        double c0 = tr.plasmaMolar((int) (stop / 3600));
        double a = HUMAN.eliminationRatePerSecond() * peak;
        double delay = (INDUCTION.maxFactor() - 1) * Math.log(1 + c0 / INDUCTION.ec50Molar()) / (a * (peak - 1));
        assertEquals(7 * DAY * Math.log(2) + delay, fall, 0.05 * DAY, "de-induction half-time");
        assertTrue(fall > 2 * rise, "de-induction " + fall + " s vs induction " + rise + " s");
        assertTrue(tr.inductionFactor(tr.stepCount()) > 1, "still relaxing after 35 d off");
    }

    private static double crossing(double[] f, int from, double level, boolean rising) {
        for (int i = from + 1; i < f.length; i++) {
            if (rising ? f[i] >= level : f[i] <= level) {
                return i - 1 + (level - f[i - 1]) / (f[i] - f[i - 1]);
            }
        }
        return Double.NaN;
    }

    /**
     * Against a fine RK4 solution of the same equations (each dose's contribution c_j carried separately), Cp stays
     * within the bound Σ_j c_j·(exp(ε·s_j) − 1), ε = k0·r·(Imax − 1)·60 s, s_j the time since dose j, and I within
     * r·t·(Imax − 1)·δ/4 + 1e-6, δ the largest relative Cp bound so far.
     */
    @Test
    void heldClearanceStaysWithinItsDerivedErrorBound() {
        double dt = 600;
        int days = 4;
        List<DosingEvent> doses = DosingEvent.repeat(new DosingEvent.Bolus(0, DOSE), DAY, days);
        PkTrajectory tr = PkTrajectory.compute(HUMAN.withInduction(INDUCTION), doses, days * DAY, dt);
        double k0 = HUMAN.eliminationRatePerSecond();
        double r = INDUCTION.fastestRatePerSecond();
        double eps = k0 * r * (INDUCTION.maxFactor() - 1) * PkTrajectory.MAX_HOLD_SECONDS;

        double h = 5;
        double[] c = new double[days];
        double factor = 1;
        double maxRelativeBound = 0;
        int perGrid = (int) (dt / h);
        double worstCp = 0;
        double worstI = 0;
        for (int n = 0; n <= tr.stepCount(); n++) {
            double t = n * dt;
            int given = (int) Math.min(days - 1, Math.floor(t / DAY + 1e-9));
            if (Math.abs(t - given * DAY) < 1e-6) {
                c[given] += DOSE / HUMAN.volumeLitres();
            }
            double cp = 0;
            double bound = 0;
            for (int j = 0; j < days; j++) {
                cp += c[j];
                if (c[j] > 0) {
                    bound += c[j] * Math.expm1(eps * (t - j * DAY));
                }
            }
            maxRelativeBound = Math.max(maxRelativeBound, bound / cp);
            double cpError = Math.abs(tr.plasmaMolar(n) - cp);
            assertTrue(cpError <= bound + 1e-12 * cp, "Cp at " + t + ": error " + cpError + " > bound " + bound);
            double iBound = r * t * (INDUCTION.maxFactor() - 1) * maxRelativeBound / 4 + 1e-6;
            double iError = Math.abs(tr.inductionFactor(n) - factor);
            assertTrue(iError <= iBound, "I at " + t + ": error " + iError + " > bound " + iBound);
            worstCp = Math.max(worstCp, cpError / cp);
            worstI = Math.max(worstI, iError);
            if (n == tr.stepCount()) {
                break;
            }
            for (int s = 0; s < perGrid; s++) {
                double[][] k1 = rhs(c, factor, k0);
                double[][] k2 = rhs(add(c, k1[0], h / 2), factor + h / 2 * k1[1][0], k0);
                double[][] k3 = rhs(add(c, k2[0], h / 2), factor + h / 2 * k2[1][0], k0);
                double[][] k4 = rhs(add(c, k3[0], h), factor + h * k3[1][0], k0);
                for (int j = 0; j < days; j++) {
                    c[j] += h / 6 * (k1[0][j] + 2 * k2[0][j] + 2 * k3[0][j] + k4[0][j]);
                }
                factor += h / 6 * (k1[1][0] + 2 * k2[1][0] + 2 * k3[1][0] + k4[1][0]);
            }
        }
        // observed: Cp 2.2e-4 relative (bound 2.1e-3), I 1.1e-5
        assertTrue(worstCp < 1e-3 && worstI < 1e-4, "actual errors " + worstCp + ", " + worstI);
    }

    private static double[][] rhs(double[] c, double factor, double k0) {
        double[] dc = new double[c.length];
        double cp = 0;
        for (int j = 0; j < c.length; j++) {
            dc[j] = -k0 * factor * c[j];
            cp += c[j];
        }
        return new double[][] {dc, {INDUCTION.derivative(factor, cp)}};
    }

    private static double[] add(double[] x, double[] dx, double h) {
        double[] y = x.clone();
        for (int i = 0; i < y.length; i++) {
            y[i] += h * dx[i];
        }
        return y;
    }
}
