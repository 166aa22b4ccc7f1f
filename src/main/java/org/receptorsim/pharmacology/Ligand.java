package org.receptorsim.pharmacology;

import java.util.Map;
import org.receptorsim.units.AssociationRate;
import org.receptorsim.units.Concentration;
import org.receptorsim.units.Rate;

/**
 * A ligand of the mu-opioid receptor: binding kinetics and per-pathway efficacies.
 *
 * <p>Binding is given by any two of Kd, kon, koff (residence time 1/koff matters for washout and antagonist
 * displacement). Efficacies are dimensionless: {@code gProteinEfficacy} is the operational efficacy of one bound,
 * unphosphorylated receptor for G protein (the cell's transducer constant turns it into a response);
 * {@code grkEfficacy} and {@code arrestinEfficacy} scale the cell's GRK phosphorylation and arrestin binding rates,
 * relative to DAMGO = 1. Bias is a ligand whose G-protein and arrestin-pathway efficacies differ from DAMGO's ratio.
 * Fields are nullable while a definition is being read and merged; {@link #complete()} checks and fills them.
 *
 * @param name library or user name, e.g. "DAMGO"
 * @param description free text
 * @param kd equilibrium dissociation constant (molar)
 * @param kon association rate constant (per molar per second)
 * @param koff dissociation rate constant (per second)
 * @param gProteinEfficacy G-protein efficacy per receptor (dimensionless, ≥ 0)
 * @param grkEfficacy GRK phosphorylation efficacy relative to DAMGO (dimensionless, ≥ 0)
 * @param arrestinEfficacy arrestin recruitment efficacy relative to DAMGO (dimensionless, ≥ 0)
 * @param endocytosisEfficacy how readily the ligand's arrestin-bound receptor enters clathrin pits, scaling the
 *     cell's internalization rate, relative to DAMGO = 1 (dimensionless, ≥ 0; default 1). Morphine-bound
 *     receptors desensitize at the surface without internalizing (Arttamangkul 2008)
 * @param antagonist true for a neutral antagonist (naloxone): binds, activates nothing
 * @param releases for an indirect agonist: the name of the transmitter ligand it releases from the cell's pool
 *     (it does not bind the receptor itself); null for ligands that bind
 * @param releaseEc50 for an indirect agonist: concentration giving half-maximal release (molar)
 * @param sources where each value comes from, by field name ("assumed" where no source)
 */
public record Ligand(
        String name,
        String description,
        Concentration kd,
        AssociationRate kon,
        Rate koff,
        Double gProteinEfficacy,
        Double grkEfficacy,
        Double arrestinEfficacy,
        Double endocytosisEfficacy,
        Boolean antagonist,
        String releases,
        Concentration releaseEc50,
        Map<String, String> sources) {

    /**
     * Checks that the definition is complete and consistent and derives the missing one of Kd, kon, koff.
     *
     * @return a complete ligand
     * @throws IllegalArgumentException naming the field at fault
     */
    public Ligand complete() {
        if (releases != null) {
            return completeIndirect();
        }
        if (releaseEc50 != null) {
            throw new IllegalArgumentException("releaseEc50: only for an indirect agonist (one with 'releases')");
        }
        int given = (kd != null ? 1 : 0) + (kon != null ? 1 : 0) + (koff != null ? 1 : 0);
        if (given < 2) {
            throw new IllegalArgumentException("expected two of kd, kon, koff for ligand '" + name + "', got " + given);
        }
        Concentration kdC = kd;
        AssociationRate konC = kon;
        Rate koffC = koff;
        if (kdC == null) {
            kdC = new Concentration(koff.perSecond() / kon.perMolarPerSecond());
        } else if (konC == null) {
            requirePositive("kd", kd.molar());
            konC = new AssociationRate(koff.perSecond() / kd.molar());
        } else if (koffC == null) {
            koffC = new Rate(kon.perMolarPerSecond() * kd.molar());
        } else {
            double implied = koff.perSecond() / kon.perMolarPerSecond();
            if (Math.abs(implied - kd.molar()) > 1e-6 * kd.molar()) {
                throw new IllegalArgumentException("kd: kd, kon and koff of ligand '" + name
                        + "' disagree (koff/kon = " + new Concentration(implied) + ", kd = " + kd + ")");
            }
        }
        requirePositive("kd", kdC.molar());
        boolean isAntagonist = antagonist != null && antagonist;
        double g = requireEfficacy("gProteinEfficacy", gProteinEfficacy);
        double grk = requireEfficacy("grkEfficacy", grkEfficacy);
        double arr = requireEfficacy("arrestinEfficacy", arrestinEfficacy);
        if (isAntagonist && (g > 0 || grk > 0 || arr > 0)) {
            throw new IllegalArgumentException("antagonist: ligand '" + name
                    + "' is an antagonist, so its efficacies must all be 0");
        }
        double endo = endocytosisEfficacy == null ? 1.0 : requireEfficacy("endocytosisEfficacy", endocytosisEfficacy);
        return new Ligand(name, description == null ? "" : description, kdC, konC, koffC, g, grk, arr, endo,
                isAntagonist, null, null, sources == null ? Map.of() : Map.copyOf(sources));
    }

    private Ligand completeIndirect() {
        if (kd != null || kon != null || koff != null) {
            throw new IllegalArgumentException("releases: ligand '" + name
                    + "' is an indirect agonist (it releases " + releases + "), so it takes no kd, kon or koff");
        }
        if (releaseEc50 == null || !(releaseEc50.molar() > 0)) {
            throw new IllegalArgumentException("releaseEc50: expected a concentration > 0 for the indirect agonist '"
                    + name + "'");
        }
        return new Ligand(name, description == null ? "" : description, null, new AssociationRate(0), new Rate(0),
                0.0, 0.0, 0.0, 1.0, false, releases, releaseEc50, sources == null ? Map.of() : Map.copyOf(sources));
    }

    /** True for an indirect agonist, which acts by releasing a transmitter rather than binding. */
    public boolean releasesTransmitter() {
        return releases != null;
    }

    /** Association rate in per molar per second (complete ligands only). */
    public double associationPerMolarPerSecond() {
        return kon.perMolarPerSecond();
    }

    /** Dissociation rate in per second (complete ligands only). */
    public double dissociationPerSecond() {
        return koff.perSecond();
    }

    /** True if the ligand activates the receptor (any efficacy above zero). */
    public boolean activatesReceptor() {
        return !Boolean.TRUE.equals(antagonist)
                && (gProteinEfficacy > 0 || grkEfficacy > 0 || arrestinEfficacy > 0);
    }

    private void requirePositive(String field, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(field + ": expected > 0 for ligand '" + name + "', got " + value);
        }
    }

    private double requireEfficacy(String field, Double value) {
        if (value == null) {
            if (Boolean.TRUE.equals(antagonist)) {
                return 0.0;
            }
            throw new IllegalArgumentException(field + ": missing for ligand '" + name + "' (a number >= 0)");
        }
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": expected a finite number >= 0 for ligand '" + name
                    + "', got " + value);
        }
        return value;
    }
}
