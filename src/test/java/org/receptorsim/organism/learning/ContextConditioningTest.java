package org.receptorsim.organism.learning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The Rescorla–Wagner learning of conditioned compensatory responses, exactly. */
class ContextConditioningTest {

    private static void session(ContextConditioning c, String context, double effect) {
        c.startSession(context);
        for (int i = 0; i < 6; i++) {
            c.accumulate(new double[] {effect, effect / 2}, 600);
        }
        c.endSession();
    }

    /** After n drug sessions V = c·λ·(1 − (1 − α)^n); the response acts only during a session in that context. */
    @Test
    void drugSessionsBuildAResponseTiedToTheirContext() {
        ContextConditioning c = new ContextConditioning(2, 0.25, 0.5);
        for (int i = 0; i < 4; i++) {
            session(c, "A", 0.4);
        }
        double v = 0.5 * 0.4 * (1 - Math.pow(0.75, 4));
        assertArrayEquals(new double[] {v, v / 2}, c.strengths("A"), 1e-15);
        assertEquals(0, c.response(0), "no cue, no response");
        c.startSession("B");
        assertEquals(0, c.response(0), "a novel context elicits nothing");
        c.endSession();
        c.startSession("A");
        assertEquals(v, c.response(0), 1e-15);
        assertEquals("A", c.activeContext());
    }

    /** Cue-only sessions (no drug) extinguish the response geometrically: V·(1 − α)^n. */
    @Test
    void cueWithoutDrugExtinguishes() {
        ContextConditioning c = new ContextConditioning(2, 0.25, 0.5);
        session(c, "A", 0.4);
        double v = c.strengths("A")[0];
        for (int i = 0; i < 3; i++) {
            session(c, "A", 0);
        }
        assertEquals(v * Math.pow(0.75, 3), c.strengths("A")[0], 1e-15);
    }

    /** Sessions cannot nest; parameters are checked. */
    @Test
    void misuseIsRejected() {
        ContextConditioning c = new ContextConditioning(1, 0.25, 0.5);
        c.startSession("A");
        assertThrows(IllegalStateException.class, () -> c.startSession("B"));
        assertThrows(IllegalArgumentException.class, () -> new ContextConditioning(1, 0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new ContextConditioning(1, 0.5, 1.5));
    }
}
