package org.receptorsim.organism.hyperalgesia;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The pro-nociceptive process rises toward ρ·A·x with τ_on and falls with τ_off, exactly. */
class PronociceptionTest {

    static final double H = 3600;

    /** After one τ_on at a constant drive P reaches (1 − 1/e) of ρ·A·x; after one τ_off off drug it keeps 1/e. */
    @Test
    void risesAndFallsWithItsTwoTimeConstants() {
        Pronociception p = new Pronociception(new Pronociception.Parameters(0.6, 1 / (12 * H), 1 / (48 * H)));
        p.step(0.3, 1.5, 12 * H);
        double target = 0.6 * 1.5 * 0.3;
        assertEquals(target * (1 - Math.exp(-1)), p.level(), 1e-12);
        double peak = p.level();
        p.step(0, 1.5, 48 * H);
        assertEquals(peak * Math.exp(-1), p.level(), 1e-12);
    }

    /** The target scales with the transcriptional gain: the same drive builds twice the process at gain 2. */
    @Test
    void gainScalesTheSetPoint() {
        Pronociception a = new Pronociception(new Pronociception.Parameters(0.6, 1 / H, 1 / H));
        Pronociception b = new Pronociception(new Pronociception.Parameters(0.6, 1 / H, 1 / H));
        a.step(0.2, 1, 100 * H);
        b.step(0.2, 2, 100 * H);
        assertEquals(2 * a.level(), b.level(), 1e-12);
    }
}
