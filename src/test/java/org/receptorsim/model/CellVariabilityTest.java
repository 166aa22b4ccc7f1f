package org.receptorsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Sampled per-cell parameters have the declared lognormal distribution: the mean of log values is
 * ln(mean) − σ²/2 and their SD is σ = sqrt(ln(1 + CV²)). Tolerances are 5 standard errors of those estimates
 * (false failure &lt; 1e-6 each).
 */
class CellVariabilityTest {

    @Test
    void drawnParametersAreLognormalWithTheDeclaredMeanAndCv() {
        double cv = 0.4;
        int n = 20_000;
        double mean = 0.8;
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(17L);
        org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian g =
                org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian.of(rng);
        double sum = 0;
        double sum2 = 0;
        for (int i = 0; i < n; i++) {
            double x = Math.log(CellVariability.lognormal(mean, cv, g));
            sum += x;
            sum2 += x * x;
        }
        double s2 = Math.log1p(cv * cv);
        double m = sum / n;
        double sd = Math.sqrt(sum2 / n - m * m);
        assertEquals(Math.log(mean) - s2 / 2, m, 5 * Math.sqrt(s2 / n));
        assertEquals(Math.sqrt(s2), sd, 5 * Math.sqrt(s2 / (2.0 * n)));
    }

    @Test
    void zeroCvLeavesTheParameterFixed() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(3L);
        org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian g =
                org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian.of(rng);
        assertEquals(2.5, CellVariability.lognormal(2.5, 0.0, g));
        assertEquals(2.5, CellVariability.lognormal(2.5, null, g));
    }
}
