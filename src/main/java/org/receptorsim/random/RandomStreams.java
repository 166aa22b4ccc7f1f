package org.receptorsim.random;

import java.nio.charset.StandardCharsets;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.RandomProviderDefaultState;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Named, independent random streams derived from one master seed.
 *
 * <p>Each random process of the model (receptor kinetics, synthesis, MASON's own generator, ...) asks for its stream
 * by name and replicate index. The stream's seed is a hash of (master seed, name, replicate), so adding a stream or
 * changing the order in which streams are created never shifts another stream: results depend only on the seed.
 */
public final class RandomStreams implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private static final RandomSource ALGORITHM = RandomSource.XO_RO_SHI_RO_128_PP;

    private final long masterSeed;

    /** @param masterSeed the seed a user gives (scenario or command line) */
    public RandomStreams(long masterSeed) {
        this.masterSeed = masterSeed;
    }

    /** The master seed, as given. */
    public long masterSeed() {
        return masterSeed;
    }

    /**
     * The stream for a named process in a replicate.
     *
     * @param name the process, e.g. {@code "receptor-kinetics"}
     * @param replicate the replicate index, ≥ 0
     * @return a fresh generator; the same arguments always give the same sequence
     */
    public RestorableUniformRandomProvider stream(String name, long replicate) {
        long h = mix(masterSeed ^ 0x5DEECE66DL);
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = mix(h ^ (b & 0xFF));
        }
        h = mix(h ^ replicate);
        long[] seed = {mix(h ^ 0x243F6A8885A308D3L), mix(h ^ 0x13198A2E03707344L)};
        if (seed[0] == 0 && seed[1] == 0) {
            seed[1] = 1;
        }
        return ALGORITHM.create(seed);
    }

    /** A 64-bit seed for a named process (e.g. MASON's MersenneTwisterFast), derived the same way. */
    public long seed(String name, long replicate) {
        return stream(name, replicate).nextLong();
    }

    /**
     * The state of a stream made by {@link #stream}, to save it (e.g. in a checkpoint) and go on later with
     * {@link #restore}.
     *
     * @param stream a stream of this class's algorithm
     * @return its generator state, as Commons RNG saves it
     */
    public static byte[] state(UniformRandomProvider stream) {
        return ((RandomProviderDefaultState) ((RestorableUniformRandomProvider) stream).saveState()).getState();
    }

    /**
     * A stream that goes on where a saved one stood.
     *
     * @param state what {@link #state} returned
     * @return a generator in that state
     */
    public static RestorableUniformRandomProvider restore(byte[] state) {
        RestorableUniformRandomProvider r = ALGORITHM.create(new long[] {1, 0});
        r.restoreState(new RandomProviderDefaultState(state));
        return r;
    }

    /** SplitMix64 finalizer: a bijective 64-bit mixer. */
    static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
