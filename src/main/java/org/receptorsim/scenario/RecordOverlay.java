package org.receptorsim.scenario;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Overlays one record on another of the same type: every non-null component of the override replaces the base's.
 * This is how a scenario overrides any parameter of a library cell or ligand without repeating the field list.
 * A component named {@code sources} (a map field → source) is merged, overridden fields being marked
 * "scenario override". The base's {@code name} is always kept.
 */
final class RecordOverlay {

    private RecordOverlay() {
    }

    @SuppressWarnings("unchecked")
    static <R extends Record> R overlay(R base, R override) {
        if (override == null) {
            return base;
        }
        Class<R> type = (Class<R>) base.getClass();
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        Map<String, String> sources = new LinkedHashMap<>();
        try {
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                types[i] = c.getType();
                Object b = c.getAccessor().invoke(base);
                Object o = c.getAccessor().invoke(override);
                if (c.getName().equals("name")) {
                    values[i] = b;
                } else if (c.getName().equals("sources")) {
                    if (b != null) {
                        sources.putAll((Map<String, String>) b);
                    }
                    values[i] = sources;
                } else {
                    values[i] = o != null ? o : b;
                }
            }
            for (RecordComponent c : components) {
                if (!c.getName().equals("name") && !c.getName().equals("sources")
                        && c.getAccessor().invoke(override) != null) {
                    sources.put(c.getName(), "scenario override");
                }
            }
            Constructor<R> ctor = type.getDeclaredConstructor(types);
            return ctor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot overlay " + type.getSimpleName(), e);
        }
    }
}
