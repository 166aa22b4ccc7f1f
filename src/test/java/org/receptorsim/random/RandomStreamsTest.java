package org.receptorsim.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/** Streams depend only on (seed, name, replicate): not on creation order, and differ when any of them differs. */
class RandomStreamsTest {

    private static long[] draw(UniformRandomProvider r, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = r.nextLong();
        }
        return out;
    }

    /** The same name and replicate give the same sequence whatever was created before. */
    @Test
    void streamIsIndependentOfCreationOrder() {
        RandomStreams a = new RandomStreams(42);
        long[] first = draw(a.stream("receptor-kinetics", 3), 10);
        RandomStreams b = new RandomStreams(42);
        b.stream("synthesis", 0);
        b.stream("other", 9);
        assertArrayEquals(first, draw(b.stream("receptor-kinetics", 3), 10));
    }

    /** A different seed, name or replicate gives a different sequence. */
    @Test
    void seedNameAndReplicateEachChangeTheStream() {
        long[] base = draw(new RandomStreams(42).stream("x", 0), 4);
        assertNotEquals(base[0], draw(new RandomStreams(43).stream("x", 0), 4)[0]);
        assertNotEquals(base[0], draw(new RandomStreams(42).stream("y", 0), 4)[0]);
        assertNotEquals(base[0], draw(new RandomStreams(42).stream("x", 1), 4)[0]);
    }

    /** Uniform deviates of a stream have mean 1/2 within 5 standard errors (false failure < 1e-6). */
    @Test
    void uniformDeviatesHaveMeanOneHalf() {
        UniformRandomProvider r = new RandomStreams(7).stream("check", 0);
        int n = 100_000;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += r.nextDouble();
        }
        assertEquals(0.5, sum / n, 5 * Math.sqrt(1.0 / 12 / n));
    }
}
