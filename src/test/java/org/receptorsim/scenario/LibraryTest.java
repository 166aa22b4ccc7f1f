package org.receptorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.receptorsim.model.CellType;
import org.receptorsim.pharmacology.Ligand;

/** The bundled ligand and cell library, and how a scenario overrides and extends it. */
class LibraryTest {

    private static final Set<String> NOT_PARAMETERS = Set.of("name", "description", "sources");

    private static Object value(Record r, RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean hasSource(Map<String, String> sources, String field) {
        String s = sources == null ? null : sources.get(field);
        return s != null && !s.isBlank();
    }

    /** The bundled library loads and holds the named ligands and cell types. */
    @Test
    void bundledLibraryHasTheNamedLigandsAndCells() {
        Library library = Library.bundled();
        for (String ligand : List.of("DAMGO", "morphine", "fentanyl", "naloxone", "oliceridine")) {
            assertTrue(library.ligand(ligand).isPresent(), "ligand " + ligand);
            assertEquals(ligand, library.ligand(ligand).orElseThrow().name());
        }
        for (String cell : List.of("HEK293-MOR", "CNS-neuron")) {
            assertTrue(library.cell(cell).isPresent(), "cell " + cell);
            assertEquals(cell, library.cell(cell).orElseThrow().name());
        }
        assertTrue(library.ligand("damgo").isPresent(), "names are looked up in any case");
        assertFalse(library.ligand("heroin").isPresent());
    }

    /** Every parameter of every cell type is present and has a non-empty source. */
    @Test
    void everyCellParameterHasASource() {
        List<String> missing = new ArrayList<>();
        for (CellType cell : Library.bundled().cells()) {
            for (RecordComponent c : CellType.class.getRecordComponents()) {
                if (NOT_PARAMETERS.contains(c.getName())) {
                    continue;
                }
                assertNotNull(value(cell, c), cell.name() + "." + c.getName());
                if (!hasSource(cell.sources(), c.getName())) {
                    missing.add(cell.name() + "." + c.getName());
                }
            }
        }
        assertTrue(missing.isEmpty(), "cell parameters without a source: " + missing);
    }

    /**
     * Every parameter a ligand states has a non-empty source. kon may be derived from koff and kd; an indirect
     * agonist's binding fields are placeholders (it does not bind), and antagonist = false is the default.
     */
    @Test
    void everyLigandParameterHasASource() {
        List<String> missing = new ArrayList<>();
        for (Ligand ligand : Library.bundled().ligands()) {
            for (RecordComponent c : Ligand.class.getRecordComponents()) {
                String field = c.getName();
                Object v = value(ligand, c);
                if (NOT_PARAMETERS.contains(field) || v == null) {
                    continue;
                }
                if (ligand.releasesTransmitter() && !List.of("releases", "releaseEc50").contains(field)) {
                    continue;
                }
                if (field.equals("kon") && !hasSource(ligand.sources(), "kon")) {
                    assertTrue(hasSource(ligand.sources(), "kd") && hasSource(ligand.sources(), "koff"),
                            ligand.name() + ": kon without a source must be derived from sourced kd and koff");
                    assertEquals(ligand.koff().perSecond() / ligand.kd().molar(),
                            ligand.kon().perMolarPerSecond(), 1e-9 * ligand.kon().perMolarPerSecond(),
                            ligand.name() + ": derived kon = koff / kd");
                    continue;
                }
                if (field.equals("antagonist") && Boolean.FALSE.equals(v)) {
                    continue;
                }
                if (!hasSource(ligand.sources(), field)) {
                    missing.add(ligand.name() + "." + field + " = " + v);
                }
            }
        }
        assertTrue(missing.isEmpty(), "ligand parameters without a source: " + missing);
    }

    /** Naloxone is an antagonist: it binds but has no efficacy for any pathway. */
    @Test
    void naloxoneIsAnAntagonistWithZeroEfficacies() {
        Ligand naloxone = Library.bundled().ligand("naloxone").orElseThrow();
        assertEquals(Boolean.TRUE, naloxone.antagonist());
        assertEquals(0.0, naloxone.gProteinEfficacy());
        assertEquals(0.0, naloxone.grkEfficacy());
        assertEquals(0.0, naloxone.arrestinEfficacy());
        assertFalse(naloxone.activatesReceptor());
        assertTrue(naloxone.kd().molar() > 0, "an antagonist binds");
    }

    /** A scenario overrides one cell rate constant (units converted); the rest and the library stay as they were. */
    @Test
    void scenarioOverridesACellRateConstant() {
        CellType library = Library.bundled().cell("HEK293-MOR").orElseThrow();
        Scenario s = new ScenarioLoader(Library.bundled()).parse("override.yaml", """
                cell: HEK293-MOR
                cellOverrides: {phosphorylationRate: 3 /min}
                ligands: [DAMGO]
                duration: 1 min
                """);
        CellType cell = s.arms().get(0).cell();
        assertEquals(0.05, cell.phosphorylationRate().perSecond(), 1e-15);
        assertEquals("scenario override", cell.sources().get("phosphorylationRate"));
        assertEquals(library.arrestinBindingRate(), cell.arrestinBindingRate());
        assertEquals(library.receptorCount(), cell.receptorCount());
        assertEquals(library.sources().get("arrestinBindingRate"), cell.sources().get("arrestinBindingRate"));
        assertEquals(0.02, Library.bundled().cell("HEK293-MOR").orElseThrow().phosphorylationRate().perSecond(),
                1e-15, "the library itself is unchanged");
    }

    /** A scenario defines its own ligand in full; the missing one of kd, kon, koff is derived. */
    @Test
    void scenarioDefinesAUserLigand() {
        Scenario s = new ScenarioLoader(Library.bundled()).parse("user.yaml", """
                cell: HEK293-MOR
                ligands:
                  - name: test-agonist
                    description: made up
                    kd: 5 nM
                    koff: 0.01 /s
                    gProteinEfficacy: 0.7
                    grkEfficacy: 0.3
                    arrestinEfficacy: 0.2
                  - DAMGO
                protocol:
                  bath:
                    - {at: 0 s, set: {test-agonist: 10 nM}}
                duration: 1 min
                """);
        assertEquals(List.of("test-agonist", "DAMGO"), s.ligands().stream().map(Ligand::name).toList());
        Ligand l = s.ligands().get(0);
        assertEquals(5e-9, l.kd().molar(), 1e-21);
        assertEquals(0.01, l.koff().perSecond(), 1e-15);
        assertEquals(0.01 / 5e-9, l.kon().perMolarPerSecond(), 1e-3);
        assertEquals(0.7, l.gProteinEfficacy());
        assertEquals(0.3, l.grkEfficacy());
        assertEquals(0.2, l.arrestinEfficacy());
        assertEquals(Boolean.FALSE, l.antagonist());
        assertTrue(l.activatesReceptor());
    }

    /** A definition named like a library ligand overrides only the fields it gives. */
    @Test
    void scenarioOverridesOneFieldOfALibraryLigand() {
        Ligand library = Library.bundled().ligand("morphine").orElseThrow();
        Scenario s = new ScenarioLoader(Library.bundled()).parse("ligand-override.yaml", """
                cell: HEK293-MOR
                ligands:
                  - name: morphine
                    arrestinEfficacy: 0.5
                duration: 1 min
                """);
        Ligand l = s.ligands().get(0);
        assertEquals("morphine", l.name());
        assertEquals(0.5, l.arrestinEfficacy());
        assertEquals("scenario override", l.sources().get("arrestinEfficacy"));
        assertEquals(library.kd(), l.kd());
        assertEquals(library.koff(), l.koff());
        assertEquals(library.kon().perMolarPerSecond(), l.kon().perMolarPerSecond(),
                1e-9 * library.kon().perMolarPerSecond());
        assertEquals(library.gProteinEfficacy(), l.gProteinEfficacy());
        assertEquals(library.grkEfficacy(), l.grkEfficacy());
        assertEquals(library.sources().get("kd"), l.sources().get("kd"));
        assertEquals(0.15, Library.bundled().ligand("morphine").orElseThrow().arrestinEfficacy(),
                "the library itself is unchanged");
    }
}
