package org.receptorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.receptorsim.model.CellType;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.records.InvalidFieldException;
import org.receptorsim.records.Records;
import org.receptorsim.units.Rate;

/** Records as trees: exact round trips, and layers of overrides with their sources marked. */
class RecordTreesTest {

    private static final CellType HEK = Library.bundled().cell("HEK293-MOR").orElseThrow();

    /** A cell type or ligand made a tree and bound again is the same, bit for bit, even for values of many digits. */
    @Test
    void recordsRoundTripExactly() {
        for (CellType c : Library.bundled().cells()) {
            assertEquals(c, RecordTrees.bind(RecordTrees.tree(c), CellType.class), c.name());
        }
        for (Ligand l : Library.bundled().ligands()) {
            assertEquals(l, RecordTrees.bind(RecordTrees.tree(l), LigandSpec.class).toLigand(), l.name());
        }
        CellType odd = Records.with(HEK, Map.of("s375Grk23Rate", new Rate(1.0 / 3), "grk23Level", Math.PI / 7));
        assertEquals(odd, RecordTrees.bind(RecordTrees.tree(odd), CellType.class));
    }

    /** An override replaces the fields it gives (not the name, not with null) and marks their sources. */
    @Test
    void overridesReplaceGivenFieldsAndMarkTheirSources() {
        ObjectNode override = Yaml.yamlMapper().createObjectNode().put("name", "other").put("grk23Level", 0.5);
        override.putNull("arrestin3Level");
        override.putObject("sources").put("rgsLevel", "taken from the override? no");
        CellType c = RecordTrees.bind(RecordTrees.overlay(RecordTrees.tree(HEK), override, "why"), CellType.class);
        assertEquals("HEK293-MOR", c.name());
        assertEquals(0.5, c.grk23Level());
        assertEquals(HEK.arrestin3Level(), c.arrestin3Level());
        assertEquals("why", c.sources().get("grk23Level"));
        assertEquals(HEK.sources().get("rgsLevel"), c.sources().get("rgsLevel"));
        assertFalse(c.sources().containsKey("name"));
    }

    /** A change the record refuses is the record's own error, naming the field. */
    @Test
    void aRefusedChangeNamesItsField() {
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> RecordTrees.bind(
                RecordTrees.changed(HEK, "phosphorylatedCoupling", 2.0, "sweep"), CellType.class));
        assertEquals("phosphorylatedCoupling", e.field());
        assertEquals("sweep", RecordTrees.bind(RecordTrees.changed(HEK, "phosphorylatedCoupling", 0.5, "sweep"),
                CellType.class).sources().get("phosphorylatedCoupling"));
    }
}
