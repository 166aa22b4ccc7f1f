package org.receptorsim.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** The Welch comparison of two arms: the textbook numbers, NaN values left out, and its interval's coverage. */
class ArmComparisonTest {

    /** Two small samples worked by hand: difference, Welch-Satterthwaite interval and p-value. */
    @Test
    void matchesAHandWorkedWelchComparison() {
        double[] a = {27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4};
        double[] b = {27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4};
        // means 20.820 and 22.987, variances 7.8674 and 3.8127: SE 0.88242, df 24.99, t(0.975) 2.05959,
        // t -2.4554, p 0.021378 (computed independently with SciPy)
        ArmComparison c = ArmComparison.welch("m", "u", "a", "b", a, b);
        assertEquals(-2.166667, c.difference(), 1e-6);
        assertEquals(-2.166667 - 2.059586 * 0.882425, c.ciLow(), 1e-5);
        assertEquals(-2.166667 + 2.059586 * 0.882425, c.ciHigh(), 1e-5);
        assertEquals(0.021378, c.pValue(), 1e-5);
    }

    @Test
    void valuesThatDoNotApplyAreLeftOutAndTooFewGiveNoInterval() {
        ArmComparison c = ArmComparison.welch("m", "u", "a", "b", new double[] {1, 2, Double.NaN, 3},
                new double[] {0, 1, 2});
        assertEquals(3, c.n());
        assertEquals(1, c.difference(), 1e-12);
        ArmComparison one = ArmComparison.welch("m", "u", "a", "b", new double[] {1}, new double[] {0, 1});
        assertTrue(Double.isNaN(one.ciLow()) && Double.isNaN(one.pValue()));
    }

    /** Over many experiments with a known difference, the 95 % interval holds it about 95 % of the time. */
    @Test
    void intervalCoversTheTrueDifferenceAtItsLevel() {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(11);
        ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
        int trials = 2000;
        int covered = 0;
        for (int t = 0; t < trials; t++) {
            double[] a = new double[6];
            double[] b = new double[10];
            for (int i = 0; i < a.length; i++) {
                a[i] = 1 + 3 * z.sample();
            }
            for (int i = 0; i < b.length; i++) {
                b[i] = z.sample();
            }
            ArmComparison c = ArmComparison.welch("m", "u", "a", "b", a, b);
            if (c.ciLow() <= 1 && 1 <= c.ciHigh()) {
                covered++;
            }
        }
        double sd = Math.sqrt(0.95 * 0.05 / trials);
        assertEquals(0.95, covered / (double) trials, 4 * sd + 0.01, "Welch is approximate for small samples");
        List<SummaryRow> rows = SummaryRow.table(List.of("x"), List.of("m"), List.of("u"),
                new double[][][] {{{1, 2, 3}}});
        assertEquals(2, rows.get(0).mean(), 1e-12);
        assertEquals(1, rows.get(0).sd(), 1e-12);
    }
}
