package org.receptorsim.organism.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Statistics over windows, quantities and automatic dose windows, on series with known answers. */
class StatisticTest {

    static final double H = 3600;
    /** t = 0..10 h; v = t (hours), a ramp. */
    static final double[] T = new double[11];
    static final double[] V = new double[11];

    static {
        for (int i = 0; i <= 10; i++) {
            T[i] = i * H;
            V[i] = i;
        }
    }

    /** Each statistic on the ramp over [2 h, 6 h): points 2..5. */
    @Test
    void statisticsOfARamp() {
        Window w = new Window(2 * H, 6 * H);
        assertEquals(2, Statistic.parse("min").of(T, V, w));
        assertEquals(5, Statistic.parse("max").of(T, V, w));
        assertEquals(2, Statistic.parse("start").of(T, V, w));
        assertEquals(5, Statistic.parse("end").of(T, V, w));
        assertEquals(3.5, Statistic.parse("mean").of(T, V, w), 1e-12);
        assertEquals((2 + 5) / 2.0 * 3, Statistic.parse("area").of(T, V, w), 1e-12);
        assertEquals(3, Statistic.parse("argmax").of(T, V, w), 1e-12);
        assertEquals(0, Statistic.parse("argmin").of(T, V, w), 1e-12);
        assertEquals(1.5, Statistic.parse("hoursAbove3.5").of(T, V, w), 1e-12);
        assertEquals(1.5, Statistic.parse("hoursBelow3.5").of(T, V, w), 1e-12);
        assertEquals(2.5, Statistic.parse("halfMaxHours").of(T, V, w), 1e-12, "above 2.5 from 2.5 h to 5 h");
        assertEquals(10, Statistic.parse("end").of(T, V, new Window(5 * H, 10 * H)), "the run's last point counts");
        assertTrue(Double.isNaN(Statistic.parse("max").of(T, V, new Window(2.2 * H, 2.8 * H))));
        assertThrows(IllegalArgumentException.class, () -> Statistic.parse("median"));
    }

    /** Quantities combine metrics by ratio or difference; references parse back to their text. */
    @Test
    void quantitiesAndReferences() {
        Quantity q = Quantity.parse("a:brain.max@all / b:brain.area@dose2");
        assertEquals(2, q.references().size());
        assertEquals("a:brain.max@all / b:brain.area@dose2", q.toString());
        assertEquals(0.5, q.evaluate(r -> r.arm().equals("a") ? 1 : 2), 1e-15);
        assertEquals(-1, Quantity.parse("a:x.min@w - b:x.min@w").evaluate(r -> r.arm().equals("a") ? 1 : 2));
        assertEquals(1.5, Quantity.parse("a:x.min@w - 0.5").evaluate(r -> 2));
        assertTrue(Double.isNaN(Quantity.parse("a:x.min@w / b:x.min@w").evaluate(r -> r.arm().equals("a") ? 1 : 0)));
        assertThrows(IllegalArgumentException.class, () -> Quantity.parse("brain.max"));
        assertThrows(IllegalArgumentException.class, () -> MetricReference.parse("a:brain@all"));
    }

    /** Dose windows run from each dose to the next; the last is as long as the interval before it. */
    @Test
    void automaticDoseWindows() {
        var w = Windows.automatic(48 * H, List.of(0.0, 6 * H, 12 * H));
        assertEquals(new Window(0, 48 * H), w.get("all"));
        assertEquals(new Window(6 * H, 12 * H), w.get("dose2"));
        assertEquals(new Window(12 * H, 18 * H), w.get("dose3"));
        assertEquals(new Window(12 * H, 48 * H), w.get("lastDose"));
        assertEquals(new Window(0, 24 * H), Windows.automatic(48 * H, List.of(0.0)).get("dose1"));
    }

    /** A check's band and result. */
    @Test
    void checkBandAndResult() {
        Check c = new Check("x", "", Quantity.parse("a:x.max@all"), 1, Double.POSITIVE_INFINITY,
                Check.Label.PREDICTED, "s", "");
        assertEquals("[1, inf)", c.band());
        assertTrue(CheckResult.of(c, r -> 2).pass());
        assertTrue(!CheckResult.of(c, r -> Double.NaN).pass());
        assertThrows(IllegalArgumentException.class, () -> new Check("x", "", c.quantity(), 2, 1,
                Check.Label.FITTED, "s", null));
        assertEquals(Check.Label.DESIGN, Check.Label.of("design"));
    }
}
