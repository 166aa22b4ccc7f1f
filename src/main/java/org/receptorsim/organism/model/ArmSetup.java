package org.receptorsim.organism.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.receptorsim.organism.circuit.Circuit;
import org.receptorsim.organism.circuit.CircuitSpec;
import org.receptorsim.organism.pk.DrugProfile;
import org.receptorsim.pharmacology.pk.DosingEvent;

/**
 * Everything one arm of an organism experiment needs, resolved and checked.
 *
 * @param name arm name
 * @param description free text
 * @param drug the drug given
 * @param doses its doses (repeated ones allowed)
 * @param antagonist a second drug given against the first (e.g. naloxone), with its doses, or null
 * @param pgpInhibition fraction of P-glycoprotein activity blocked (0–1)
 * @param brainClampMolar a constant unbound brain concentration replacing the brain pharmacokinetics (molar), or null
 * @param sessions the context sessions, in time order, not overlapping
 * @param parameters the organism parameters
 * @param circuits the four circuits' cells and readouts
 * @param durationSeconds simulated time (a whole number of steps)
 * @param stepSeconds the organism step Δ (seconds)
 * @param seed master random seed
 */
public record ArmSetup(String name, String description, DrugProfile drug, List<DosingEvent> doses,
                       Antagonist antagonist, double pgpInhibition, Double brainClampMolar, List<ContextSession> sessions,
                       ParameterSet parameters, Map<Circuit, CircuitSpec> circuits, double durationSeconds,
                       double stepSeconds, long seed) {

    /** Copies the lists and checks that every circuit is configured and the sessions do not overlap. */
    public ArmSetup {
        doses = List.copyOf(doses);
        sessions = List.copyOf(sessions);
        circuits = new EnumMap<>(circuits);
        for (Circuit c : Circuit.values()) {
            if (!circuits.containsKey(c)) {
                throw new IllegalArgumentException("circuits." + c.key() + ": missing");
            }
        }
        for (int i = 1; i < sessions.size(); i++) {
            if (sessions.get(i).startSeconds() < sessions.get(i - 1).endSeconds()) {
                throw new IllegalArgumentException("contexts: sessions overlap at " + sessions.get(i).startSeconds()
                        + " s; one cue at a time");
            }
        }
    }

    /** This arm with another master seed. */
    public ArmSetup withSeed(long newSeed) {
        return new ArmSetup(name, description, drug, doses, antagonist, pgpInhibition, brainClampMolar, sessions, parameters,
                circuits, durationSeconds, stepSeconds, newSeed);
    }

    /**
     * A drug given against the arm's drug: its ligand competes with the drug's at the cells' receptors; its own
     * plasma and brain pharmacokinetics (its P-gp, not induced by the drug).
     *
     * @param drug the antagonist's drug profile
     * @param doses its doses
     */
    public record Antagonist(DrugProfile drug, List<DosingEvent> doses) {

        /** Copies the doses. */
        public Antagonist {
            java.util.Objects.requireNonNull(drug, "drug");
            doses = List.copyOf(doses);
        }
    }

    /** The ligands the cells see: the drug's, then the antagonist's if any (library definitions). */
    public List<com.fasterxml.jackson.databind.JsonNode> ligands() {
        return ligands(drug, antagonist);
    }

    /**
     * The ligands the cells of an arm see.
     *
     * @param drug the arm's drug
     * @param antagonist the drug given against it, or null
     * @return the drug's ligand definition, then the antagonist's if any
     */
    public static List<com.fasterxml.jackson.databind.JsonNode> ligands(DrugProfile drug, Antagonist antagonist) {
        return antagonist == null ? List.of(drug.ligandDefinition())
                : List.of(drug.ligandDefinition(), antagonist.drug().ligandDefinition());
    }

    /** Number of organism steps. */
    public int stepCount() {
        return (int) Math.rint(durationSeconds / stepSeconds);
    }
}
