package org.receptorsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.receptorsim.scenario.SweepPlan;

/** Sweep charts name their axes in words (arrestins by both names), tick at readable values and say what ± is. */
class SweepLabelsTest {

    @Test
    void parametersAreNamedInWordsWithBothArrestinNames() {
        assertEquals("arrestin-3 (β-arrestin-2) efficacy of morphine-like",
                SweepLabels.parameter("ligands.morphine-like.arrestin3Efficacy"));
        assertEquals("arrestin-2 (β-arrestin-1) level of the cell", SweepLabels.parameter("cell.arrestin2Level"));
        assertEquals("GRK level of the cell", SweepLabels.parameter("cell.grkLevel"));
        assertEquals("morphine in the bath", SweepLabels.parameter("bath.morphine"));
    }

    @Test
    void sweptValuesAreTickedWithThreeSignificantDigits() {
        assertEquals("0.232", SweepLabels.value(0.2320794416806389));
        assertEquals("1.08", SweepLabels.value(1.0772173450159417));
        assertEquals("5", SweepLabels.value(5.0));
        assertEquals("0.05", SweepLabels.value(0.05));
    }

    @Test
    void heatMapsAndLinesSayTheirIntervalsAre95PercentConfidenceIntervals() {
        SweepPlan grid = SweepFixtures.plan(SweepFixtures.scenario(SweepFixtures.GRID));
        assertEquals("mean ± 95 % CI of 3 cells per point (common random numbers)", SweepChart.subtitle(grid));
    }
}
