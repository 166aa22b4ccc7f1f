package org.receptorsim.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.receptorsim.assay.Pathway;
import org.receptorsim.scenario.ScenarioException;

/**
 * The tidy data file: columns in any order, units on concentrations and times, optional SEM and replicate; every
 * error located at the line and column of the field at fault with what was expected.
 */
class DataFileTest {

    static final String HEADER = "assay,ligand,concentration,time,response\n";

    @Test
    void readsRowsWithUnitsInAnyColumnOrder() {
        List<Observation> rows = DataFile.parse("d.csv", """
                ligand,time,assay,response,concentration,sem,replicate
                X,10 min,gProtein,12.5,3 nM,0.5,0

                "X",300 s,cAMP,-1e0,1 uM,1,2
                """);
        assertEquals(2, rows.size());
        Observation a = rows.get(0);
        assertEquals(Pathway.G_PROTEIN, a.assay());
        assertEquals(3e-9, a.molar(), 1e-21);
        assertEquals(600, a.seconds());
        assertEquals(12.5, a.response());
        assertEquals(0.5, a.sem());
        assertEquals(2, a.line());
        Observation b = rows.get(1);
        assertEquals(Pathway.CAMP, b.assay());
        assertEquals(4, b.line(), "blank lines are skipped but counted");
        assertEquals(2, b.replicate());
        assertTrue(Double.isNaN(DataFile.parse("d.csv", HEADER + "arrestin,X,1 nM,1 h,3\n").get(0).sem()));
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of(HEADER + "gProtein,X,10,10 min,5\n", "d.csv:2:12: concentration: expected a concentration"),
                Arguments.of(HEADER + "gProtein,X,10 nM,10 min,five\n", "d.csv:2:25: response: expected a number"),
                Arguments.of(HEADER + "gProtein,X,10 nM,10 min,5\ngtp,X,10 nM,10 min,5\n",
                        "d.csv:3:1: assay: expected one of [gProtein, cAMP, arrestin, internalization], got 'gtp'"),
                Arguments.of(HEADER + "gProtein,X,10 nM,0.5 s,5\n", "d.csv:2:18: time: expected a read time of whole"),
                Arguments.of(HEADER + "gProtein,X,10 nM,10 min\n", "d.csv:2:1: expected 5 fields as in the header, got 4"),
                Arguments.of("assay,ligand,concentration,time\n", "d.csv:1:1: header: missing column 'response'"),
                Arguments.of("assay,ligand,conc,time,response\n", "d.csv:1:14: header: unknown column 'conc'"),
                Arguments.of(HEADER, "d.csv:2:1: expected at least one row of data"),
                Arguments.of("", "d.csv:1:1: expected a header line"),
                Arguments.of(HEADER.replace("\n", ",sem\n") + "gProtein,X,10 nM,10 min,5,\n",
                        "d.csv:2:27: sem: expected a standard error > 0"),
                Arguments.of(HEADER + "gProtein,X,0 nM,10 min,5\n", "d.csv:2:12: concentration: expected a concentration > 0"),
                Arguments.of(HEADER + "gProtein,X,\"10 nM,10 min,5\n", "d.csv:3:1: not valid CSV: missing closing quote"));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void badFilesNameLineColumnAndField(String text, String expected) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> DataFile.parse("d.csv", text));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }
}
