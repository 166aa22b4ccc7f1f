package org.receptorsim.validation;

/**
 * One challenge curve behind a validation quantity: its potency shift, Emax loss and the absolute potency of the
 * arm's first (naive) curve, each the mean over replicates with its standard deviation (0 with one replicate), on
 * {@link org.receptorsim.statistics.SampleStatistics}: a replicate whose fit failed is left out (the failure is
 * named), NaN where every fit failed.
 *
 * @param target target number
 * @param scenario validation scenario name, e.g. "v4-tolerance"
 * @param arm arm of the scenario
 * @param ligand test agonist
 * @param potency "EC50" for own-control readouts, "ED50" for the tissue readout (cAMPLevel)
 * @param hours time of the challenge after the start of the chronic exposure (hours)
 * @param washoutMinutes how long the copies were held drug-free before the test agonist (minutes)
 * @param foldShift potency / potency of the first curve (fold)
 * @param foldShiftSd its standard deviation over replicates
 * @param emaxLossPercent 100·(1 − Emax/Emax of the first curve) (percent)
 * @param emaxLossSd its standard deviation over replicates
 * @param firstPotencyMolar EC50 (or ED50) of the arm's first curve (molar)
 * @param firstPotencySd its standard deviation over replicates (molar)
 * @param failure why a fit failed in some replicate, or null
 */
public record ChallengeReading(String target, String scenario, String arm, String ligand, String potency,
                               double hours, double washoutMinutes, double foldShift, double foldShiftSd,
                               double emaxLossPercent, double emaxLossSd, double firstPotencyMolar,
                               double firstPotencySd, String failure) {

    /** Identifies the curve across runs that differ only in washout or parameters: "scenario/arm@hours h". */
    public String key() {
        return scenario + "/" + arm + "@" + org.receptorsim.output.RunWriter.fmt(hours) + " h";
    }
}
