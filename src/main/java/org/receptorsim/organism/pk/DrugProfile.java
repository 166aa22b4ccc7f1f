package org.receptorsim.organism.pk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.receptorsim.pharmacology.pk.PkModel;

/**
 * One drug in one species, as the organism needs it: the ligand the cells bind, plasma pharmacokinetics, protein
 * binding and brain distribution, each value with its source.
 *
 * @param name library name, e.g. "morphine-human"
 * @param description free text
 * @param ligand name of the ligand in the cell library
 * @param ligandOverrides ligand parameters that differ in vivo from the cell library's (a mapping as in a cell
 *     scenario's ligand definition, e.g. {@code {kd: 42.6 nM}}), or null
 * @param plasma one-compartment plasma model
 * @param molarMassGramsPerMol molar mass for doses in mg (g/mol, &gt; 0)
 * @param unboundFraction fraction of the plasma concentration not bound to plasma proteins (0–1]
 * @param brain distribution into the brain
 * @param sources where each value comes from, by field name
 */
public record DrugProfile(String name, String description, String ligand, JsonNode ligandOverrides, PkModel plasma,
                          double molarMassGramsPerMol, double unboundFraction, BrainDistribution brain,
                          Map<String, String> sources) {

    /** Checks the values. */
    public DrugProfile {
        if (ligand == null || ligand.isBlank()) {
            throw new IllegalArgumentException("ligand: expected the name of a library ligand");
        }
        if (plasma == null) {
            throw new IllegalArgumentException("plasma: expected a plasma pharmacokinetic model");
        }
        if (brain == null) {
            throw new IllegalArgumentException("brain: expected the brain distribution");
        }
        if (!(molarMassGramsPerMol > 0) || Double.isInfinite(molarMassGramsPerMol)) {
            throw new IllegalArgumentException("molarMassGramsPerMol: expected a number > 0, got "
                    + molarMassGramsPerMol);
        }
        if (!(unboundFraction > 0 && unboundFraction <= 1)) {
            throw new IllegalArgumentException("unboundFraction: expected a fraction in (0, 1], got "
                    + unboundFraction);
        }
        if (ligandOverrides != null && !ligandOverrides.isNull() && !ligandOverrides.isObject()) {
            throw new IllegalArgumentException("ligandOverrides: expected a mapping of ligand parameters");
        }
        sources = sources == null ? Map.of() : Map.copyOf(sources);
    }

    /**
     * The ligand as a cell scenario lists it: its name, or a definition {@code {name: ..., <overrides>}}.
     *
     * @return a YAML node
     */
    public JsonNode ligandDefinition() {
        com.fasterxml.jackson.databind.node.JsonNodeFactory f = com.fasterxml.jackson.databind.node.JsonNodeFactory
                .instance;
        if (ligandOverrides == null || ligandOverrides.isNull() || ligandOverrides.isEmpty()) {
            return f.textNode(ligand);
        }
        com.fasterxml.jackson.databind.node.ObjectNode def = f.objectNode();
        def.put("name", ligand);
        def.setAll((com.fasterxml.jackson.databind.node.ObjectNode) ligandOverrides.deepCopy());
        return def;
    }
}
