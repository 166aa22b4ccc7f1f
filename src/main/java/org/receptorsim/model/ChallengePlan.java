package org.receptorsim.model;

import java.util.Arrays;

/**
 * Challenge experiments inside a protocol: at given times a concentration–response to a test agonist is measured
 * on copies of the cell's state, so the chronic simulation itself is not disturbed. This is how tolerance is read
 * off, as in the papers (EC50 shift, Emax loss).
 *
 * @param ligandIndex test agonist (index into the run's ligands)
 * @param timesSeconds when to measure (seconds; multiples of dt)
 * @param concentrationsMolar test concentrations (molar), ascending
 * @param durationSeconds how long each copy is exposed to the test agonist (seconds; multiple of dt)
 * @param readout what is measured
 * @param washout true to remove the chronic drugs from the copy before the test (the usual assay)
 * @param washoutSeconds how long each copy (and its control) is held drug-free, or at the held concentrations
 *     without washout, before the test agonist is added (seconds; multiple of dt; 0 = added at once). Residual
 *     chronic agonist dissociates meanwhile (fentanyl's t½ is ~7 min), as in an assay washed before testing
 */
public record ChallengePlan(int ligandIndex, double[] timesSeconds, double[] concentrationsMolar,
                            double durationSeconds, Readout readout, boolean washout, double washoutSeconds) {

    /** What a challenge measures. */
    public enum Readout {
        /** Inhibition of (forskolin-stimulated) cAMP at the end of the test, percent of the copy's own control. */
        CAMP,
        /**
         * The tissue's absolute effect: lowering of cAMP at the end of the test below the naive drug-free control,
         * percent of that control. Cyclase superactivation raises the copy's own level and so counts against the
         * agonist: the potency read off is the concentration that reaches the naive half-maximal effect (an
         * ED50), the compensatory tolerance of the seed texts.
         */
        CAMP_LEVEL,
        /** Peak G-protein activation during the test above the copy's own control, percent of the G pool. */
        G_PROTEIN
    }

    /** Checks the plan. */
    public ChallengePlan {
        timesSeconds = timesSeconds.clone();
        concentrationsMolar = concentrationsMolar.clone();
        if (concentrationsMolar.length < 3) {
            throw new IllegalArgumentException("concentrations: expected at least 3, got " + concentrationsMolar.length);
        }
        for (int i = 1; i < concentrationsMolar.length; i++) {
            if (!(concentrationsMolar[i] > concentrationsMolar[i - 1])) {
                throw new IllegalArgumentException("concentrations: expected ascending values > 0");
            }
        }
        if (!(concentrationsMolar[0] > 0)) {
            throw new IllegalArgumentException("concentrations: expected values > 0");
        }
        if (!(durationSeconds > 0)) {
            throw new IllegalArgumentException("duration: expected a time > 0");
        }
        if (!(washoutSeconds >= 0) || Double.isInfinite(washoutSeconds)) {
            throw new IllegalArgumentException("washoutTime: expected a time >= 0");
        }
    }

    /** Index of the challenge measured at the end of step {@code stepIndex}, or -1. */
    int challengeAtStep(long stepIndex, double dtSeconds) {
        for (int k = 0; k < timesSeconds.length; k++) {
            if (Math.round(timesSeconds[k] / dtSeconds) == stepIndex) {
                return k;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "ChallengePlan[ligand " + ligandIndex + ", at " + Arrays.toString(timesSeconds) + " s]";
    }
}
