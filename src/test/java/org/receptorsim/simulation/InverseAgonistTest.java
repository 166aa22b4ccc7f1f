package org.receptorsim.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptorsim.analysis.Curves;
import org.receptorsim.model.ArmResult;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;

/**
 * Constitutive activity and its ligands, run on the agents: an inverse agonist (negative G-protein efficacy) lowers
 * the basal G-protein activity below the drug-free level and raises cAMP above control; a neutral antagonist
 * (naloxone) leaves both where they are.
 */
class InverseAgonistTest {

    @Test
    void inverseAgonistLowersBasalSignalAndNeutralAntagonistDoesNot() {
        Scenario s = new ScenarioLoader(Library.bundled()).parse("inverse.yaml", """
                cell: HEK293-MOR
                cellOverrides: {receptorCount: 2000}
                ligands: [RTI-5989-25, naloxone]
                arms:
                  - name: inverse
                    protocol: {bath: [{at: 1 min, set: {RTI-5989-25: 1 uM}}]}
                  - name: neutral
                    protocol: {bath: [{at: 1 min, set: {naloxone: 10 uM}}]}
                duration: 10 min
                dt: 1 s
                outputInterval: 30 s
                """);
        List<ArmResult> r = ScenarioRunner.run(s);
        for (ArmResult a : r) {
            double basalG = a.snapshots().get(0).readouts().gProteinActiveFraction();
            assertTrue(basalG > 0, "constitutive activity gives a basal G-protein activity");
            double gEnd = Curves.valueAt(a.snapshots(), x -> x.readouts().gProteinActiveFraction(), 600);
            double campEnd = Curves.valueAt(a.snapshots(), x -> x.readouts().cAMPRelative(), 600);
            if (a.arm().equals("inverse")) {
                assertTrue(gEnd < 0.2 * basalG, "inverse agonist silences the receptors: " + gEnd + " vs " + basalG);
                assertTrue(campEnd > 1.01, "cAMP rises above control: " + campEnd);
            } else {
                // the constitutive activity follows the receptor number, which turnover moves by ~0.2 % in 10 min
                assertEquals(basalG, gEnd, 0.01 * basalG, "a neutral antagonist keeps the constitutive activity");
                assertEquals(1.0, campEnd, 0.01);
            }
        }
    }
}
