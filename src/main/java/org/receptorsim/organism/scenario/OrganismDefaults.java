package org.receptorsim.organism.scenario;

import java.util.EnumMap;
import java.util.Map;
import org.receptorsim.organism.circuit.Circuit;
import org.receptorsim.organism.model.OrganismParameter;
import org.receptorsim.organism.model.ParameterSet;
import org.receptorsim.organism.pk.DrugLibrary;
import org.receptorsim.scenario.Yaml;
import org.receptorsim.scenario.YamlDocument;

/**
 * The organism defaults ({@code organism-defaults.yaml} beside the organism classes): cells per circuit, each
 * circuit's cell type, overrides and readout, and every organism parameter, each with its source.
 */
public final class OrganismDefaults {

    /** The bundled resource. */
    public static final String RESOURCE = "/org/receptorsim/organism/organism-defaults.yaml";

    private static final OrganismDefaults BUNDLED = load();

    private final OrganismFiles.CellsSpec cells;
    private final Map<Circuit, OrganismFiles.CircuitFileSpec> circuits;
    private final ParameterSet parameters;

    private OrganismDefaults(OrganismFiles.CellsSpec cells, Map<Circuit, OrganismFiles.CircuitFileSpec> circuits,
                             ParameterSet parameters) {
        this.cells = cells;
        this.circuits = circuits;
        this.parameters = parameters;
    }

    /** The bundled defaults. */
    public static OrganismDefaults bundled() {
        return BUNDLED;
    }

    /** Every organism parameter with its default and source. */
    public ParameterSet parameters() {
        return parameters;
    }

    OrganismFiles.CellsSpec cells() {
        return cells;
    }

    OrganismFiles.CircuitFileSpec circuit(Circuit c) {
        return circuits.get(c);
    }

    private static OrganismDefaults load() {
        return parse(RESOURCE, DrugLibrary.resourceText(RESOURCE));
    }

    /** Reads defaults from YAML text (errors name the place). */
    static OrganismDefaults parse(String file, String text) {
        YamlDocument doc = YamlDocument.parse(file, text, Yaml.yamlMapper());
        OrganismFiles.DefaultsFile f = doc.bind("", OrganismFiles.DefaultsFile.class);
        if (f.cells() == null || f.cells().perCircuit() == null || f.cells().receptors() == null
                || f.cells().cellDt() == null) {
            throw doc.error("/cells", "expected perCircuit, receptors and cellDt");
        }
        Map<Circuit, OrganismFiles.CircuitFileSpec> circuits = new EnumMap<>(Circuit.class);
        if (f.circuits() != null) {
            for (var e : f.circuits().entrySet()) {
                try {
                    circuits.put(Circuit.of(e.getKey()), e.getValue());
                } catch (IllegalArgumentException ex) {
                    throw doc.error("/circuits/" + e.getKey(), ex.getMessage());
                }
            }
        }
        for (Circuit c : Circuit.values()) {
            if (!circuits.containsKey(c) || circuits.get(c).cell() == null || circuits.get(c).readout() == null) {
                throw doc.error("/circuits", "expected " + c.key() + " with its cell and readout");
            }
        }
        Map<OrganismParameter, Double> values = new EnumMap<>(OrganismParameter.class);
        Map<OrganismParameter, String> sources = new EnumMap<>(OrganismParameter.class);
        if (f.parameters() != null) {
            for (var e : f.parameters().entrySet()) {
                String p = "/parameters/" + e.getKey();
                try {
                    OrganismParameter key = OrganismParameter.of(e.getKey());
                    if (e.getValue() == null || e.getValue().source() == null || e.getValue().source().isBlank()) {
                        throw doc.error(p + "/source", "missing: every default needs its source or 'assumed'");
                    }
                    values.put(key, key.parse(e.getValue().value()));
                    sources.put(key, e.getValue().source());
                } catch (IllegalArgumentException ex) {
                    throw doc.error(p, ex.getMessage());
                }
            }
        }
        for (OrganismParameter p : OrganismParameter.values()) {
            if (!values.containsKey(p)) {
                throw doc.error("/parameters", "missing parameter '" + p.key() + "'");
            }
        }
        return new OrganismDefaults(f.cells(), circuits, ParameterSet.of(values, sources));
    }
}
