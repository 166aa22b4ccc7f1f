package org.receptorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptorsim.model.CellType;
import org.receptorsim.pharmacology.Ligand;

/** Users' library files merged over the bundled library, with located errors. */
class UserLibraryTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    /** A user ligand and a cell based on a bundled one are added; values without a source are marked "user". */
    @Test
    void userLigandsAndCellsAreMergedWithUserSources() throws IOException {
        Path f = file("mine.yaml", """
                ligands:
                  - name: compound-X
                    kd: 4 nM
                    koff: 0.02 /s
                    gProteinEfficacy: 0.55
                    grk23Efficacy: 0.03
                    grk5Efficacy: 0.2
                    arrestin3Efficacy: 0.05
                    arrestin2Efficacy: 0.05
                    sources: {kd: "our assay"}
                cells:
                  - name: HEK-low
                    basedOn: HEK293-MOR
                    receptorCount: 2000
                references:
                  Ours2026: "Our lab notebook, 2026."
                """);
        Library lib = Library.bundled().withUserFiles(List.of(f));
        Ligand x = lib.ligand("COMPOUND-x").orElseThrow();
        assertEquals(4e-9, x.kd().molar(), 1e-21);
        assertEquals("our assay", x.sources().get("kd"));
        assertEquals("user (mine.yaml)", x.sources().get("gProteinEfficacy"));
        CellType low = lib.cell("HEK-low").orElseThrow();
        CellType hek = lib.cell("HEK293-MOR").orElseThrow();
        assertEquals(2000, low.receptorCount());
        assertEquals(hek.grk23Level(), low.grk23Level());
        assertEquals(hek.sources().get("grk23Level"), low.sources().get("grk23Level"));
        assertEquals("Our lab notebook, 2026.", lib.references().get("Ours2026"));
        assertTrue(lib.ligand("DAMGO").isPresent());
        assertTrue(Library.bundled().ligand("compound-X").isEmpty(), "the bundled library is unchanged");
        assertSame(Library.bundled(), Library.bundled().withUserFiles(List.of()));
    }

    /** A later file's entry replaces a bundled one of the same name, and scenarios resolve against it. */
    @Test
    void userEntryOverridesBundledOneAndScenariosUseIt() throws IOException {
        Path f = file("override.yaml", """
                ligands:
                  - {name: morphine, kd: 20 nM, koff: 0.015 /s, gProteinEfficacy: 0.4, grk23Efficacy: 0.02,
                     grk5Efficacy: 1.6, arrestin3Efficacy: 0.3, arrestin2Efficacy: 0.3}
                """);
        Library lib = Library.bundled().withUserFiles(List.of(f));
        assertEquals(0.4, lib.ligand("morphine").orElseThrow().gProteinEfficacy());
        Scenario s = new ScenarioLoader(lib).parse("s.yaml", """
                cell: HEK293-MOR
                ligands: [morphine]
                duration: 1 min
                """);
        assertEquals(0.4, s.ligands().get(0).gProteinEfficacy());
    }

    /** A scenario's own ligand definitions can be taken as a library. */
    @Test
    void scenarioFileLendsItsDefinedLigands() throws IOException {
        Path f = file("scenario.yaml", """
                cell: HEK293-MOR
                ligands:
                  - DAMGO
                  - {name: morphine-slow, kd: 2 nM, koff: 0.001 /s, gProteinEfficacy: 0.58, grk23Efficacy: 0.02,
                     grk5Efficacy: 1.6, arrestin3Efficacy: 0.3, arrestin2Efficacy: 0.3}
                duration: 1 min
                """);
        Library lib = Library.bundled().withUserFiles(List.of(f));
        assertEquals(0.001, lib.ligand("morphine-slow").orElseThrow().koff().perSecond(), 1e-15);
    }

    /** Errors name the file, line and field and what was expected. */
    @Test
    void badEntriesAreLocated() throws IOException {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Library.bundled().withUserFiles(List.of(
                file("bad.yaml", "ligands:\n  - name: Y\n    kd: 4 nM\n    koff: 0.1 /s\n    gProteinEfficacy: 0.5\n"
                        + "    grk23Efficacy: -1\n"))));
        assertEquals(6, e.line());
        assertEquals("ligands.0.grk23Efficacy", e.field());
        assertTrue(e.getMessage().startsWith(dir.resolve("bad.yaml") + ":6:5: "), e.getMessage());
        e = assertThrows(ScenarioException.class, () -> Library.bundled().withUserFiles(List.of(
                file("unit.yaml", "ligands:\n  - name: Y\n    kd: 4\n"))));
        assertEquals("ligands.0.kd", e.field());
        assertEquals(3, e.line());
        e = assertThrows(ScenarioException.class, () -> Library.bundled().withUserFiles(List.of(
                file("base.yaml", "cells:\n  - name: Z\n    basedOn: nothing\n"))));
        assertEquals("cells.0.basedOn", e.field());
        e = assertThrows(ScenarioException.class, () -> Library.bundled().withUserFiles(List.of(
                file("twice.yaml", "ligands:\n  - {name: A, kd: 1 nM, koff: 0.1 /s}\n  - {name: a, kd: 1 nM, koff: 0.1 /s}\n"))));
        assertEquals("ligands.1.name", e.field());
        e = assertThrows(ScenarioException.class, () -> Library.bundled().withUserFiles(List.of(
                file("key.yaml", "ligandz: []\n"))));
        assertEquals("ligandz", e.field());
        e = assertThrows(ScenarioException.class, () -> Library.bundled().withUserFiles(List.of(
                dir.resolve("missing.yaml"))));
        assertTrue(e.getMessage().contains("no such file"));
    }
}
