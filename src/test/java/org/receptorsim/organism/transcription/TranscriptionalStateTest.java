package org.receptorsim.organism.transcription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The CREB-like and ΔFosB-like states: steady states, decay times and the gain they give, exactly. */
class TranscriptionalStateTest {

    static final double DAY = 86400;
    static final TranscriptionalState.Parameters P = new TranscriptionalState.Parameters(1 / DAY, 1 / (2 * DAY),
            0.5 / DAY, 1 / (30 * DAY), 0.5, 1.0);

    /** Under a constant drive x each level tends to k·x/(k·x + 1/τ); the gain is 1 + g_C·C + g_F·F. */
    @Test
    void constantDriveReachesTheSteadyState() {
        TranscriptionalState s = new TranscriptionalState(P);
        double x = 0.3;
        for (int i = 0; i < 400; i++) {
            s.step(x, DAY);
        }
        double c = (x / DAY) / (x / DAY + 1 / (2 * DAY));
        double f = (0.5 * x / DAY) / (0.5 * x / DAY + 1 / (30 * DAY));
        assertEquals(c, s.creb(), 1e-12);
        assertEquals(f, s.deltaFosB(), 1e-9);
        assertEquals(1 + 0.5 * c + f, s.gain(), 1e-9);
    }

    /** Without drive CREB decays with τ_C = 2 d and ΔFosB with τ_F = 30 d: ΔFosB outlasts a 3-week abstinence. */
    @Test
    void deltaFosBOutlastsAbstinenceWhileCrebDoesNot() {
        TranscriptionalState s = new TranscriptionalState(P);
        for (int i = 0; i < 7 * 24; i++) {
            s.step(0.3, 3600);
        }
        double c0 = s.creb();
        double f0 = s.deltaFosB();
        s.step(0, 21 * DAY);
        assertEquals(c0 * Math.exp(-21 / 2.0), s.creb(), 1e-12);
        assertEquals(f0 * Math.exp(-21 / 30.0), s.deltaFosB(), 1e-12);
        assertTrue(s.deltaFosB() / f0 > 0.4 && s.creb() / c0 < 1e-3);
    }

    /** Negative drives count as none. */
    @Test
    void negativeDriveIsNone() {
        TranscriptionalState s = new TranscriptionalState(P);
        s.step(-1, DAY);
        assertEquals(0, s.creb());
        assertEquals(1, s.gain());
    }
}
