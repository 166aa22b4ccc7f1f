package org.receptorsim.records;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Map;

/**
 * Copies of records with components replaced by name, so that code changing one parameter of a record with many
 * components never lists them all by position (adding a parameter then touches only the record and its users). The
 * copy is made by the record's canonical constructor, so a record that checks its components checks the copy too.
 */
public final class Records {

    private Records() {
    }

    /**
     * A copy of {@code record} with the named components replaced.
     *
     * @param record the record to copy
     * @param changes component name → new value (of the component's type, null allowed)
     * @param <R> the record type
     * @return the copy, checked by the record's constructor
     * @throws IllegalArgumentException if a name is not a component of the record, or what the record's constructor
     *     throws for the new values (an {@link InvalidFieldException} naming the field at fault)
     */
    @SuppressWarnings("unchecked")
    public static <R extends Record> R with(R record, Map<String, ?> changes) {
        Class<R> type = (Class<R>) record.getClass();
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        int used = 0;
        try {
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                types[i] = c.getType();
                if (changes.containsKey(c.getName())) {
                    values[i] = changes.get(c.getName());
                    used++;
                } else {
                    values[i] = c.getAccessor().invoke(record);
                }
            }
            if (used != changes.size()) {
                throw new IllegalArgumentException("not components of " + type.getSimpleName() + ": "
                        + changes.keySet());
            }
            Constructor<R> ctor = type.getDeclaredConstructor(types);
            return ctor.newInstance(values);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException checked) {
                throw checked;
            }
            throw new IllegalStateException("cannot copy " + type.getSimpleName(), e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + type.getSimpleName(), e);
        }
    }

    /** A copy of {@code record} with one component replaced. */
    public static <R extends Record> R with(R record, String component, Object value) {
        java.util.HashMap<String, Object> m = new java.util.HashMap<>();
        m.put(component, value);
        return with(record, m);
    }

    /** The value of a named component. */
    public static Object get(Record record, String component) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(component)) {
                try {
                    return c.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException("not a component of " + record.getClass().getSimpleName() + ": "
                + component);
    }
}
