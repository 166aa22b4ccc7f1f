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
import org.receptorsim.units.Concentration;
import org.receptorsim.units.Rate;

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
     * agonist's binding fields are placeholders (it does not bind), antagonist = false and irreversible = false
     * are the defaults, an antagonist's unstated efficacies are 0 and an irreversible ligand's koff is 0.
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
                if ((field.equals("antagonist") || field.equals("irreversible")) && Boolean.FALSE.equals(v)) {
                    continue;
                }
                if (ligand.antagonist() && field.endsWith("Efficacy") && Double.valueOf(0).equals(v)
                        && !ligand.sources().containsKey(field)) {
                    continue; // an antagonist's efficacies default to 0
                }
                if (ligand.isIrreversible() && field.equals("koff")) {
                    continue; // an irreversible ligand never leaves: koff 0 by definition
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
        assertEquals(0.0, naloxone.grk23Efficacy());
        assertEquals(0.0, naloxone.grk5Efficacy());
        assertEquals(0.0, naloxone.arrestin3Efficacy());
        assertEquals(0.0, naloxone.arrestin2Efficacy());
        assertFalse(naloxone.activatesReceptor());
        assertTrue(naloxone.kd().molar() > 0, "an antagonist binds");
    }

    /** A scenario overrides one cell rate constant (units converted); the rest and the library stay as they were. */
    @Test
    void scenarioOverridesACellRateConstant() {
        CellType library = Library.bundled().cell("HEK293-MOR").orElseThrow();
        Scenario s = new ScenarioLoader(Library.bundled()).parse("override.yaml", """
                cell: HEK293-MOR
                cellOverrides: {s375Grk23Rate: 3 /min}
                ligands: [DAMGO]
                duration: 1 min
                """);
        CellType cell = s.arms().get(0).cell();
        assertEquals(0.05, cell.s375Grk23Rate().perSecond(), 1e-15);
        assertEquals("scenario override", cell.sources().get("s375Grk23Rate"));
        assertEquals(library.arrestin3BindingRate(), cell.arrestin3BindingRate());
        assertEquals(library.receptorCount(), cell.receptorCount());
        assertEquals(library.sources().get("arrestin3BindingRate"), cell.sources().get("arrestin3BindingRate"));
        assertEquals(0.02, Library.bundled().cell("HEK293-MOR").orElseThrow().s375Grk23Rate().perSecond(),
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
                    grk23Efficacy: 0.3
                    grk5Efficacy: 0.4
                    arrestin3Efficacy: 0.2
                    arrestin2Efficacy: 0.1
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
        assertEquals(0.3, l.grk23Efficacy());
        assertEquals(0.4, l.grk5Efficacy());
        assertEquals(0.2, l.arrestin3Efficacy());
        assertEquals(0.1, l.arrestin2Efficacy());
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
                    arrestin3Efficacy: 0.5
                duration: 1 min
                """);
        Ligand l = s.ligands().get(0);
        assertEquals("morphine", l.name());
        assertEquals(0.5, l.arrestin3Efficacy());
        assertEquals("scenario override", l.sources().get("arrestin3Efficacy"));
        assertEquals(library.kd(), l.kd());
        assertEquals(library.koff(), l.koff());
        assertEquals(library.kon().perMolarPerSecond(), l.kon().perMolarPerSecond(),
                1e-9 * library.kon().perMolarPerSecond());
        assertEquals(library.gProteinEfficacy(), l.gProteinEfficacy());
        assertEquals(library.grk23Efficacy(), l.grk23Efficacy());
        assertEquals(library.sources().get("kd"), l.sources().get("kd"));
        assertEquals(library.arrestin3Efficacy(), Library.bundled().ligand("morphine").orElseThrow().arrestin3Efficacy(),
                "the library itself is unchanged");
    }

    /** Every source key (AuthorYear) cited by a ligand or cell resolves to a full reference. */
    @Test
    void everySourceKeyResolvesToAFullReference() {
        Library library = Library.bundled();
        List<String> unresolved = new ArrayList<>();
        List<java.util.Map<String, String>> sources = new ArrayList<>();
        library.ligands().forEach(l -> sources.add(l.sources()));
        library.cells().forEach(c -> sources.add(c.sources()));
        int cited = 0;
        for (java.util.Map<String, String> m : sources) {
            for (String text : m.values()) {
                for (String key : Library.citedKeys(text)) {
                    cited++;
                    if (!library.references().containsKey(key)) {
                        unresolved.add(key);
                    }
                }
            }
        }
        assertTrue(cited > 50, "the libraries cite their sources by key: " + cited);
        assertTrue(unresolved.isEmpty(), "source keys without a reference: " + unresolved);
        assertEquals(List.of("Doll2012", "Ward1982b"), Library.citedKeys("Doll2012 [F]; see Ward1982b, not x2012"));
    }

    /**
     * The knockouts are named right: the knockout of Bohn et al. is beta-arrestin-2 = arrestin-3, so the *-arrestin3-KO
     * cells lack arrestin-3 and keep arrestin-2 (beta-arrestin-1); both names appear.
     */
    @Test
    void arrestinKnockoutsAreNamedWithBothNames() {
        Library library = Library.bundled();
        for (String base : List.of("HEK293-MOR", "CNS-neuron", "enteric-neuron")) {
            CellType ko = library.cell(base + "-arrestin3-KO").orElseThrow();
            CellType wt = library.cell(base).orElseThrow();
            assertEquals(0.0, ko.arrestin3Level());
            assertEquals(wt.arrestin2Level(), ko.arrestin2Level(), "arrestin-2 (beta-arrestin-1) stays");
            assertTrue(ko.description().contains("beta-arrestin-2"), ko.description());
            assertTrue(ko.sources().get("arrestin3Level").contains("beta-arrestin-2 = arrestin-3")
                    || ko.sources().get("arrestin3Level").contains("arrestin-3"), ko.sources().get("arrestin3Level"));
        }
        assertFalse(library.cell("HEK293-MOR-arrestin2-KO").isPresent(), "the old, inverted name is gone");
        assertEquals("arrestin-3 (β-arrestin-2)", org.receptorsim.model.Arrestin.ARRESTIN_3.label());
        assertEquals("arrestin-2 (β-arrestin-1)", org.receptorsim.model.Arrestin.ARRESTIN_2.label());
    }

    /** Every "entry.field" whose value differs between two libraries (sources aside). */
    private static Set<String> differences(Library a, Library b) {
        Set<String> out = new java.util.TreeSet<>();
        for (CellType c : a.cells()) {
            CellType d = b.cell(c.name()).orElseThrow();
            for (RecordComponent rc : CellType.class.getRecordComponents()) {
                if (!rc.getName().equals("sources") && !java.util.Objects.equals(value(c, rc), value(d, rc))) {
                    out.add(c.name() + "." + rc.getName());
                }
            }
        }
        for (Ligand l : a.ligands()) {
            Ligand m = b.ligand(l.name()).orElseThrow();
            for (RecordComponent rc : Ligand.class.getRecordComponents()) {
                if (!rc.getName().equals("sources") && !java.util.Objects.equals(value(l, rc), value(m, rc))) {
                    out.add(l.name() + "." + rc.getName());
                }
            }
        }
        return out;
    }

    /** A ligand override changes that one value of that one ligand, and leaves the bundled library as it was. */
    @Test
    void ligandOverrideChangesExactlyOneValue() {
        Library bundled = Library.bundled();
        Library changed = bundled.with("ligands.morphine.grk23Efficacy", 0.04);
        assertEquals(Set.of("morphine.grk23Efficacy"), differences(bundled, changed));
        assertEquals(0.04, changed.value("ligands.morphine.grk23Efficacy"));
        assertEquals(0.02, bundled.value("ligands.morphine.grk23Efficacy"), "the bundled library is unchanged");
        assertTrue(changed.ligand("morphine").orElseThrow().sources().get("grk23Efficacy").contains("changed from"));
    }

    /** A new Kd keeps koff and derives kon, so the ligand stays consistent; nothing else changes. */
    @Test
    void ligandKdOverrideKeepsBindingConsistent() {
        Library bundled = Library.bundled();
        Ligand before = bundled.ligand("DAMGO").orElseThrow();
        Library changed = bundled.with("ligands.DAMGO.kd", new Concentration(2 * before.kd().molar()));
        Ligand after = changed.ligand("DAMGO").orElseThrow();
        assertEquals(Set.of("DAMGO.kd", "DAMGO.kon"), differences(bundled, changed));
        assertEquals(before.koff(), after.koff());
        assertEquals(before.kon().perMolarPerSecond() / 2, after.kon().perMolarPerSecond(),
                1e-9 * before.kon().perMolarPerSecond());
    }

    /**
     * A value set on a base cell changes in every cell type that takes it over unchanged (the rule of
     * {@link Library#with}), and in no other; a derived cell that sets its own value keeps it.
     */
    @Test
    void cellOverrideReachesExactlyTheCellsThatInheritTheValue() {
        Library bundled = Library.bundled();
        Rate rate = new Rate(0.004);
        Library endocytosis = bundled.with("cells.HEK293-MOR.arrestin3EndocytosisRate", rate);
        List<String> all = List.of("HEK293-MOR", "CNS-neuron", "enteric-neuron", "HEK293-MOR-arrestin3-KO",
                "CNS-neuron-arrestin3-KO", "enteric-neuron-arrestin3-KO");
        Set<String> expected = new java.util.TreeSet<>();
        for (String c : all) {
            expected.add(c + ".arrestin3EndocytosisRate");
            assertEquals(rate, endocytosis.value("cells." + c + ".arrestin3EndocytosisRate"), c);
        }
        assertEquals(expected, differences(bundled, endocytosis));
        assertEquals(all.subList(1, all.size()), bundled.inheritors("HEK293-MOR", "arrestin3EndocytosisRate"));

        // CNS-neuron sets its own G-protein pool: a change on HEK293-MOR stays in the cell line and its knockout
        Library hekPool = bundled.with("cells.HEK293-MOR.gProteinsPerReceptor", 5.0);
        assertEquals(Set.of("HEK293-MOR.gProteinsPerReceptor", "HEK293-MOR-arrestin3-KO.gProteinsPerReceptor"),
                differences(bundled, hekPool));
        Library cnsPool = bundled.with("cells.CNS-neuron.gProteinsPerReceptor", 1.0);
        assertEquals(Set.of("CNS-neuron.gProteinsPerReceptor", "enteric-neuron.gProteinsPerReceptor",
                "CNS-neuron-arrestin3-KO.gProteinsPerReceptor", "enteric-neuron-arrestin3-KO.gProteinsPerReceptor"),
                differences(bundled, cnsPool));
        // the knockouts set their own arrestin-3 level (0)
        assertEquals(List.of("CNS-neuron", "enteric-neuron"), bundled.inheritors("HEK293-MOR", "arrestin3Level"));
        assertEquals(List.of(), bundled.inheritors("CNS-neuron-arrestin3-KO", "arrestin3Level"));
    }

    /** A wrong path, a wrong type or an out-of-range value is refused with a message naming it. */
    @Test
    void badOverridesAreRefusedWithTheirReason() {
        Library bundled = Library.bundled();
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> bundled.with("cells.HEK293.arrestin3EndocytosisRate", new Rate(0.001)));
        assertTrue(e.getMessage().contains("no cell type 'HEK293'"), e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> bundled.with("cells.HEK293-MOR.endocytosisRate", new Rate(0.001)));
        assertTrue(e.getMessage().contains("'endocytosisRate' is not a parameter"), e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> bundled.with("cells.HEK293-MOR.arrestin3EndocytosisRate", 0.001));
        assertTrue(e.getMessage().contains("expected a value of type Rate"), e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> bundled.with("cells.HEK293-MOR.phosphorylatedCoupling", 1.4));
        assertTrue(e.getMessage().startsWith("phosphorylatedCoupling"), e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> bundled.with("HEK293-MOR.phosphorylatedCoupling", 0.5));
        assertTrue(e.getMessage().contains("expected a library path"), e.getMessage());
    }
}
