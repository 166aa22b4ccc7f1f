package org.receptorsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Validation rows follow the project's one NaN policy: a replicate without a value is left out, never averaged. */
class ValidationRowTest {

    private static ValidationRow row(double... values) {
        return ValidationRow.measured("1", "q", "2-4", "x", values, v -> v >= 2 && v <= 4,
                ValidationRow.Role.PREDICTED);
    }

    @Test
    void meanAndSampleSdOverTheReplicates() {
        ValidationRow r = row(2, 3, 4);
        assertEquals(3, r.simulated(), 1e-15);
        assertEquals(1, r.spread(), 1e-15, "n − 1 in the denominator");
        assertTrue(r.pass());
        assertEquals(0, row(3).spread(), "one replicate: SD 0");
    }

    @Test
    void aReplicateWithoutAValueIsLeftOutAndTheBandIsNotMet() {
        ValidationRow r = row(2, Double.NaN, 4);
        assertEquals(3, r.simulated(), 1e-15, "the mean of the replicates that gave a value");
        assertEquals(Math.sqrt(2), r.spread(), 1e-15);
        assertFalse(r.pass(), "a band is met only when every replicate measured the quantity");
    }

    @Test
    void noValueAtAllIsNotMeasured() {
        ValidationRow r = row(Double.NaN, Double.NaN);
        assertTrue(Double.isNaN(r.simulated()));
        assertTrue(Double.isNaN(r.spread()));
        assertFalse(r.pass());
    }
}
