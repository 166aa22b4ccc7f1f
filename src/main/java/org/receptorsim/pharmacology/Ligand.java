package org.receptorsim.pharmacology;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.receptorsim.records.InvalidFieldException;
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
 * receptor. Endocytosis is not a ligand property: it follows the arrestin complex. The constructor checks every
 * component, so a ligand is always complete and consistent; {@code kd}, {@code releases} and {@code releaseEc50} are
 * null where they do not apply (see the parameters), every other component is present. The record is
 * {@link Serializable}. A library file's entry, given by any two of kd, kon and koff, is completed to it by the
 * scenario package ({@code LigandSpec}).
 *
 * @param name library or user name, e.g. "DAMGO"
 * @param description free text
 * @param kd equilibrium dissociation constant (molar); for an irreversible ligand the affinity of its reversible
 *     first step (null if it was given by kon alone); null for an indirect agonist
 * @param kon association rate constant (per molar per second); 0 for an indirect agonist
 * @param koff dissociation rate constant (per second); 0 for an irreversible ligand and an indirect agonist
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
 * @param sources where each value comes from, by field name ("assumed" where no source); sorted by field
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
        Map<String, String> sources) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Checks every component, so that an incomplete or inconsistent ligand cannot be made; keeps the sources as an
     * immutable copy sorted by field. A ligand that binds has kon and koff (kd too unless it is irreversible and given
     * by kon alone), consistent with each other, and no {@code releases} or {@code releaseEc50}; an indirect agonist
     * has {@code releases} and {@code releaseEc50}, no kd, kon and koff 0, every efficacy 0 and is neither antagonist
     * nor irreversible.
     *
     * @throws InvalidFieldException naming the field at fault ("" when no single field is)
     */
    public Ligand {
        present("name", name, name);
        present("description", description, name);
        present("antagonist", antagonist, name);
        present("irreversible", irreversible, name);
        present("kon", kon, name);
        present("koff", koff, name);
        if (releases != null) {
            checkIndirect(name, releases, releaseEc50, kd, kon, koff, List.of(gProteinEfficacy, grk23Efficacy,
                    grk5Efficacy, arrestin3Efficacy, arrestin2Efficacy), antagonist || irreversible);
        } else if (releaseEc50 != null) {
            throw new InvalidFieldException("releaseEc50", "only for an indirect agonist (one with 'releases')");
        } else if (irreversible) {
            if (kd != null) {
                requirePositive("kd", kd.molar(), name);
            }
            requirePositive("kon", kon.perMolarPerSecond(), name);
            if (koff.perSecond() != 0) {
                throw new InvalidFieldException("koff", "expected 0 for the irreversible ligand '" + name + "', got "
                        + koff);
            }
        } else {
            requirePositive("kd", present("kd", kd, name).molar(), name);
            if (kon.perMolarPerSecond() > 0 ? Math.abs(koff.perSecond() / kon.perMolarPerSecond() - kd.molar())
                    > 1e-6 * kd.molar() : koff.perSecond() != 0) {
                throw new InvalidFieldException("kd", "kd, kon and koff of ligand '" + name + "' disagree (koff/kon = "
                        + new Concentration(koff.perSecond() / kon.perMolarPerSecond()) + ", kd = " + kd + ")");
            }
        }
        requireFinite("gProteinEfficacy", gProteinEfficacy, name);
        double grk23 = requireEfficacy("grk23Efficacy", grk23Efficacy, name);
        double grk5 = requireEfficacy("grk5Efficacy", grk5Efficacy, name);
        double arr3 = requireEfficacy("arrestin3Efficacy", arrestin3Efficacy, name);
        double arr2 = requireEfficacy("arrestin2Efficacy", arrestin2Efficacy, name);
        if (antagonist && (gProteinEfficacy > 0 || grk23 > 0 || grk5 > 0 || arr3 > 0 || arr2 > 0)) {
            throw new InvalidFieldException("antagonist", "ligand '" + name
                    + "' is an antagonist, so no efficacy may be above 0");
        }
        sources = Collections.unmodifiableSortedMap(new TreeMap<>(present("sources", sources, name)));
    }

    private static void checkIndirect(String name, String releases, Concentration releaseEc50, Concentration kd,
                                      AssociationRate kon, Rate koff, List<Double> efficacies, boolean binds) {
        if (kd != null || kon.perMolarPerSecond() != 0 || koff.perSecond() != 0) {
            throw new InvalidFieldException("releases", "ligand '" + name + "' is an indirect agonist (it releases "
                    + releases + "), so it takes no kd, kon or koff");
        }
        if (releaseEc50 == null || !(releaseEc50.molar() > 0)) {
            throw new InvalidFieldException("releaseEc50", "expected a concentration > 0 for the indirect agonist '"
                    + name + "'");
        }
        if (binds || efficacies.stream().anyMatch(e -> e == null || e != 0)) {
            throw new InvalidFieldException("releases", "ligand '" + name + "' is an indirect agonist (it releases "
                    + releases + "): it has no efficacy of its own and is neither antagonist nor irreversible");
        }
    }

    /** True for an indirect agonist, which acts by releasing a transmitter rather than binding. */
    public boolean releasesTransmitter() {
        return releases != null;
    }

    /** Association rate in per molar per second. */
    public double associationPerMolarPerSecond() {
        return kon.perMolarPerSecond();
    }

    /** Dissociation rate in per second (0 for an irreversible ligand). */
    public double dissociationPerSecond() {
        return koff.perSecond();
    }

    /** True if the bound receptor activates anything (some efficacy above zero). */
    public boolean activatesReceptor() {
        return !antagonist
                && (gProteinEfficacy > 0 || grk23Efficacy > 0 || grk5Efficacy > 0 || arrestin3Efficacy > 0
                || arrestin2Efficacy > 0);
    }

    /** True for an irreversible ligand. */
    public boolean isIrreversible() {
        return irreversible;
    }

    private static <T> T present(String field, T value, String ligand) {
        if (value == null) {
            throw new InvalidFieldException(field, "missing for ligand '" + ligand + "'");
        }
        return value;
    }

    private static void requirePositive(String field, double value, String ligand) {
        if (!(value > 0)) {
            throw new InvalidFieldException(field, "expected > 0 for ligand '" + ligand + "', got " + value);
        }
    }

    private static void requireFinite(String field, Double value, String ligand) {
        if (value == null) {
            throw new InvalidFieldException(field, "missing for ligand '" + ligand + "' (a number)");
        }
        if (!Double.isFinite(value)) {
            throw new InvalidFieldException(field, "expected a finite number for ligand '" + ligand + "', got "
                    + value);
        }
    }

    private static double requireEfficacy(String field, Double value, String ligand) {
        if (value == null) {
            throw new InvalidFieldException(field, "missing for ligand '" + ligand + "' (a number >= 0)");
        }
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new InvalidFieldException(field, "expected a finite number >= 0 for ligand '" + ligand
                    + "', got " + value);
        }
        return value;
    }
}
