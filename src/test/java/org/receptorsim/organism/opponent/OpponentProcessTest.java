package org.receptorsim.organism.opponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The opponent processes: steady states, the hedonic state formula, and the seed's distinction — a short exposure
 * leaves a shallow, brief dip (rebound), a long one a deep, lasting dip whose depth is the load (withdrawal).
 */
class OpponentProcessTest {

    static final double H = 3600;
    static final OpponentProcess.Parameters P = new OpponentProcess.Parameters(0.5, 1 / (6 * H), 1.0, 1 / (72 * H));

    /** Under a constant drive a, b → κ·a and L → γ·A·a; H = −L + a − b − c. */
    @Test
    void steadyStatesAndHedonicState() {
        OpponentProcess o = new OpponentProcess(P);
        for (int i = 0; i < 2000; i++) {
            o.step(0.3, 1.4, H);
        }
        assertEquals(0.15, o.opponent(), 1e-12);
        assertEquals(1.4 * 0.3, o.load(), 1e-9);
        assertEquals(-o.load(), o.setPoint());
        assertEquals(-o.load() + 0.3 - o.opponent() - 0.05, o.hedonicState(0.3, 0.05), 1e-15);
    }

    /** Depth of the hedonic dip after a drive of a given length, and hours it stays below a tenth of that depth. */
    private static double[] dipAfter(double hours) {
        OpponentProcess o = new OpponentProcess(P);
        for (int i = 0; i < hours; i++) {
            o.step(0.3, 1, H);
        }
        double loadAtStop = o.load();
        double depth = 0;
        double[] trace = new double[24 * 30];
        for (int i = 0; i < trace.length; i++) {
            trace[i] = -o.hedonicState(0, 0);
            depth = Math.max(depth, trace[i]);
            o.step(0, 1, H);
        }
        int longer = 0;
        for (double v : trace) {
            if (v > depth / 10) {
                longer++;
            }
        }
        return new double[] {depth, longer, loadAtStop};
    }

    /**
     * After a rectangular drive a of length T the dip is deepest at the stop, b(T) + L(T) = κa(1 − e^(−T/τb)) +
     * γa(1 − e^(−T/τL)): for 6 h mostly the fast b (a rebound, gone within a day), for 2 weeks mostly the load (a
     * withdrawal, lasting days); severity ∝ L.
     */
    @Test
    void withdrawalIsDeeperAndLongerThanRebound() {
        double[] rebound = dipAfter(6);
        double[] withdrawal = dipAfter(14 * 24);
        double a = 0.3;
        assertEquals(0.5 * a * (1 - Math.exp(-1)) + a * (1 - Math.exp(-6 / 72.0)), rebound[0], 1e-12);
        assertEquals(0.5 * a * (1 - Math.exp(-14 * 4)) + a * (1 - Math.exp(-14 * 24 / 72.0)), withdrawal[0], 1e-12);
        assertTrue(withdrawal[0] > 3 * rebound[0], "depth " + withdrawal[0] + " vs " + rebound[0]);
        assertEquals(withdrawal[2], withdrawal[0] - 0.5 * a, 1e-9, "severity = L at cessation + the saturated b");
        assertTrue(withdrawal[1] > 24 * 5 && withdrawal[1] > 2 * rebound[1],
                "withdrawal lasts days: " + withdrawal[1] + " h; rebound " + rebound[1] + " h");
    }
}
