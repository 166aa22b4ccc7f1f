package org.receptorsim.organism.sensitization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sensitization grows with repeated onsets, not with a steady drive of the same mean, and decays slowly. */
class SensitizationTest {

    static final double H = 3600;
    static final Sensitization.Parameters P = new Sensitization.Parameters(0.1 / H, 1.0, 1 / (60 * 24 * H),
            1 / (2 * H));

    /** Eight daily 4-h pulses of 0.6 sensitize several times more than a constant 0.1 (same mean) for 8 days. */
    @Test
    void intermittentOnsetsSensitizeMoreThanSteadyExposure() {
        Sensitization pulses = new Sensitization(P);
        Sensitization steady = new Sensitization(P);
        for (int day = 0; day < 8; day++) {
            for (int h = 0; h < 24; h++) {
                for (int m = 0; m < 12; m++) {
                    pulses.step(h < 4 ? 0.6 : 0, 1, 300);
                    steady.step(0.1, 1, 300);
                }
            }
        }
        assertTrue(pulses.level() > 3 * steady.level(), pulses.level() + " vs " + steady.level());
        assertTrue(pulses.level() < 1, "bounded by S_max");
        assertEquals((1 + pulses.level()) * 0.5, pulses.locomotor(0.5), 1e-15);
    }

    /** Off drug S decays with τ_S; ΔFosB's factor speeds its growth. */
    @Test
    void decaysSlowlyAndDeltaFosBSpeedsIt() {
        Sensitization a = new Sensitization(P);
        Sensitization b = new Sensitization(P);
        for (int i = 0; i < 12; i++) {
            a.step(i < 6 ? 0.5 : 0, 1, 600);
            b.step(i < 6 ? 0.5 : 0, 2, 600);
        }
        assertTrue(b.level() > 1.5 * a.level());
        double s0 = a.level();
        a.step(0, 1, 60 * 24 * H);
        assertEquals(s0 * Math.exp(-1), a.level(), 1e-12 + 1e-6 * s0);
    }
}
