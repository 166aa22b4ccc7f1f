package org.receptorsim.pharmacology;

import java.util.Map;
import java.util.TreeMap;
import org.receptorsim.units.AssociationRate;
import org.receptorsim.units.Concentration;
import org.receptorsim.units.Rate;

/**
 * A ligand of the mu-opioid receptor, described by what it does to the receptor: binding kinetics and an efficacy
 * towards each partner of the receptor.
 *
 * <p>Binding is given by any two of Kd, kon, koff (residence time 1/koff matters for washout and antagonist
 * displacement). Efficacies are dimensionless and scale the cell's rule rates for the ligand-bound receptor,
 * DAMGO = 1 for each: {@code gProteinEfficacy} is the G-protein activation of one bound, unphosphorylated receptor
 * added to the receptor's constitutive activity (negative for an inverse agonist, 0 for a neutral antagonist such as
 * naloxone); {@code grk23Efficacy} and {@code grk5Efficacy} scale phosphorylation by GRK2/3 (S375 and the
 * T370/T376/T379 cluster) and by GRK5 (S375 only); {@code arrestin3Efficacy} and {@code arrestin2Efficacy} scale
 * the binding of arrestin-3 (β-arrestin-2) and arrestin-2 (β-arrestin-1) to the phosphorylated, ligand-bound
 * receptor. Endocytosis is not a ligand property: it follows the arrestin complex. Fields are nullable while a
 * definition is being read and merged; {@link #complete()} checks and fills them.
 *
 * @param name library or user name, e.g. "DAMGO"
 * @param description free text
 * @param kd equilibrium dissociation constant (molar); for an irreversible ligand the affinity of its reversible
 *     first step
 * @param kon association rate constant (per molar per second)
 * @param koff dissociation rate constant (per second); 0 for an irreversible ligand
 * @param gProteinEfficacy G-protein efficacy of the bound receptor (dimensionless; &lt; 0 inverse agonist)
 * @param grk23Efficacy GRK2/3 phosphorylation efficacy relative to DAMGO (dimensionless, ≥ 0)
 * @param grk5Efficacy GRK5 phosphorylation efficacy relative to DAMGO (dimensionless, ≥ 0)
 * @param arrestin3Efficacy arrestin-3 (β-arrestin-2) recruitment efficacy relative to DAMGO (dimensionless, ≥ 0)
 * @param arrestin2Efficacy arrestin-2 (β-arrestin-1) recruitment efficacy relative to DAMGO (dimensionless, ≥ 0)
 * @param antagonist true for an antagonist (neutral or inverse): no positive efficacy of any kind
 * @param irreversible true for an irreversible (alkylating) ligand such as β-funaltrexamine: it binds at kon and
 *     never leaves; with {@code antagonist} it inactivates the receptors it holds (a receptor-reserve experiment)
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
        Double grk23Efficacy,
        Double grk5Efficacy,
        Double arrestin3Efficacy,
        Double arrestin2Efficacy,
        Boolean antagonist,
        Boolean irreversible,
        String releases,
        Concentration releaseEc50,
        Map<String, String> sources) implements java.io.Serializable {

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
        boolean isIrreversible = Boolean.TRUE.equals(irreversible);
        Concentration kdC = kd;
        AssociationRate konC = kon;
        Rate koffC = koff;
        if (isIrreversible) {
            if (konC == null) {
                if (kd == null || koff == null) {
                    throw new IllegalArgumentException("kon: expected kon (or kd and koff of the reversible step) for"
                            + " the irreversible ligand '" + name + "'");
                }
                requirePositive("kd", kd.molar());
                konC = new AssociationRate(koff.perSecond() / kd.molar());
            }
            requirePositive("kon", konC.perMolarPerSecond());
            koffC = new Rate(0);
        } else {
            int given = (kd != null ? 1 : 0) + (kon != null ? 1 : 0) + (koff != null ? 1 : 0);
            if (given < 2) {
                throw new IllegalArgumentException("expected two of kd, kon, koff for ligand '" + name + "', got "
                        + given);
            }
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
        }
        boolean isAntagonist = Boolean.TRUE.equals(antagonist);
        double g = requireFinite("gProteinEfficacy", gProteinEfficacy);
        double grk23 = requireEfficacy("grk23Efficacy", grk23Efficacy);
        double grk5 = requireEfficacy("grk5Efficacy", grk5Efficacy);
        double arr3 = requireEfficacy("arrestin3Efficacy", arrestin3Efficacy);
        double arr2 = requireEfficacy("arrestin2Efficacy", arrestin2Efficacy);
        if (isAntagonist && (g > 0 || grk23 > 0 || grk5 > 0 || arr3 > 0 || arr2 > 0)) {
            throw new IllegalArgumentException("antagonist: ligand '" + name
                    + "' is an antagonist, so no efficacy may be above 0");
        }
        return new Ligand(name, description == null ? "" : description, kdC, konC, koffC, g, grk23, grk5, arr3, arr2,
                isAntagonist, isIrreversible, null, null, sortedSources());
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
                0.0, 0.0, 0.0, 0.0, 0.0, false, false, releases, releaseEc50, sortedSources());
    }

    private Map<String, String> sortedSources() {
        return sources == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(sources));
    }

    /** True for an indirect agonist, which acts by releasing a transmitter rather than binding. */
    public boolean releasesTransmitter() {
        return releases != null;
    }

    /** Association rate in per molar per second (complete ligands only). */
    public double associationPerMolarPerSecond() {
        return kon.perMolarPerSecond();
    }

    /** Dissociation rate in per second (complete ligands only; 0 for an irreversible ligand). */
    public double dissociationPerSecond() {
        return koff.perSecond();
    }

    /** True if the bound receptor activates anything (some efficacy above zero). */
    public boolean activatesReceptor() {
        return !Boolean.TRUE.equals(antagonist)
                && (gProteinEfficacy > 0 || grk23Efficacy > 0 || grk5Efficacy > 0 || arrestin3Efficacy > 0
                || arrestin2Efficacy > 0);
    }

    /** True for an irreversible ligand (complete ligands only). */
    public boolean isIrreversible() {
        return Boolean.TRUE.equals(irreversible);
    }

    private void requirePositive(String field, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(field + ": expected > 0 for ligand '" + name + "', got " + value);
        }
    }

    private double requireFinite(String field, Double value) {
        if (value == null) {
            if (Boolean.TRUE.equals(antagonist)) {
                return 0.0;
            }
            throw new IllegalArgumentException(field + ": missing for ligand '" + name + "' (a number)");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + ": expected a finite number for ligand '" + name + "', got "
                    + value);
        }
        return value;
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
