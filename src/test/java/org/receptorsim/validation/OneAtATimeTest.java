package org.receptorsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptorsim.scenario.Library;

/**
 * One-at-a-time sensitivity changes the library and nothing else: on target 1 with two fitted values it gives
 * exactly the rows of the suite run on scenario files edited by hand to carry the same values.
 */
class OneAtATimeTest {

    private static final String ARRESTIN = "cells.HEK293-MOR.arrestin3BindingRate";
    private static final String MORPHINE = "ligands.morphine.grk23Efficacy";
    private static final String V1 = "v1-acute-desensitization";

    private static List<ValidationRow> suite(Path dir) {
        return new ValidationSuite(dir, 1, 1, Library.bundled()).run(Set.of("1"));
    }

    /** The rows with a value changed through the library equal those with the value written into the scenario. */
    @Test
    void libraryChangeGivesTheRowsOfAHandEditedScenario(@TempDir Path tmp) throws Exception {
        Library library = Library.bundled();
        List<SensitivityParameter> parameters = List.of(SensitivityParameter.of(library, ARRESTIN, 0.5, 2),
                SensitivityParameter.of(library, MORPHINE, 0.5, 2));
        List<ValidationRow> baseline = suite(ScenarioFiles.VALIDATION);
        List<OneAtATime.Row> rows = OneAtATime.run(library, parameters, OneAtATime.FACTORS, baseline,
                new SuiteRuns(ScenarioFiles.VALIDATION, 1, 2, Set.of("1"), line -> { }));
        assertEquals(2 * 2 * baseline.size(), rows.size());
        // v1 runs on CNS-neuron, which takes arrestin3BindingRate (0.006 /s) from HEK293-MOR unchanged
        String[][] hand = {
            {"0.5", ARRESTIN, "cell: CNS-neuron", "cell: CNS-neuron\ncellOverrides: {arrestin3BindingRate: 0.003 /s}"},
            {"2", ARRESTIN, "cell: CNS-neuron", "cell: CNS-neuron\ncellOverrides: {arrestin3BindingRate: 0.012 /s}"},
            {"0.5", MORPHINE, " morphine,", " {name: morphine, grk23Efficacy: 0.01},"},
            {"2", MORPHINE, " morphine,", " {name: morphine, grk23Efficacy: 0.04},"}};
        for (String[] h : hand) {
            Path dir = tmp.resolve(h[1] + "-x" + h[0]);
            java.nio.file.Files.createDirectories(dir);
            ScenarioFiles.copyChanged(dir, V1, h[2], h[3]);
            List<ValidationRow> expected = suite(dir);
            double factor = Double.parseDouble(h[0]);
            List<OneAtATime.Row> mine = rows.stream()
                    .filter(r -> r.parameter().equals(h[1]) && r.factor() == factor).toList();
            assertEquals(expected.size(), mine.size());
            boolean moved = false;
            for (int i = 0; i < expected.size(); i++) {
                OneAtATime.Row r = mine.get(i);
                assertEquals(expected.get(i).key(), r.key());
                assertEquals(expected.get(i).simulated(), r.value(), 0, r.key());
                assertEquals(expected.get(i).pass(), r.pass(), r.key());
                assertEquals(baseline.get(i).simulated(), r.baseline(), 0, r.key());
                assertEquals(factor, r.appliedFactor());
                moved |= r.value() != r.baseline();
            }
            assertTrue(moved, h[1] + " x" + h[0] + " changes some quantity of target 1");
        }
    }

    /** A value whose doubling the library refuses is varied up to the edge of its range instead. */
    @Test
    void factorRangeIsCutWhereTheLibraryRefusesTheValue() {
        Library library = Library.bundled();
        SensitivityParameter coupling = SensitivityParameter.of(library, "cells.HEK293-MOR.phosphorylatedCoupling",
                0.5, 2);
        assertEquals(0.5, coupling.lowFactor());
        assertEquals(1.0, (Double) coupling.value(library, coupling.highFactor()), 1e-9, "coupling cannot exceed 1");
        coupling.apply(library, coupling.highFactor());
        SensitivityParameter rate = SensitivityParameter.of(library, ARRESTIN, 0.5, 2);
        assertEquals(2.0, rate.highFactor());
        assertEquals(0.012, ((org.receptorsim.units.Rate) rate.value(library, 2)).perSecond(), 1e-15);
        assertEquals(1.0, rate.factorAt(0.5), 1e-12, "the middle of a x0.5..x2 log range is x1");
        assertEquals(0.5, rate.factorAt(0), 0);
        assertEquals(2.0, rate.factorAt(1), 1e-15);
    }
}
