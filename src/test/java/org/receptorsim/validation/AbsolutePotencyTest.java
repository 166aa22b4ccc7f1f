package org.receptorsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptorsim.scenario.Library;

/** Absolute potencies: the cAMP assay rows in HEK293-MOR, and the first challenge's potency against its band. */
class AbsolutePotencyTest {

    /** The fitted morphine Emax passes (a training quantity); both IC50s are measured and marked predictions. */
    @Test
    void assayRowsMeasureIc50sAndMorphineEmax() {
        List<ValidationRow> rows = AbsolutePotency.assayRows(Library.bundled(), 1, 2);
        assertEquals(3, rows.size());
        for (ValidationRow r : rows.subList(0, 2)) {
            assertEquals(ValidationRow.Role.PREDICTED, r.role());
            assertEquals("nM", r.unit());
            assertTrue(r.simulated() > 0 && r.simulated() < 1000, r.quantity() + " = " + r.simulated());
        }
        ValidationRow emax = rows.get(2);
        assertEquals(ValidationRow.Role.FITTED, emax.role());
        assertTrue(emax.pass(), "morphine Emax " + emax.simulated() + " % vs " + emax.literature());
    }

    /** A first-challenge potency within 3x of the literature passes, one beyond fails; other arms give no row. */
    @Test
    void firstChallengeJudgedWithinThreeFold() {
        ChallengeReading inside = reading("v4-tolerance", "main", 4e-9);
        ChallengeReading outside = reading("v9-tissue", "CNS", 0.1e-9);
        ChallengeReading other = reading("v7-arrestin-knockout", "fentanyl-KO", 4e-9);
        List<ValidationRow> rows = AbsolutePotency.firstChallengeRows(List.of(inside, outside, other));
        assertEquals(2, rows.size());
        assertEquals(4.0, rows.get(0).simulated(), 1e-9);
        assertTrue(rows.get(0).pass());
        assertTrue(rows.get(0).quantity().startsWith("HEK293-MOR (target 4): DAMGO EC50"), rows.get(0).quantity());
        assertFalse(rows.get(1).pass(), "0.1 nM is 43x below 4.3 nM");
        assertTrue(rows.stream().allMatch(r -> r.role() == ValidationRow.Role.PREDICTED));
    }

    private static ChallengeReading reading(String scenario, String arm, double firstMolar) {
        return new ChallengeReading("4", scenario, arm, "DAMGO", "EC50", 24, 10, 2, 0, 5, 0, firstMolar, 0, null);
    }
}
