package org.receptorsim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Records as Jackson trees, the one way values are layered before they are bound: a library entry (or a resolved cell
 * type or ligand, as a tree of its exact values), then a scenario's or an arm's overrides, a sweep point or a changed
 * library value over it, then one binding into the record, which checks itself. Quantities go into a tree with their
 * exact SI value, so a record made a tree and bound again is the same record.
 */
final class RecordTrees {

    /** Source given to a value a scenario, an arm or a sweep point sets over a library entry. */
    static final String SCENARIO_OVERRIDE = "scenario override";

    private static final ObjectMapper EXACT = Yaml.exactMapper();

    private RecordTrees() {
    }

    /** A record (or any value: a quantity, a number) as a tree, quantities at their exact SI value. */
    static JsonNode tree(Object value) {
        return EXACT.valueToTree(value);
    }

    /** A record as a tree of its components, quantities at their exact SI value. */
    static ObjectNode tree(Record record) {
        return (ObjectNode) EXACT.valueToTree(record);
    }

    /**
     * An entry with a layer of overrides over it: every field the override gives (not null) replaces the entry's and
     * its source becomes {@code why}; the entry's name and its other sources are kept (the override's own sources are
     * not taken).
     *
     * @param entry the entry (not changed)
     * @param override the overrides, or null for none
     * @param why the source of an overridden value
     * @return the layered copy
     */
    static ObjectNode overlay(ObjectNode entry, ObjectNode override, String why) {
        ObjectNode out = overlay(entry, override);
        if (override != null) {
            ObjectNode sources = out.get("sources") instanceof ObjectNode s ? s : out.putObject("sources");
            override.fieldNames().forEachRemaining(f -> {
                if (override.hasNonNull(f) && !f.equals("name") && !f.equals("sources")) {
                    sources.put(f, why);
                }
            });
        }
        return out;
    }

    /**
     * A record's tree with one field changed and its source set: a sweep point, a changed library value.
     *
     * @param record the record
     * @param field one of its components
     * @param value the new value, of the component's type
     * @param why the changed field's source
     * @return the tree, to bind
     */
    static ObjectNode changed(Record record, String field, Object value, String why) {
        ObjectNode change = EXACT.createObjectNode();
        change.set(field, tree(value));
        return overlay(tree(record), change, why);
    }

    /**
     * A record's tree with a layer of overrides over it, for a record without sources: every field the override gives
     * (not null) replaces the entry's, the name is kept.
     *
     * @param entry the entry (not changed)
     * @param override the overrides, or null for none
     * @return the layered copy
     */
    static ObjectNode overlay(ObjectNode entry, ObjectNode override) {
        ObjectNode out = entry.deepCopy();
        if (override != null) {
            override.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("name") && !f.getKey().equals("sources") && !f.getValue().isNull()) {
                    out.set(f.getKey(), f.getValue().deepCopy());
                }
            });
        }
        return out;
    }

    /**
     * A tree made in code (not read from a file) bound to a record.
     *
     * @throws IllegalArgumentException the record's own check (an {@link org.receptorsim.records.InvalidFieldException}
     *     naming the field) or a value of the wrong type
     */
    static <T> T bind(JsonNode tree, Class<T> type) {
        try {
            return EXACT.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            if (cause instanceof IllegalArgumentException invalid) {
                throw invalid;
            }
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }
}
