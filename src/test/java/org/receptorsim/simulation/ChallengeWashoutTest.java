package org.receptorsim.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptorsim.analysis.ArmSummary;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;

/**
 * A challenge's washout time lets residual chronic agonist leave the copies before the test agonist is added. The
 * chronic agonist here is slow to dissociate (koff 0.005 /s) and never regulates the receptor (no GRK, no arrestin;
 * no adaptations), so after a long enough washout the cell is exactly a naive one and its curve must match the
 * naive curve; without washout time, the agonist still bound after the 3-min test (e^-0.9 = 41 %) inhibits the
 * control and flattens the curve.
 */
class ChallengeWashoutTest {

    private final ScenarioLoader loader = new ScenarioLoader(Library.bundled());

    private List<ArmSummary.ChallengeFit> fits(String washoutTime) {
        return fits(washoutTime, "cAMP");
    }

    private List<ArmSummary.ChallengeFit> fits(String washoutTime, String readout) {
        Scenario s = loader.parse("washout.yaml", """
                cell: HEK293-MOR
                cellOverrides: {receptorCount: 4000}
                ligands:
                  - {name: sticky, kd: 1 nM, koff: 0.005 /s, gProteinEfficacy: 1, grk23Efficacy: 0, grk5Efficacy: 0, arrestin3Efficacy: 0, arrestin2Efficacy: 0}
                  - {name: probe, kd: 2 nM, koff: 0.1 /s, gProteinEfficacy: 1, grk23Efficacy: 0, grk5Efficacy: 0, arrestin3Efficacy: 0, arrestin2Efficacy: 0}
                forskolin: true
                protocol: {bath: [{at: 0 s, set: {sticky: 100 nM}}]}
                adaptations: {cyclaseSuperactivation: false, downregulation: false}
                challenges: {ligand: probe, at: [0 s, 1 h], duration: 3 min, washoutTime: %s, readout: %s}
                duration: 1 h
                dt: 5 s
                outputInterval: 10 min
                engine: cohort
                """.formatted(washoutTime, readout));
        return ArmSummary.of(ScenarioRunner.run(s).get(0), s.ligands()).challenges();
    }

    /**
     * After 60 min of washout (e^-18 of the agonist left) the curve matches the naive one: EC50 within 10 % and Emax
     * within 3 points. The noise of 4,000 receptors moves a fitted EC50 by about 1-2 % (single-point SD of the
     * occupancy ~0.8 %, 13 points), so these bounds are several SDs wide.
     */
    @Test
    void washedCopiesRespondAsNaiveCells() {
        ArmSummary.ChallengeFit washed = fits("60 min").get(1);
        assertEquals(1.0, washed.ec50FoldShift(), 0.1, "EC50 shift after washout");
        assertEquals(0.0, washed.emaxLossPercent(), 3, "Emax loss after washout");
    }

    /** The G-protein readout takes its peak from the test only, not from residual agonist during the washout. */
    @Test
    void gProteinPeakIsReadAfterTheWashout() {
        ArmSummary.ChallengeFit washed = fits("60 min", "gProtein").get(1);
        assertEquals(1.0, washed.ec50FoldShift(), 0.1, "EC50 shift after washout");
        assertEquals(0.0, washed.emaxLossPercent(), 3, "Emax loss after washout");
    }

    @Test
    void withoutWashoutTimeResidualAgonistFlattensTheCurve() {
        ArmSummary.ChallengeFit unwashed = fits("0 s").get(1);
        assertTrue(unwashed.emaxLossPercent() > 30, "residual agonist takes the control down: Emax loss "
                + unwashed.emaxLossPercent() + " %");
    }
}
