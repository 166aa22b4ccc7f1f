package org.receptorsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.receptorsim.records.InvalidFieldException;
import org.receptorsim.records.Records;
import org.receptorsim.records.SerializedCopy;
import org.receptorsim.scenario.Library;
import org.receptorsim.units.Rate;

/** A cell type cannot be made incomplete or out of range, keeps its sources sorted and immutable, and serializes. */
class CellTypeTest {

    private static final CellType HEK = Library.bundled().cell("HEK293-MOR").orElseThrow();

    /** Every component is required: a missing one is refused naming it. */
    @Test
    void everyMissingComponentIsRefusedByName() {
        List<String> notRefused = new ArrayList<>();
        for (RecordComponent c : CellType.class.getRecordComponents()) {
            Map<String, Object> none = new HashMap<>();
            none.put(c.getName(), null);
            InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> Records.with(HEK, none),
                    c.getName());
            if (!e.field().equals(c.getName()) || !e.problem().equals("missing in cell type 'HEK293-MOR'")
                    && !c.getName().equals("name")) {
                notRefused.add(c.getName() + " -> " + e.getMessage());
            }
        }
        assertEquals(List.of(), notRefused);
    }

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                Arguments.of("receptorCount", 0, "expected an integer >= 1, got 0"),
                Arguments.of("grk23Level", -0.5, "expected a finite number in [0.0, inf], got -0.5"),
                Arguments.of("rgsLevel", Double.POSITIVE_INFINITY,
                        "expected a finite number in [0.0, inf], got Infinity"),
                Arguments.of("arrestin3MinPhosphates", 0, "expected an integer in [1, 4], got 0"),
                Arguments.of("arrestin2MinPhosphates", 5, "expected an integer in [1, 4], got 5"),
                Arguments.of("inactiveArrestinReleaseFactor", 0.5, "expected a finite number in [1.0, inf], got 0.5"),
                Arguments.of("turnoverStates", List.of(ReceptorState.DEGRADED),
                        "DEGRADED receptors are not turned over again"),
                Arguments.of("phosphorylatedCoupling", 1.5, "expected a finite number in [0.0, 1.0], got 1.5"),
                Arguments.of("gProteinsPerReceptor", 0.0, "expected a finite number in [> 0, inf], got 0.0"),
                Arguments.of("cyclaseHalfInhibitionPerReceptor", 0.0,
                        "expected a finite number in [> 0, inf], got 0.0"),
                Arguments.of("cyclaseInhibitionMax", Double.NaN, "expected a finite number in [0.0, 1.0], got NaN"),
                Arguments.of("phosphodiesteraseRate", new Rate(0), "expected a rate > 0 /s, got 0 /s"),
                Arguments.of("forskolinStimulation", 0.9, "expected a finite number in [1.0, inf], got 0.9"),
                Arguments.of("cyclaseUpregulationMax", 0.0, "expected a finite number in [1.0, inf], got 0.0"),
                Arguments.of("mediatorStrength", -1.0, "expected a finite number in [0.0, inf], got -1.0"));
    }

    /** A value out of its range is refused, naming the field as data and saying what was expected. */
    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("outOfRange")
    void valuesOutOfRangeAreRefusedNamingTheField(String field, Object value, String problem) {
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> Records.with(HEK, field, value));
        assertEquals(field, e.field());
        assertEquals(problem, e.problem());
        assertEquals(field + ": " + problem, e.getMessage());
    }

    /** GTP hydrolysis may come from RGS alone, but some there must be. */
    @Test
    void gtpHydrolysisMayComeFromRgsButNotFromNothing() {
        CellType rgsOnly = Records.with(HEK, "gtpHydrolysisRate", new Rate(0));
        assertEquals(HEK.rgsHydrolysisRate().perSecond() * HEK.rgsLevel(), rgsOnly.gtpasePerSecond());
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> Records.with(rgsOnly, "rgsLevel", 0.0));
        assertEquals("gtpHydrolysisRate", e.field());
    }

    /** Sources are copied sorted by field and cannot be changed afterwards, nor can the turnover states. */
    @Test
    void sourcesAreSortedAndImmutable() {
        Map<String, String> unsorted = new java.util.LinkedHashMap<>();
        unsorted.put("rgsLevel", "b");
        unsorted.put("grk23Level", "a");
        CellType c = Records.with(HEK, "sources", unsorted);
        unsorted.put("zzz", "changed after");
        assertEquals(List.of("grk23Level", "rgsLevel"), List.copyOf(c.sources().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> c.sources().put("x", "y"));
        assertThrows(UnsupportedOperationException.class, () -> c.turnoverStates().clear());
    }

    /** Every bundled cell type survives Java serialization unchanged (checkpoints of a running cell keep it). */
    @Test
    void serializesAndReadsBackEqual() throws IOException, ClassNotFoundException {
        for (CellType c : Library.bundled().cells()) {
            assertEquals(c, SerializedCopy.of(c), c.name());
        }
    }

    /** The named copies keep the cell valid: more receptors in the same cell keep its G-protein pool. */
    @Test
    void receptorsExpressedKeepThePool() {
        CellType fewer = HEK.withReceptorsExpressed(HEK.receptorCount() / 4);
        assertEquals(HEK.gProteinCount(), fewer.gProteinCount(), 1e-9 * HEK.gProteinCount());
        assertTrue(fewer.gProteinsPerReceptor() > HEK.gProteinsPerReceptor());
    }
}
