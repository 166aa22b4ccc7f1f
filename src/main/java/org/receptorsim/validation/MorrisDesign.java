package org.receptorsim.validation;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.receptorsim.random.RandomStreams;

/**
 * A Morris elementary-effects design (Morris 1991, with the level grid and step of Campolongo et al. 2007): r
 * trajectories through a grid of p levels per factor on [0, 1], each of k + 1 points, each step changing exactly one
 * factor by Δ = p / (2(p − 1)), every factor once per trajectory, in a random order. With p even every level has
 * exactly one neighbour at distance Δ inside [0, 1] (level j moves up by p/2 grid steps if j &lt; p/2, else down), so
 * a trajectory is fixed by its random base point and factor order. Random numbers come from the named stream
 * "morris-design" of the seed: the same seed gives the same design.
 *
 * @param factors number of factors k, ≥ 1
 * @param levels number of levels p, even, ≥ 2
 * @param trajectories number of trajectories r, ≥ 1
 * @param seed master seed
 * @param points grid level of every factor at every point, {@code [trajectory][point 0..k][factor]}, in 0..p−1
 * @param changed the factor changed on the step to each point, {@code [trajectory][point 1..k]} (entry 0 is −1)
 */
public record MorrisDesign(int factors, int levels, int trajectories, long seed, int[][][] points, int[][] changed) {

    /**
     * Generates a design.
     *
     * @param factors k, ≥ 1
     * @param levels p, even, ≥ 2
     * @param trajectories r, ≥ 1
     * @param seed master seed
     * @return the design
     * @throws IllegalArgumentException for arguments out of range
     */
    public static MorrisDesign generate(int factors, int levels, int trajectories, long seed) {
        if (factors < 1) {
            throw new IllegalArgumentException("factors: expected at least 1, got " + factors);
        }
        if (levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException("levels: expected an even number >= 2, got " + levels);
        }
        if (trajectories < 1) {
            throw new IllegalArgumentException("trajectories: expected at least 1, got " + trajectories);
        }
        UniformRandomProvider rng = new RandomStreams(seed).stream("morris-design", 0);
        int step = levels / 2;
        int[][][] points = new int[trajectories][factors + 1][];
        int[][] changed = new int[trajectories][factors + 1];
        for (int t = 0; t < trajectories; t++) {
            int[] x = new int[factors];
            for (int i = 0; i < factors; i++) {
                x[i] = rng.nextInt(levels);
            }
            int[] order = PermutationSampler.natural(factors);
            PermutationSampler.shuffle(rng, order);
            points[t][0] = x.clone();
            changed[t][0] = -1;
            for (int s = 1; s <= factors; s++) {
                int i = order[s - 1];
                x[i] = x[i] < step ? x[i] + step : x[i] - step;
                points[t][s] = x.clone();
                changed[t][s] = i;
            }
        }
        return new MorrisDesign(factors, levels, trajectories, seed, points, changed);
    }

    /** The step Δ on [0, 1]: p / (2(p − 1)). */
    public double delta() {
        return levels / (2.0 * (levels - 1));
    }

    /** The position on [0, 1] of a grid level: level / (p − 1). */
    public double position(int level) {
        return level / (double) (levels - 1);
    }

    /** Number of points, r·(k + 1). */
    public int size() {
        return trajectories * (factors + 1);
    }
}
