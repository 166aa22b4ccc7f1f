package org.receptorsim.pharmacology.pk;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One-compartment pharmacokinetics of one drug: volume of distribution V and clearance CL give the elimination rate
 * k = CL/V; an optional effect-site link dCe/dt = ke0 (Cp − Ce) (absent: the effect site is the plasma); optional
 * enzyme induction scales the clearance, CL(t) = CL · I(t).
 *
 * @param volumeLitres volume of distribution V (litres, &gt; 0)
 * @param clearanceLitresPerSecond baseline clearance CL0 (litres per second, &gt; 0)
 * @param effectSiteRatePerSecond ke0 (per second, &gt; 0), or null for an effect site equal to the plasma
 * @param induction enzyme induction, or null for a constant clearance
 * @param sources where each value comes from, by field name (may be empty)
 */
public record PkModel(double volumeLitres, double clearanceLitresPerSecond, Double effectSiteRatePerSecond,
                      EnzymeInduction induction, Map<String, String> sources) implements java.io.Serializable {

    /** Checks the values. */
    public PkModel {
        Checks.positive("volumeLitres", volumeLitres);
        Checks.positive("clearanceLitresPerSecond", clearanceLitresPerSecond);
        if (effectSiteRatePerSecond != null) {
            Checks.positive("effectSiteRatePerSecond", effectSiteRatePerSecond);
        }
        sources = sources == null ? Map.of() : Map.copyOf(sources);
    }

    /**
     * A plain model: no effect-site delay, no induction, no sources.
     *
     * @param volumeLitres V (litres)
     * @param clearanceLitresPerSecond CL (litres per second)
     * @return the model
     */
    public static PkModel of(double volumeLitres, double clearanceLitresPerSecond) {
        return new PkModel(volumeLitres, clearanceLitresPerSecond, null, null, Map.of());
    }

    /**
     * A plain model from volume and elimination rate: CL = k·V.
     *
     * @param volumeLitres V (litres)
     * @param eliminationPerSecond k (per second)
     * @return the model
     */
    public static PkModel fromElimination(double volumeLitres, double eliminationPerSecond) {
        Checks.positive("volumeLitres", volumeLitres);
        Checks.positive("eliminationPerSecond", eliminationPerSecond);
        return of(volumeLitres, eliminationPerSecond * volumeLitres);
    }

    /** Baseline elimination rate constant k = CL/V (per second). */
    public double eliminationRatePerSecond() {
        return clearanceLitresPerSecond / volumeLitres;
    }

    /** Baseline elimination half-life ln 2 / k (seconds). */
    public double halfLifeSeconds() {
        return Math.log(2) / eliminationRatePerSecond();
    }

    /** True if the effect site lags the plasma (ke0 given). */
    public boolean hasEffectSiteDelay() {
        return effectSiteRatePerSecond != null;
    }

    /** This model with another ke0 (per second), or null for none. */
    public PkModel withEffectSite(Double ke0PerSecond) {
        return new PkModel(volumeLitres, clearanceLitresPerSecond, ke0PerSecond, induction, sources);
    }

    /** This model with enzyme induction, or null for none. */
    public PkModel withInduction(EnzymeInduction newInduction) {
        return new PkModel(volumeLitres, clearanceLitresPerSecond, effectSiteRatePerSecond, newInduction, sources);
    }

    /** This model with another volume (litres), keeping the clearance. */
    public PkModel withVolume(double newVolumeLitres) {
        return new PkModel(newVolumeLitres, clearanceLitresPerSecond, effectSiteRatePerSecond, induction, sources);
    }

    /** This model with another clearance (litres per second), keeping the volume. */
    public PkModel withClearance(double newClearanceLitresPerSecond) {
        return new PkModel(volumeLitres, newClearanceLitresPerSecond, effectSiteRatePerSecond, induction, sources);
    }

    /** This model with one source entry added or replaced. */
    public PkModel withSource(String field, String source) {
        Map<String, String> s = new LinkedHashMap<>(sources);
        s.put(field, source);
        return new PkModel(volumeLitres, clearanceLitresPerSecond, effectSiteRatePerSecond, induction, s);
    }
}
