package org.receptorsim.scenario;

import java.util.Map;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.records.InvalidFieldException;
import org.receptorsim.units.AssociationRate;
import org.receptorsim.units.Concentration;
import org.receptorsim.units.Rate;

/**
 * A ligand as a library or scenario file writes it, before it is completed: every field may be absent, binding is
 * given by any two of kd, kon and koff, an antagonist may leave out its efficacies (0) and an indirect agonist gives
 * only what it releases (a kon and koff of 0 are allowed, as a completed ligand has them). The fields are those of
 * {@link Ligand}, which documents them; {@link #toLigand()} makes the ligand.
 *
 * @param name library or user name
 * @param description free text (default empty)
 * @param kd equilibrium dissociation constant
 * @param kon association rate constant
 * @param koff dissociation rate constant
 * @param gProteinEfficacy G-protein efficacy
 * @param grk23Efficacy GRK2/3 phosphorylation efficacy
 * @param grk5Efficacy GRK5 phosphorylation efficacy
 * @param arrestin3Efficacy arrestin-3 (β-arrestin-2) recruitment efficacy
 * @param arrestin2Efficacy arrestin-2 (β-arrestin-1) recruitment efficacy
 * @param antagonist true for an antagonist (default false)
 * @param irreversible true for an irreversible ligand (default false)
 * @param releases for an indirect agonist: the transmitter it releases
 * @param releaseEc50 for an indirect agonist: the concentration of half-maximal release
 * @param sources where each value comes from, by field (default none)
 */
public record LigandSpec(
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
        Map<String, String> sources) {

    /**
     * The ligand: the missing one of kd, kon and koff derived from the other two (kon from kd and koff for an
     * irreversible ligand, whose koff is 0), an antagonist's missing efficacies 0, an indirect agonist's binding and
     * efficacies 0; checked by {@link Ligand}'s constructor.
     *
     * @return the complete ligand
     * @throws InvalidFieldException naming the field at fault ("" when no single field is)
     * @throws IllegalArgumentException for a derived value out of range (a kd of zero kon)
     */
    public Ligand toLigand() {
        String text = description == null ? "" : description;
        Map<String, String> cited = sources == null ? Map.of() : sources;
        if (releases != null) {
            if (kd != null || kon != null && kon.perMolarPerSecond() != 0 || koff != null && koff.perSecond() != 0) {
                throw new InvalidFieldException("releases", "ligand '" + name + "' is an indirect agonist (it releases "
                        + releases + "), so it takes no kd, kon or koff");
            }
            return new Ligand(name, text, null, new AssociationRate(0), new Rate(0), 0.0, 0.0, 0.0, 0.0, 0.0, false,
                    false, releases, releaseEc50, cited);
        }
        boolean isIrreversible = Boolean.TRUE.equals(irreversible);
        Concentration kdC = kd;
        AssociationRate konC = kon;
        Rate koffC = koff;
        if (isIrreversible) {
            if (konC == null) {
                if (kd == null || koff == null) {
                    throw new InvalidFieldException("kon", "expected kon (or kd and koff of the reversible step) for"
                            + " the irreversible ligand '" + name + "'");
                }
                konC = new AssociationRate(koff.perSecond() / positiveKd());
            }
            koffC = new Rate(0);
        } else {
            int given = (kd != null ? 1 : 0) + (kon != null ? 1 : 0) + (koff != null ? 1 : 0);
            if (given < 2) {
                throw new InvalidFieldException("", "expected two of kd, kon, koff for ligand '" + name + "', got "
                        + given);
            }
            if (kdC == null) {
                kdC = new Concentration(koff.perSecond() / kon.perMolarPerSecond());
            } else if (konC == null) {
                konC = new AssociationRate(koff.perSecond() / positiveKd());
            } else if (koffC == null) {
                koffC = new Rate(kon.perMolarPerSecond() * kd.molar());
            }
        }
        boolean isAntagonist = Boolean.TRUE.equals(antagonist);
        return new Ligand(name, text, kdC, konC, koffC, efficacy(gProteinEfficacy), efficacy(grk23Efficacy),
                efficacy(grk5Efficacy), efficacy(arrestin3Efficacy), efficacy(arrestin2Efficacy), isAntagonist,
                isIrreversible, null, null, cited);
    }

    /** Kd in molar, checked to be > 0 before kon is derived from it. */
    private double positiveKd() {
        if (!(kd.molar() > 0)) {
            throw new InvalidFieldException("kd", "expected > 0 for ligand '" + name + "', got " + kd.molar());
        }
        return kd.molar();
    }

    /** An efficacy as given; 0 when an antagonist leaves it out. */
    private Double efficacy(Double value) {
        return value == null && Boolean.TRUE.equals(antagonist) ? Double.valueOf(0.0) : value;
    }
}
