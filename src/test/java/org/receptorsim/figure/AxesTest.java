package org.receptorsim.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Log axes label whole decades (or 1-2-5 within one decade), never fractions of one; time axes suit the run. */
class AxesTest {

    @Test
    void logAxesLabelWholeDecades() {
        assertEquals(List.of(1e-11, 1e-10, 1e-9, 1e-8, 1e-7, 1e-6), DecadeLogAxis.labelledValues(3e-12, 3e-6, 1),
                "decades only: no 10^-10.5");
        assertEquals(List.of(1e-10, 1e-8, 1e-6), DecadeLogAxis.labelledValues(3e-12, 3e-6, 2),
                "every second decade where labels would crowd");
        assertEquals(List.of(1.0, 2.0, 5.0), DecadeLogAxis.labelledValues(0.9, 5.5, 1),
                "within one decade 1, 2, 5: not 1.12, 1.26, 1.41");
        assertEquals(List.of(0.01, 0.1, 1.0), DecadeLogAxis.labelledValues(0.008, 1.2, 1));
        assertEquals("10⁻⁹", DecadeLogAxis.label(1e-9, 1e-12, 1e-5));
        assertEquals("10¹²", DecadeLogAxis.label(1e12, 1, 1e13));
        assertEquals("0.01", DecadeLogAxis.label(0.01, 0.005, 2));
        assertEquals("2", DecadeLogAxis.label(2, 0.9, 5.5));
    }

    @Test
    void timeAxesUseTheUnitThatSuitsTheRun() {
        assertEquals(TimeScale.SECONDS, TimeScale.forDuration(120));
        assertEquals(TimeScale.MINUTES, TimeScale.forDuration(45 * 60));
        assertEquals(TimeScale.MINUTES, TimeScale.forDuration(2 * 3600));
        assertEquals(TimeScale.HOURS, TimeScale.forDuration(24 * 3600), "a day in hours, not 0-1,440 min");
        assertEquals(TimeScale.DAYS, TimeScale.forDuration(7 * 86400));
        var day = TimeScale.HOURS.axis(24 * 3600);
        assertEquals("time (h)", day.getLabel());
        assertEquals(24, day.getUpperBound(), 0);
        assertEquals(2, day.getTickUnit().getSize(), 0, "ticks every 2 h: at most 12 of them");
        assertEquals(5, TimeScale.MINUTES.axis(45 * 60).getTickUnit().getSize(), 0);
        assertEquals(1.5, TimeScale.HOURS.of(5400), 1e-12);
    }
}
