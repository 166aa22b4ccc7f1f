package org.receptorsim.assay;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A ligand of an assay: a library name, or a definition in the scenario format (a mapping with {@code name} and any
 * of {@code kd}, {@code kon}, {@code koff}, {@code gProteinEfficacy}, {@code grk23Efficacy}, {@code grk5Efficacy}, {@code arrestin3Efficacy}, {@code arrestin2Efficacy};
 * a definition named like a library ligand overrides its values), e.g.
 * {@code Map.of("name", "X", "kd", "10 nM", "koff", "0.015 /s", "gProteinEfficacy", 1.0, ...)}.
 *
 * @param name ligand name
 * @param definition the definition, or null for the library ligand of that name
 */
public record AssayLigand(String name, Map<String, Object> definition) {

    /** Checks the name and copies the definition. */
    public AssayLigand {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("ligand: expected a name");
        }
        if (definition != null) {
            Map<String, Object> d = new LinkedHashMap<>(definition);
            d.put("name", name);
            definition = java.util.Collections.unmodifiableMap(d);
        }
    }

    /** The library ligand of that name. */
    public static AssayLigand library(String name) {
        return new AssayLigand(name, null);
    }

    /** A ligand defined (or a library ligand overridden) by a scenario-format mapping that includes its name. */
    public static AssayLigand defined(Map<String, Object> definition) {
        Object n = definition.get("name");
        return new AssayLigand(n == null ? null : n.toString(), definition);
    }

    /** The scenario's {@code ligands:} entry: the name, or the definition. */
    Object scenarioEntry() {
        return definition == null ? name : definition;
    }
}
