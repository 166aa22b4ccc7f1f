package org.receptorsim.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one statistics path and its NaN policy: NaN is left out, n counts what was used. */
class SampleStatisticsTest {

    /** Mean and n − 1 standard deviation of a textbook sample: 2, 4, 4, 4, 5, 5, 7, 9 (mean 5, SD √(32/7)). */
    @Test
    void meanAndSampleStandardDeviation() {
        SampleStatistics s = SampleStatistics.of(2, 4, 4, 4, 5, 5, 7, 9);
        assertEquals(8, s.n());
        assertEquals(5.0, s.mean(), 1e-15);
        assertEquals(Math.sqrt(32.0 / 7), s.sd(), 1e-15);
    }

    /** NaN values (metrics that do not apply) are left out; infinities are kept. */
    @Test
    void nanIsLeftOutAndCounted() {
        SampleStatistics s = SampleStatistics.of(Double.NaN, 1, Double.NaN, 3);
        assertEquals(2, s.n());
        assertEquals(2.0, s.mean(), 0);
        assertEquals(Math.sqrt(2), s.sd(), 1e-15);
        assertEquals(Double.POSITIVE_INFINITY, SampleStatistics.of(1, Double.POSITIVE_INFINITY).mean());
    }

    /** No value: mean and SD NaN; one value: SD 0, and no interval (half-width NaN). */
    @Test
    void emptyAndSingleSamples() {
        SampleStatistics none = SampleStatistics.of(Double.NaN);
        assertEquals(0, none.n());
        assertTrue(Double.isNaN(none.mean()));
        assertTrue(Double.isNaN(none.sd()));
        SampleStatistics one = SampleStatistics.of(4.5);
        assertEquals(4.5, one.mean(), 0);
        assertEquals(0.0, one.sd(), 0);
        ConfidenceInterval ci = one.interval(0.95);
        assertEquals(1, ci.n());
        assertTrue(Double.isNaN(ci.halfWidth()));
    }

    /** Accumulators merged from parts equal one over the whole sample. */
    @Test
    void combinedPartsEqualTheWhole() {
        SampleStatistics a = SampleStatistics.of(2, 4, 4, 4);
        SampleStatistics b = SampleStatistics.of(5, Double.NaN, 5, 7, 9);
        a.combine(b);
        SampleStatistics whole = SampleStatistics.of(2, 4, 4, 4, 5, 5, 7, 9);
        assertEquals(whole.n(), a.n());
        assertEquals(whole.mean(), a.mean(), 1e-15);
        assertEquals(whole.sd(), a.sd(), 1e-14);
    }

    /**
     * The 95 % t-interval of the textbook sample: t(0.975, 7) = 2.3646 (tables), half-width t·SD/√8; the array form
     * leaves NaN out like the accumulator.
     */
    @Test
    void studentTInterval() {
        ConfidenceInterval ci = ConfidenceInterval.of(new double[] {2, 4, Double.NaN, 4, 4, 5, 5, 7, 9}, 0.95);
        assertEquals(8, ci.n());
        assertEquals(5.0, ci.mean(), 1e-15);
        assertEquals(2.364624 * Math.sqrt(32.0 / 7) / Math.sqrt(8), ci.halfWidth(), 1e-5);
        assertEquals(0.95, ci.level(), 0);
    }
}
