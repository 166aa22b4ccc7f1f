package org.receptorsim.organism.pk;

import org.receptorsim.pharmacology.pk.EnzymeInduction;

/**
 * Distribution of a drug between unbound plasma and unbound brain interstitial fluid across the blood–brain barrier,
 * with P-glycoprotein (P-gp) efflux:
 *
 * <pre>
 *   dC_b/dt = k0·Kp,uu·C_u − k0·(1 − f + f·a(t))·C_b
 * </pre>
 *
 * C_u the unbound plasma concentration, C_b the unbound brain concentration, k0 = ln 2 / t½ the brain equilibration
 * rate at baseline P-gp, Kp,uu the steady-state unbound brain-to-plasma ratio at baseline, f the share of the efflux
 * carried by P-gp at baseline and a(t) the P-gp activity relative to baseline (expression × (1 − inhibition)). With
 * more P-gp the efflux rises and the steady-state ratio falls to Kp,uu/(1 − f + f·a): pharmacokinetic tolerance by
 * distribution; with P-gp blocked (a = 0) it rises to Kp,uu/(1 − f). P-gp expression follows the turnover law of
 * {@link EnzymeInduction} driven by the unbound plasma concentration that the barrier's endothelium faces.
 *
 * @param equilibrationHalfLifeSeconds t½ = ln 2 / k0 of brain equilibration at baseline P-gp (seconds, &gt; 0)
 * @param unboundPartition Kp,uu at baseline P-gp (dimensionless, &gt; 0)
 * @param pgpEffluxFraction f, share of the brain efflux carried by P-gp at baseline (dimensionless, 0 ≤ f &lt; 1)
 * @param pgpInduction P-gp expression as a function of exposure (maxFactor = largest expression relative to
 *     baseline; ec50 in unbound plasma molar; on/off rates per second), or null for constant expression
 */
public record BrainDistribution(double equilibrationHalfLifeSeconds, double unboundPartition,
                                double pgpEffluxFraction, EnzymeInduction pgpInduction) {

    /** Checks the values. */
    public BrainDistribution {
        if (!(equilibrationHalfLifeSeconds > 0) || Double.isInfinite(equilibrationHalfLifeSeconds)) {
            throw new IllegalArgumentException("equilibrationHalfLife: expected a time > 0, got "
                    + equilibrationHalfLifeSeconds + " s");
        }
        if (!(unboundPartition > 0) || Double.isInfinite(unboundPartition)) {
            throw new IllegalArgumentException("unboundPartition: expected a finite number > 0, got "
                    + unboundPartition);
        }
        if (!(pgpEffluxFraction >= 0 && pgpEffluxFraction < 1)) {
            throw new IllegalArgumentException("pgpEffluxFraction: expected a fraction in [0, 1), got "
                    + pgpEffluxFraction);
        }
    }

    /** k0 = ln 2 / t½, the efflux rate at baseline P-gp (per second). */
    public double baselineEffluxRatePerSecond() {
        return Math.log(2) / equilibrationHalfLifeSeconds;
    }

    /** Influx rate k0·Kp,uu (per second, applied to the unbound plasma concentration). */
    public double influxRatePerSecond() {
        return baselineEffluxRatePerSecond() * unboundPartition;
    }

    /**
     * Efflux rate k0·(1 − f + f·a) at a P-gp activity.
     *
     * @param pgpActivity a, P-gp activity relative to baseline (≥ 0)
     * @return the efflux rate (per second)
     */
    public double effluxRatePerSecond(double pgpActivity) {
        return baselineEffluxRatePerSecond() * (1 - pgpEffluxFraction + pgpEffluxFraction * pgpActivity);
    }

    /**
     * Steady-state unbound brain-to-plasma ratio at a P-gp activity: Kp,uu/(1 − f + f·a).
     *
     * @param pgpActivity a (≥ 0)
     * @return the ratio
     */
    public double partition(double pgpActivity) {
        return unboundPartition / (1 - pgpEffluxFraction + pgpEffluxFraction * pgpActivity);
    }
}
