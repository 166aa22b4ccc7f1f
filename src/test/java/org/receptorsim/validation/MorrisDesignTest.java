package org.receptorsim.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Morris design is a valid elementary-effects design, reproducible for a seed, and its screen is right. */
class MorrisDesignTest {

    /** Every step changes exactly one factor by Δ, every factor once per trajectory, all levels on the grid. */
    @Test
    void everyStepChangesExactlyOneFactorByDelta() {
        for (int levels : new int[] {2, 4, 6}) {
            MorrisDesign d = MorrisDesign.generate(10, levels, 25, 7);
            int step = levels / 2;
            assertEquals(levels / (2.0 * (levels - 1)), d.delta(), 0);
            assertEquals(25 * 11, d.size());
            for (int t = 0; t < d.trajectories(); t++) {
                boolean[] seen = new boolean[d.factors()];
                for (int[] point : d.points()[t]) {
                    for (int level : point) {
                        assertTrue(level >= 0 && level < levels, "level " + level);
                    }
                }
                for (int s = 1; s <= d.factors(); s++) {
                    int[] before = d.points()[t][s - 1];
                    int[] after = d.points()[t][s];
                    int changed = d.changed()[t][s];
                    for (int i = 0; i < d.factors(); i++) {
                        if (i == changed) {
                            assertEquals(step, Math.abs(after[i] - before[i]), "one step of p/2 grid levels");
                            assertEquals(d.delta(), Math.abs(d.position(after[i]) - d.position(before[i])), 1e-12);
                        } else {
                            assertEquals(before[i], after[i], "only the changed factor moves");
                        }
                    }
                    assertFalse(seen[changed], "each factor changes once per trajectory");
                    seen[changed] = true;
                }
            }
        }
    }

    /** The same seed gives the same design; another seed another. */
    @Test
    void designIsReproducibleForASeed() {
        MorrisDesign a = MorrisDesign.generate(10, 4, 10, 1);
        MorrisDesign b = MorrisDesign.generate(10, 4, 10, 1);
        MorrisDesign c = MorrisDesign.generate(10, 4, 10, 2);
        assertTrue(Arrays.deepEquals(a.points(), b.points()));
        assertTrue(Arrays.deepEquals(a.changed(), b.changed()));
        assertFalse(Arrays.deepEquals(a.points(), c.points()));
    }

    /**
     * Base levels are uniform over the grid and every factor is changed first equally often: with a fixed seed,
     * each count lies within 4 binomial standard deviations of its expectation.
     */
    @Test
    void baseLevelsAndOrderAreUniform() {
        int k = 10;
        int levels = 4;
        int r = 4000;
        MorrisDesign d = MorrisDesign.generate(k, levels, r, 11);
        long[] levelCounts = new long[levels];
        long[] firstChanged = new long[k];
        for (int t = 0; t < r; t++) {
            for (int level : d.points()[t][0]) {
                levelCounts[level]++;
            }
            firstChanged[d.changed()[t][1]]++;
        }
        double n = (double) r * k;
        double p = 1.0 / levels;
        for (long c : levelCounts) {
            assertEquals(n * p, c, 4 * Math.sqrt(n * p * (1 - p)));
        }
        for (long c : firstChanged) {
            assertEquals(r / (double) k, c, 4 * Math.sqrt(r * (1.0 / k) * (1 - 1.0 / k)));
        }
    }

    /** Arguments out of range are refused with the argument named. */
    @Test
    void badArgumentsAreRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MorrisDesign.generate(3, 3, 1, 1))
                .getMessage().startsWith("levels"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MorrisDesign.generate(3, 4, 0, 1))
                .getMessage().startsWith("trajectories"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MorrisDesign.generate(0, 4, 1, 1))
                .getMessage().startsWith("factors"));
    }

    /**
     * On a known function of the grid positions the screen gives the known effects: y = 3·u0 (linear: μ = μ* = 3,
     * σ = 0; no effect of u1), z = u0·u1 (interaction: σ > 0 for both), w = −2·u1 (μ = −2, μ* = 2).
     */
    @Test
    void screenOfAKnownFunction() {
        MorrisDesign d = MorrisDesign.generate(2, 4, 30, 3);
        List<SensitivityParameter> parameters = List.of(new SensitivityParameter("a.x.u0", 1.0, 1.0, 0.5, 2),
                new SensitivityParameter("a.x.u1", 1.0, 1.0, 0.5, 2));
        List<List<ValidationRow>> outcomes = new ArrayList<>();
        for (int t = 0; t < d.trajectories(); t++) {
            for (int[] point : d.points()[t]) {
                double u0 = d.position(point[0]);
                double u1 = d.position(point[1]);
                outcomes.add(List.of(row("y", 3 * u0), row("z", u0 * u1), row("w", -2 * u1)));
            }
        }
        List<MorrisScreen.Effect> e = MorrisScreen.effects(d, parameters, outcomes);
        assertEquals(6, e.size());
        assertEffect(e.get(0), "y", "a.x.u0", 3, 3, 0);
        assertEffect(e.get(1), "y", "a.x.u1", 0, 0, 0);
        assertTrue(e.get(2).sigma() > 0.1 && e.get(3).sigma() > 0.1, "interaction shows as sigma");
        assertEffect(e.get(5), "w", "a.x.u1", -2, 2, 0);
        assertEquals(30, e.get(0).effects());
    }

    private static void assertEffect(MorrisScreen.Effect e, String quantity, String parameter, double mu,
                                     double muStar, double sigma) {
        assertEquals(quantity, e.quantity());
        assertEquals(parameter, e.parameter());
        assertArrayEquals(new double[] {mu, muStar, sigma}, new double[] {e.mu(), e.muStar(), e.sigma()}, 1e-12);
    }

    private static ValidationRow row(String quantity, double value) {
        return new ValidationRow("0", quantity, "", value, 0, "", true, ValidationRow.Role.PREDICTED);
    }
}
