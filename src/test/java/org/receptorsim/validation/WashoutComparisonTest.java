package org.receptorsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptorsim.scenario.Library;

/** The 60-min washout variant is the scenario with only its challenges' hold changed. */
class WashoutComparisonTest {

    /** Target 4 after a 60-min hold equals the suite run on v4 with washoutTime: 60 min written by hand. */
    @Test
    void longHoldEqualsTheHandEditedScenario(@TempDir Path tmp) throws Exception {
        ValidationSuite base = new ValidationSuite(ScenarioFiles.VALIDATION, 1, 1, Library.bundled());
        List<ValidationRow> rows = base.run(Set.of("4"));
        WashoutComparison.Result result = WashoutComparison.run(Library.bundled(),
                new SuiteRuns.Outcome(rows, base.challengeReadings()), base.challengeQuantities(),
                new SuiteRuns(ScenarioFiles.VALIDATION, 1, 1, Set.of("4"), line -> { }));
        ScenarioFiles.copyChanged(tmp, "v4-tolerance", "washoutTime: 10 min", "washoutTime: 60 min");
        ValidationSuite hand = new ValidationSuite(tmp, 1, 1, Library.bundled());
        List<ValidationRow> expected = hand.run(Set.of("4"));
        assertEquals(expected.size(), result.quantities().size(), "both quantities of target 4 are shifts");
        for (int i = 0; i < expected.size(); i++) {
            WashoutComparison.Pair p = result.quantities().get(i);
            assertEquals(rows.get(i), p.shortHold());
            assertEquals(10, p.shortMinutes(), 0);
            assertEquals(expected.get(i), p.longHold());
        }
        assertEquals(hand.challengeReadings(), result.curves().stream().map(WashoutComparison.CurvePair::longHold)
                .toList());
        ChallengeReading at24 = result.curves().get(1).shortHold();
        assertEquals(60, result.curves().get(1).longHold().washoutMinutes(), 0);
        assertNotEquals(at24.foldShift(), result.curves().get(1).longHold().foldShift());
        assertTrue(Double.isFinite(at24.emaxLossPercent()) && at24.firstPotencyMolar() > 0);
        assertTrue(Files.exists(tmp.resolve("v4-tolerance.yaml")));
    }
}
