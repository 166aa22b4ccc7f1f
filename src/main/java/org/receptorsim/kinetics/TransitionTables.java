package org.receptorsim.kinetics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Transition tables shared by all cells of the process: a bounded, least-recently-used cache keyed by the generator
 * and the time span, so that the cells of an ensemble with the same cell type and protocol compute each matrix
 * exponential once instead of once per cell. A table is a pure function of its key, so sharing changes no result.
 * Thread-safe; a table missing from the cache is computed outside the lock (two threads may both compute it, with
 * the same result).
 */
public final class TransitionTables {

    /** Tables kept (a 121-state table of six ligands is about 0.25 MB). */
    private static final int SIZE = 64;

    private static final Map<Key, TransitionTable> CACHE = new LinkedHashMap<>(SIZE * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, TransitionTable> eldest) {
            return size() > SIZE;
        }
    };

    private TransitionTables() {
    }

    /**
     * The table of exp(Q·Δt), from the cache or computed.
     *
     * @param generator Q (per second); not modified, and must not be modified afterwards
     * @param seconds Δt (seconds)
     * @return the table
     */
    public static TransitionTable of(double[][] generator, double seconds) {
        Key key = new Key(generator, seconds);
        synchronized (CACHE) {
            TransitionTable t = CACHE.get(key);
            if (t != null) {
                return t;
            }
        }
        TransitionTable t = new TransitionTable(generator, seconds);
        synchronized (CACHE) {
            CACHE.putIfAbsent(key, t);
        }
        return t;
    }

    /** A generator and a time span, compared by value. */
    private static final class Key {
        private final double[][] q;
        private final double seconds;
        private final int hash;

        Key(double[][] q, double seconds) {
            this.q = q;
            this.seconds = seconds;
            this.hash = 31 * Arrays.deepHashCode(q) + Double.hashCode(seconds);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && Double.compare(k.seconds, seconds) == 0
                    && Arrays.deepEquals(k.q, q);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
