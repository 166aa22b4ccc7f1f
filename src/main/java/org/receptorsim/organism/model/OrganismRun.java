package org.receptorsim.organism.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of one arm: named time series on the organism grid t_0..t_N, the dose times and the context sessions.
 * Series names are those of {@link Series}.
 *
 * @param arm arm name
 * @param timesSeconds t_0..t_N (seconds)
 * @param series every series, by name, each of length N + 1
 * @param doseTimesSeconds start of every single dose, in time order (seconds)
 * @param sessions the context sessions
 */
public record OrganismRun(String arm, double[] timesSeconds, Map<String, double[]> series,
                          List<Double> doseTimesSeconds, List<ContextSession> sessions) {

    /** Keeps the series in insertion order, read-only. */
    public OrganismRun {
        series = Collections.unmodifiableMap(new LinkedHashMap<>(series));
        doseTimesSeconds = List.copyOf(doseTimesSeconds);
        sessions = List.copyOf(sessions);
    }

    /**
     * A series by name.
     *
     * @param name a {@link Series} name
     * @return the values at t_0..t_N
     * @throws IllegalArgumentException for an unknown name, listing the names known
     */
    public double[] get(String name) {
        double[] s = series.get(name);
        if (s == null) {
            throw new IllegalArgumentException("unknown series '" + name + "', expected one of " + series.keySet());
        }
        return s;
    }
}
