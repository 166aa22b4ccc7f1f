package org.receptorsim.pharmacology.pk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptorsim.units.Concentration;
import org.receptorsim.units.Duration;
import org.receptorsim.units.Rate;

/** Species presets carry their values and sources; a scenario spec resolves to a model and doses. */
class PkPresetsAndSpecTest {

    /** Human morphine: t½ 2.2 h (k 8.8e-5 /s), V 276 L, sources recorded; rat: k 2e-4 /s. */
    @Test
    void morphinePresetsHaveTheirValuesAndSources() {
        PkModel human = PkPresets.byName("Morphine-Human");
        assertEquals(276, human.volumeLitres());
        assertEquals(8.8e-5, human.eliminationRatePerSecond(), 1e-18);
        assertEquals(2.2 * 3600, human.halfLifeSeconds(), 60, "t½ 2.2 h to the rounding of k");
        assertTrue(human.sources().get("volumeLitres").contains("Stuart-Harris 2000"));
        assertTrue(human.sources().get("clearanceLitresPerSecond").contains("1.58 L/min"));
        assertNull(human.effectSiteRatePerSecond());
        assertNull(human.induction());
        PkModel rat = PkPresets.morphineRat();
        assertEquals(2e-4, rat.eliminationRatePerSecond(), 1e-18);
        assertTrue(rat.sources().get("volumeLitres").contains("assumed"));
        assertEquals(Math.log(2) / 462, PkPresets.MORPHINE_IM_ABSORPTION_PER_SECOND, 1e-15);
    }

    /** Explicit values override the preset's; mg doses use the preset's molar mass; repetition expands. */
    @Test
    void specOverridesPresetAndResolvesDoses() {
        PkSpec spec = new PkSpec("morphine", "morphine-human", 300.0, null, Rate.parse("1e-4 /s"),
                Rate.parse("0.06 /min"), new PkSpec.InductionSpec(null, Concentration.parse("20 nM"), null, null),
                null, null, List.of(
                        new PkSpec.DoseSpec("bolus", Duration.parse("1 h"), null, 10.0, null, null, null,
                                Duration.parse("24 h"), 3),
                        new PkSpec.DoseSpec("oral", Duration.parse("2 h"), 1e-5, null, null, 0.3,
                                Rate.parse("0.09 /min"), null, null),
                        new PkSpec.DoseSpec("infusion", Duration.parse("0 s"), 2e-5, null, Duration.parse("2 h"),
                                null, null, null, null)));
        spec.check();
        PkModel m = spec.model();
        assertEquals(300, m.volumeLitres());
        assertEquals(1e-4, m.eliminationRatePerSecond(), 1e-18);
        assertEquals(1e-3, m.effectSiteRatePerSecond(), 1e-15);
        assertEquals(2.2, m.induction().maxFactor());
        assertEquals(1 / (3 * 86400.0), m.induction().onRatePerSecond(), 1e-18);
        assertEquals("scenario", m.sources().get("volumeLitres"));
        List<DosingEvent> single = DosingEvent.expandAll(spec.events());
        assertEquals(5, single.size());
        assertInstanceOf(DosingEvent.Infusion.class, single.get(0));
        assertEquals(2e-5 / 7200, ((DosingEvent.Infusion) single.get(0)).rateMolPerSecond(), 1e-22);
        DosingEvent.Bolus first = (DosingEvent.Bolus) single.get(1);
        assertEquals(3600, first.timeSeconds());
        assertEquals(10e-3 / 285.34, first.amountMol(), 1e-18);
        assertEquals(3600 + 2 * 86400, single.get(4).timeSeconds());
        assertFalse(spec.isClamp());
    }
}
