package org.receptorsim.organism.pk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.receptorsim.pharmacology.pk.PkPresets;
import org.receptorsim.scenario.ScenarioException;

/** The bundled drug library: values as written with a source for each, and located errors for a bad file. */
class DrugLibraryTest {

    /** Morphine (human) reuses the plasma preset and carries a source for every brain value. */
    @Test
    void bundledDrugsCarryTheirValuesAndSources() {
        DrugLibrary lib = DrugLibrary.bundled();
        assertEquals(java.util.List.of("morphine-human", "morphine-rat", "oliceridine-human", "naloxone-human"), lib.names());
        DrugProfile m = lib.drug("Morphine-Human").orElseThrow();
        assertEquals(PkPresets.morphineHuman().volumeLitres(), m.plasma().volumeLitres());
        assertEquals(0.29, m.brain().unboundPartition());
        assertEquals(214 * 60, m.brain().equilibrationHalfLifeSeconds(), 1e-9);
        assertEquals(2.0, m.brain().pgpInduction().maxFactor());
        for (String field : new String[] {"unboundFraction", "brain.equilibrationHalfLife", "brain.unboundPartition",
            "brain.pgpEffluxFraction", "brain.pgpInduction.maxFactor", "ligandOverrides.kd", "volumeLitres"}) {
            assertFalse(m.sources().getOrDefault(field, "").isBlank(), "source of " + field);
        }
        assertEquals("{\"name\":\"morphine\",\"kd\":\"42.6 nM\"}", m.ligandDefinition().toString());
        DrugProfile o = lib.drug("oliceridine-human").orElseThrow();
        assertEquals(2 * 3600, o.plasma().halfLifeSeconds(), 1);
        assertEquals(0, o.brain().pgpEffluxFraction());
        DrugProfile n = lib.drug("naloxone-human").orElseThrow();
        assertEquals(64 * 60, n.plasma().halfLifeSeconds(), 30);
        assertEquals("naloxone", n.ligandDefinition().asText(), "the library's antagonist affinity, not shifted");
        for (String field : new String[] {"ligand", "unboundFraction", "brain.equilibrationHalfLife",
            "brain.unboundPartition", "brain.pgpEffluxFraction", "volumeLitres", "eliminationRatePerSecond"}) {
            assertFalse(n.sources().getOrDefault(field, "").isBlank(), "source of " + field);
        }
    }

    /** A bad value names the file, line and field. */
    @Test
    void badValuesAreLocated() {
        String text = """
                drugs:
                  - name: x
                    ligand: morphine
                    plasma: {preset: morphine-human}
                    unboundFraction: 1.5
                    brain: {equilibrationHalfLife: 1 h, unboundPartition: 0.3}
                """;
        ScenarioException e = assertThrows(ScenarioException.class, () -> DrugLibrary.parse("d.yaml", text));
        assertTrue(e.getMessage().startsWith("d.yaml:5:"), e.getMessage());
        assertTrue(e.getMessage().contains("unboundFraction"), e.getMessage());
        ScenarioException missing = assertThrows(ScenarioException.class, () -> DrugLibrary.parse("d.yaml",
                text.replace("    brain: {equilibrationHalfLife: 1 h, unboundPartition: 0.3}\n", "")
                        .replace("1.5", "0.5")));
        assertTrue(missing.getMessage().contains("brain"), missing.getMessage());
    }
}
