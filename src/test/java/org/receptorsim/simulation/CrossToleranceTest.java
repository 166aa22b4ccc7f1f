package org.receptorsim.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptorsim.metrics.ToleranceMetrics;
import org.receptorsim.model.ArmResult;
import org.receptorsim.model.ChallengeCurve;
import org.receptorsim.model.ReceptorState;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;

/**
 * Challenges with several test agonists (cross-tolerance) and the irreversible antagonist, run on the agents.
 */
class CrossToleranceTest {

    private final ScenarioLoader loader = new ScenarioLoader(Library.bundled());

    private static final String CHRONIC = """
            cell: HEK293-MOR
            cellOverrides: {receptorCount: 1000}
            ligands: [morphine, DAMGO, fentanyl]
            protocol: {bath: [{at: 0 s, set: {morphine: 1 uM}}]}
            challenges: {%s, at: [0 h, 6 h], duration: 3 min, washoutTime: 5 min}
            duration: 6 h
            dt: 5 s
            outputInterval: 30 min
            engine: cohort
            """;

    /**
     * Several test agonists are measured on copies of the same state: the primary one's curves are exactly those of a
     * plan that lists it alone (same copies, same streams), the others come with their own curves and shifts, each
     * against its own first curve, reported as cross-tolerance.
     */
    @Test
    void everyTestAgonistIsMeasuredOnTheSameCopiesAndComparedWithItself() {
        ArmResult alone = ScenarioRunner.run(loader.parse("alone.yaml", CHRONIC.formatted("ligand: DAMGO"))).get(0);
        Scenario both = loader.parse("both.yaml", CHRONIC.formatted("ligands: [DAMGO, fentanyl]"));
        ArmResult cross = ScenarioRunner.run(both).get(0);
        List<ChallengeCurve> damgo = cross.challengeCurves().stream().filter(c -> c.ligand().equals("DAMGO")).toList();
        List<ChallengeCurve> fentanyl = cross.challengeCurves().stream().filter(c -> c.ligand().equals("fentanyl"))
                .toList();
        assertEquals(2, damgo.size());
        assertEquals(2, fentanyl.size());
        for (int k = 0; k < 2; k++) {
            assertArrayEquals(alone.challengeCurves().get(k).responses(), damgo.get(k).responses(), 0,
                    "the primary agonist's curve does not depend on what else is tested");
        }
        ToleranceMetrics m = ToleranceMetrics.of(cross, both.ligands());
        assertEquals(2, m.challenges().size(), "the primary agonist's shifts are the arm's tolerance");
        assertTrue(m.challenges().stream().allMatch(c -> c.ligand().equals("DAMGO")));
        assertEquals(2, m.crossTolerance().size());
        assertEquals(1.0, m.crossTolerance().get(0).ec50FoldShift(), 1e-12, "fentanyl's own first curve");
        assertTrue(Double.isFinite(m.crossTolerance().get(1).ec50FoldShift()), "fentanyl measured at 6 h");
    }

    /** β-FNA alkylates receptors at kon·C: after 30 min at 1 µM a fraction 1 − e^(−kon·C·t) is held for good. */
    @Test
    void irreversibleAntagonistAlkylatesTheExpectedShareAndNeverLeaves() {
        Scenario s = loader.parse("bfna.yaml", """
                cell: HEK293-MOR
                cellOverrides: {receptorCount: 4000, basalTurnoverRate: 0 /s}
                ligands: [beta-FNA]
                protocol: {bath: [{at: 0 s, set: {beta-FNA: 1 uM}}, {at: 30 min, washout: true}]}
                duration: 90 min
                dt: 1 s
                outputInterval: 5 min
                engine: cohort
                """);
        ArmResult r = ScenarioRunner.run(s).get(0);
        double kon = Library.bundled().ligand("beta-FNA").orElseThrow().associationPerMolarPerSecond();
        double p = 1 - Math.exp(-kon * 1e-6 * 1800);
        double sd = Math.sqrt(4000 * p * (1 - p));
        int held = r.chainStateLabels().indexOf("OCCUPIED(beta-FNA)");
        long atWashout = r.snapshots().get(6).chainCounts()[held];
        long hourLater = r.snapshots().get(r.snapshots().size() - 1).chainCounts()[held];
        assertEquals(4000 * p, atWashout, 4.5 * sd, "alkylated at 30 min");
        assertEquals(atWashout, hourLater, "an irreversible ligand never leaves (no turnover here)");
        var end = r.snapshots().get(r.snapshots().size() - 1);
        assertEquals(4000 - atWashout, end.chainCounts()[r.chainStateLabels().indexOf("RESTING")],
                "the rest stay free");
        assertEquals(4000, end.count(ReceptorState.RESTING), "alkylated receptors rest: an antagonist activates nothing");
    }
}
