package org.receptorsim.organism.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A complete set of organism parameters in SI units, each with its source. Immutable; {@link #with} gives a copy with
 * overrides.
 */
public final class ParameterSet {

    private final EnumMap<OrganismParameter, Double> values;
    private final EnumMap<OrganismParameter, String> sources;

    private ParameterSet(EnumMap<OrganismParameter, Double> values, EnumMap<OrganismParameter, String> sources) {
        for (OrganismParameter p : OrganismParameter.values()) {
            if (!values.containsKey(p)) {
                throw new IllegalArgumentException(p.key() + ": missing");
            }
        }
        this.values = values;
        this.sources = sources;
    }

    /**
     * A complete set.
     *
     * @param values every parameter's value (SI)
     * @param sources every parameter's source
     * @return the set
     * @throws IllegalArgumentException naming a missing parameter
     */
    public static ParameterSet of(Map<OrganismParameter, Double> values, Map<OrganismParameter, String> sources) {
        EnumMap<OrganismParameter, Double> v = new EnumMap<>(OrganismParameter.class);
        v.putAll(values);
        EnumMap<OrganismParameter, String> s = new EnumMap<>(OrganismParameter.class);
        s.putAll(sources);
        return new ParameterSet(v, s);
    }

    /** A value (SI units: per second, seconds, or a number). */
    public double get(OrganismParameter p) {
        return values.get(p);
    }

    /** A switch: true when on. */
    public boolean isOn(OrganismParameter p) {
        if (p.kind() != OrganismParameter.Kind.SWITCH) {
            throw new IllegalArgumentException(p.key() + " is not a switch");
        }
        return values.get(p) != 0;
    }

    /** A rate given as a time constant: 1/value (per second). */
    public double rateOf(OrganismParameter time) {
        if (time.kind() != OrganismParameter.Kind.TIME) {
            throw new IllegalArgumentException(time.key() + " is not a time");
        }
        return 1 / values.get(time);
    }

    /** A parameter's source. */
    public String source(OrganismParameter p) {
        return sources.getOrDefault(p, "");
    }

    /**
     * This set with overrides applied.
     *
     * @param overrides values as written, by parameter name
     * @param origin the source recorded for an overridden value, e.g. "scenario x.yaml"
     * @return the new set
     * @throws IllegalArgumentException "name: problem"
     */
    public ParameterSet with(Map<String, JsonNode> overrides, String origin) {
        if (overrides == null || overrides.isEmpty()) {
            return this;
        }
        EnumMap<OrganismParameter, Double> v = new EnumMap<>(values);
        EnumMap<OrganismParameter, String> s = new EnumMap<>(sources);
        for (Map.Entry<String, JsonNode> e : overrides.entrySet()) {
            OrganismParameter p;
            try {
                p = OrganismParameter.of(e.getKey());
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(e.getKey() + ": " + ex.getMessage(), ex);
            }
            v.put(p, p.parse(e.getValue()));
            s.put(p, origin + " (set to " + e.getValue().asText() + ")");
        }
        return new ParameterSet(v, s);
    }

    /** Every parameter as written in files with its value and source (for manifests and reports). */
    public Map<String, Map<String, Object>> describe() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (OrganismParameter p : OrganismParameter.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            double x = values.get(p);
            m.put("value", switch (p.kind()) {
                case RATE -> new org.receptorsim.units.Rate(x).toString();
                case TIME -> new org.receptorsim.units.Duration(x).toString();
                case NUMBER -> x;
                case SWITCH -> x != 0;
            });
            m.put("source", source(p));
            out.put(p.key(), Collections.unmodifiableMap(m));
        }
        return out;
    }
}
