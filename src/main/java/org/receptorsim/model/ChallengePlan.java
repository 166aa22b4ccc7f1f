package org.receptorsim.model;

import java.util.Arrays;
import org.receptorsim.records.InvalidFieldException;

/**
 * Challenge experiments inside a protocol: at given times a concentration–response to a test agonist is measured
 * on copies of the cell's state, so the chronic simulation itself is not disturbed. This is how tolerance is read
 * off, as in the papers (EC50 shift, Emax loss).
 *
 * <p>Several test agonists can be listed (cross-tolerance): each is measured on copies of the same state at the
 * same times, and each curve is compared with that agonist's own first curve.
 *
 * @param ligandIndices test agonists (indices into the run's ligands), the first being the primary one whose
 *     shifts are the arm's tolerance metrics
 * @param timesSeconds when to measure (seconds; multiples of dt)
 * @param concentrationsMolar test concentrations (molar) of each test agonist, ascending
 * @param durationSeconds how long each copy is exposed to the test agonist (seconds; multiple of dt)
 * @param readout what is measured
 * @param washout true to remove the chronic drugs from the copy before the test (the usual assay)
 * @param washoutSeconds how long each copy (and its control) is held drug-free, or at the held concentrations
 *     without washout, before the test agonist is added (seconds; multiple of dt; 0 = added at once). Residual
 *     chronic agonist dissociates meanwhile (fentanyl's t½ is ~7 min), as in an assay washed before testing
 */
public record ChallengePlan(int[] ligandIndices, double[] timesSeconds, double[][] concentrationsMolar,
                            double durationSeconds, Readout readout, boolean washout, double washoutSeconds)
        implements java.io.Serializable {

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
        ligandIndices = ligandIndices.clone();
        if (ligandIndices.length == 0 || ligandIndices.length != concentrationsMolar.length) {
            throw new InvalidFieldException("ligands", "expected one concentration series per test agonist");
        }
        double[][] copy = new double[concentrationsMolar.length][];
        for (int l = 0; l < copy.length; l++) {
            double[] c = concentrationsMolar[l].clone();
            copy[l] = c;
            if (c.length < 3) {
                throw new InvalidFieldException("concentrations", "expected at least 3, got " + c.length);
            }
            for (int i = 1; i < c.length; i++) {
                if (!(c[i] > c[i - 1])) {
                    throw new InvalidFieldException("concentrations", "expected ascending values > 0");
                }
            }
            if (!(c[0] > 0)) {
                throw new InvalidFieldException("concentrations", "expected values > 0");
            }
        }
        concentrationsMolar = copy;
        if (!(durationSeconds > 0)) {
            throw new InvalidFieldException("duration", "expected a time > 0");
        }
        if (!(washoutSeconds >= 0) || Double.isInfinite(washoutSeconds)) {
            throw new InvalidFieldException("washoutTime", "expected a time >= 0");
        }
    }

    /** The primary test agonist (index into the run's ligands). */
    public int ligandIndex() {
        return ligandIndices[0];
    }

    /** This plan measured at other times only (same agonists and series). */
    public ChallengePlan atTimes(double[] times) {
        return new ChallengePlan(ligandIndices, times, concentrationsMolar, durationSeconds, readout, washout,
                washoutSeconds);
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
        return "ChallengePlan[ligands " + Arrays.toString(ligandIndices) + ", at " + Arrays.toString(timesSeconds)
                + " s]";
    }
}
