package org.receptorsim.model;

/**
 * A concentration–response curve measured on copies of the cell at one time.
 *
 * @param timeSeconds when the copies were taken (seconds from the start)
 * @param concentrationsMolar test concentrations (molar)
 * @param responses response at each concentration (percent; see {@link ChallengePlan.Readout})
 * @param readout what was measured
 */
public record ChallengeCurve(double timeSeconds, double[] concentrationsMolar, double[] responses,
                             ChallengePlan.Readout readout) {
}
