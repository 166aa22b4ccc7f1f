package org.receptorsim.model;

/**
 * A concentration–response curve measured on copies of the cell at one time.
 *
 * @param timeSeconds when the copies were taken (seconds from the start)
 * @param ligand the test agonist's name
 * @param concentrationsMolar test concentrations (molar)
 * @param responses response at each concentration (percent; see {@link ChallengePlan.Readout})
 * @param readout what was measured
 */
public record ChallengeCurve(double timeSeconds, String ligand, double[] concentrationsMolar, double[] responses,
                             ChallengePlan.Readout readout) implements java.io.Serializable {
}
