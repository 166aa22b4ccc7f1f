package org.receptorsim.pharmacology.pk;

/**
 * Enzyme induction: clearance CL(t) = CL0 · I(t), where the induction factor I relaxes toward a target that rises
 * with the plasma concentration,
 *
 * <pre>
 *   dI/dt = r · (T(Cp) − I),   T(Cp) = 1 + (Imax − 1) · Cp / (Cp + EC50),
 *   r = onRate while T ≥ I (induction), offRate while T &lt; I (de-induction).
 * </pre>
 *
 * The same equation holds at all times: without drug (Cp = 0) the target is 1 and I relaxes back to 1 at the
 * (usually slower) de-induction rate. I stays within [1, Imax] when it starts at 1.
 *
 * <p>Literature (docs/model.md §9): phenobarbital raises clearance 2.2× (Roots 1975 [F]); rifampin induces
 * CYP3A4 up to 5.5× with 90 % of the maximum within 10 d and de-induction taking more than 7 d (AAPS J 2019 [F]);
 * suggested defaults ×2–5, τ ≈ 3 d on, ≥ 7 d off. No source gives EC50 for an opioid: it must be chosen.
 *
 * @param maxFactor Imax, the largest clearance multiplier (≥ 1; 1 means no induction)
 * @param ec50Molar plasma concentration giving half the maximal induction (molar, &gt; 0)
 * @param onRatePerSecond induction rate constant (per second, &gt; 0), 1/τ_on
 * @param offRatePerSecond de-induction rate constant (per second, &gt; 0), 1/τ_off
 */
public record EnzymeInduction(double maxFactor, double ec50Molar, double onRatePerSecond, double offRatePerSecond)
        implements java.io.Serializable {

    /** Seconds in a day. */
    static final double DAY = 86400;

    /** Checks the values. */
    public EnzymeInduction {
        Checks.atLeastOne("maxFactor", maxFactor);
        Checks.positive("ec50Molar", ec50Molar);
        Checks.positive("onRatePerSecond", onRatePerSecond);
        Checks.positive("offRatePerSecond", offRatePerSecond);
    }

    /**
     * Induction from time constants.
     *
     * @param maxFactor Imax (≥ 1)
     * @param ec50Molar EC50 of induction (molar)
     * @param onTimeConstantSeconds τ_on (seconds, &gt; 0)
     * @param offTimeConstantSeconds τ_off (seconds, &gt; 0)
     * @return the induction
     */
    public static EnzymeInduction fromTimeConstants(double maxFactor, double ec50Molar, double onTimeConstantSeconds,
                                                    double offTimeConstantSeconds) {
        Checks.positive("onTimeConstantSeconds", onTimeConstantSeconds);
        Checks.positive("offTimeConstantSeconds", offTimeConstantSeconds);
        return new EnzymeInduction(maxFactor, ec50Molar, 1 / onTimeConstantSeconds, 1 / offTimeConstantSeconds);
    }

    /**
     * Phenobarbital-like induction: Imax 2.2 (Roots 1975 [F]), τ_on 3 d, τ_off 7 d (docs/model.md default rates [F]).
     *
     * @param ec50Molar EC50 of induction (molar); not in the literature table, the caller chooses it
     * @return the induction
     */
    public static EnzymeInduction phenobarbitalLike(double ec50Molar) {
        return fromTimeConstants(2.2, ec50Molar, 3 * DAY, 7 * DAY);
    }

    /**
     * Rifampin-like induction: Imax 5.5; 90 % of the maximum within 10 d gives τ_on = 10 d / ln 10 ≈ 4.3 d; τ_off
     * 7 d (AAPS J 2019 [F], τ derived [D]).
     *
     * @param ec50Molar EC50 of induction (molar), chosen by the caller
     * @return the induction
     */
    public static EnzymeInduction rifampinLike(double ec50Molar) {
        return fromTimeConstants(5.5, ec50Molar, 10 * DAY / Math.log(10), 7 * DAY);
    }

    /**
     * The target T(Cp) = 1 + (Imax − 1)·Cp/(Cp + EC50).
     *
     * @param plasmaMolar plasma concentration (molar, ≥ 0)
     * @return the target induction factor
     */
    public double target(double plasmaMolar) {
        double c = Math.max(0, plasmaMolar);
        return 1 + (maxFactor - 1) * c / (c + ec50Molar);
    }

    /**
     * The rate of change dI/dt at an induction factor and plasma concentration.
     *
     * @param factor current I
     * @param plasmaMolar current Cp (molar)
     * @return dI/dt (per second)
     */
    public double derivative(double factor, double plasmaMolar) {
        double t = target(plasmaMolar);
        return (t >= factor ? onRatePerSecond : offRatePerSecond) * (t - factor);
    }

    /** The faster of the two rate constants (per second). */
    public double fastestRatePerSecond() {
        return Math.max(onRatePerSecond, offRatePerSecond);
    }
}
