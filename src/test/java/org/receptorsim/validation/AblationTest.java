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

/**
 * The ablation switches a mechanism off exactly as a scenario does: its value of each quantity is the one of the
 * scenario run with that adaptation off (or with the arrestin levels 0) written by hand.
 */
class AblationTest {

    private static final String V4 = "v4-tolerance";

    private static ValidationSuite suite(Path dir) {
        return new ValidationSuite(dir, 1, 1, Library.bundled());
    }

    /** Long-lived desensitization off and arrestins removed reproduce the hand-edited scenario's target 4. */
    @Test
    void mechanismOffReproducesTheScenarioWithItOff(@TempDir Path tmp) throws Exception {
        ValidationSuite base = suite(ScenarioFiles.VALIDATION);
        List<ValidationRow> baseline = base.run(Set.of("4"));
        SuiteRuns.Outcome outcome = new SuiteRuns.Outcome(baseline, base.challengeReadings());
        List<Ablation.Mechanism> mechanisms = List.of(Ablation.Mechanism.LONG_LIVED_DESENSITIZATION,
                Ablation.Mechanism.ARRESTINS);
        List<Ablation.Row> rows = Ablation.run(Library.bundled(), mechanisms, outcome,
                new SuiteRuns(ScenarioFiles.VALIDATION, 1, 2, Set.of("4"), line -> { }));
        String[][] hand = {
            {"LONG_LIVED_DESENSITIZATION", "cell: HEK293-MOR",
                "cell: HEK293-MOR\nadaptations: {longLivedDesensitization: false}"},
            {"ARRESTINS", "cell: HEK293-MOR",
                "cell: HEK293-MOR\ncellOverrides: {arrestin3Level: 0, arrestin2Level: 0}"}};
        for (String[] h : hand) {
            Path dir = tmp.resolve(h[0]);
            Files.createDirectories(dir);
            ScenarioFiles.copyChanged(dir, V4, h[1], h[2]);
            ValidationSuite off = suite(dir);
            List<ValidationRow> expected = off.run(Set.of("4"));
            Ablation.Mechanism m = Ablation.Mechanism.valueOf(h[0]);
            List<Ablation.Row> mine = rows.stream().filter(r -> r.mechanism() == m).toList();
            // the two quantities of target 4, then its two challenge curves (12 h, 24 h)
            assertEquals(expected.size() + off.challengeReadings().size(), mine.size());
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i).quantity(), mine.get(i).quantity());
                assertEquals(expected.get(i).simulated(), mine.get(i).without(), 0, mine.get(i).quantity());
                assertEquals(baseline.get(i).simulated(), mine.get(i).withAll(), 0);
            }
            for (int i = 0; i < off.challengeReadings().size(); i++) {
                assertEquals(off.challengeReadings().get(i).foldShift(), mine.get(expected.size() + i).without(), 0);
            }
            Ablation.Row shift = mine.get(0);
            assertNotEquals(shift.withAll(), shift.without(), m + " changes the EC50 shift");
            assertEquals(1 - Math.log(shift.without()) / Math.log(shift.withAll()), shift.share(), 1e-12);
        }
    }

    /** Shares: log scale for folds, deficit below 100 % for recovery, none for ratios. */
    @Test
    void sharesAreMeasuredFromTheNoEffectValue() {
        assertEquals(0.5, Ablation.Scale.of("fold", "x").share(4, 2), 1e-12);
        assertEquals(1.0, Ablation.Scale.of("x control", "x").share(2.5, 1), 1e-12);
        assertEquals(-1.0, Ablation.Scale.of("fold", "x").share(2, 4), 1e-12, "tolerance grows without it");
        assertEquals(0.75, Ablation.Scale.of("%", "recovery, % of naive response").share(80, 95), 1e-12);
        assertTrue(Double.isNaN(Ablation.Scale.of("ratio", "x").share(0.5, 0.2)));
        assertTrue(Double.isNaN(Ablation.Scale.of("fold", "x").share(1, 2)), "no effect to share");
    }
}
