package org.receptorsim.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** "number unit" text parses to SI values; a missing, unknown or bad unit or value is refused with a clear message. */
class QuantitiesTest {

    /** Each unit converts to the SI value. */
    @Test
    void unitsConvertToSi() {
        assertEquals(1e-5, Concentration.parse("10 uM").molar(), 1e-20);
        assertEquals(1e-5, Concentration.parse("10 µM").molar(), 1e-20);
        assertEquals(2.5e-9, Concentration.parse("2.5nM").molar(), 1e-22);
        assertEquals(600, Duration.parse("10 min").seconds());
        assertEquals(86400, Duration.parse("1 d").seconds());
        assertEquals(0.5, Rate.parse("30 /min").perSecond(), 1e-15);
        assertEquals(5e6, AssociationRate.parse("5e-3 /nM/s").perMolarPerSecond(), 1e-6);
    }

    /** A bare number (no unit) is refused and the message lists the accepted units. */
    @Test
    void bareNumberIsRefusedNamingTheUnits() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Concentration.parse("10"));
        assertTrue(e.getMessage().contains("no unit") && e.getMessage().contains("nM"), e.getMessage());
    }

    /** Negative, non-finite, malformed and wrong-dimension values are refused. */
    @ParameterizedTest
    @ValueSource(strings = {"-0.1 /s", "1e999 /s", "abc /s", "0.1 s", "0.1", "", "0.1 /fortnight"})
    void badRatesAreRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> Rate.parse(text));
    }

    /** Values print back with a unit that parses to the same value. */
    @Test
    void formattedValuesParseBack() {
        for (double molar : new double[] {1e-5, 2e-9, 0.0, 3.3e-12}) {
            Concentration c = new Concentration(molar);
            assertEquals(molar, Concentration.parse(c.toString()).molar(), molar * 1e-3);
        }
        assertEquals(0.02, Rate.parse(new Rate(0.02).toString()).perSecond(), 1e-12);
        assertEquals(5400, Duration.parse(new Duration(5400).toString()).seconds(), 1e-6);
    }
}
