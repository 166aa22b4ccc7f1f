package org.receptorsim.organism.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.receptorsim.organism.circuit.Circuit;
import org.receptorsim.organism.scenario.OrganismScenario;
import org.receptorsim.organism.scenario.OrganismScenarioLoader;

/**
 * One arm end to end on small cells: the organism outputs are the documented combinations of the cells' drug effects
 * and the slow states; brain circuits see the brain and the gut the plasma; results do not depend on threads.
 */
class OrganismSimulationTest {

    static final String SCENARIO = """
            drug: morphine-human
            duration: 1 d
            cells: {perCircuit: 1, receptors: 200}
            contexts: [{context: home, at: 0 h, duration: 6 h}, {context: clinic, at: 12 h, duration: 6 h}]
            arms:
              - name: dosed
                doses: [{route: bolus, at: 0 h, mg: 5}, {route: bolus, at: 12 h, mg: 5}]
              - name: clamped
                brainClamp: 5 nM
            """;

    static OrganismScenario scenario() {
        return new OrganismScenarioLoader().parse("sim.yaml", SCENARIO);
    }

    /** Net antinociception, pain threshold, ventilation, gut transit and the hedonic state follow their formulas. */
    @Test
    void outputsCombineTheCircuitsAsDocumented() {
        ArmSetup arm = scenario().arm("dosed");
        OrganismRun r = OrganismSimulation.run(arm, 1);
        double g = arm.parameters().get(OrganismParameter.VENTILATION_GAIN);
        for (int n = 0; n < r.timesSeconds().length; n++) {
            double net = r.get(Series.drive(Circuit.ANALGESIA))[n] - r.get(Series.PRONOCICEPTION)[n]
                    - r.get(Series.conditioned(Circuit.ANALGESIA))[n];
            assertEquals(net, r.get(Series.NET_ANTINOCICEPTION)[n], 1e-12);
            assertEquals(1 + net, r.get(Series.PAIN_THRESHOLD)[n], 1e-12);
            assertEquals(1 - g * (r.get(Series.drive(Circuit.RESPIRATION))[n]
                    - r.get(Series.conditioned(Circuit.RESPIRATION))[n]), r.get(Series.VENTILATION)[n], 1e-12);
            assertEquals(1 - r.get(Series.drive(Circuit.GUT))[n] + r.get(Series.conditioned(Circuit.GUT))[n],
                    r.get(Series.GUT_TRANSIT)[n], 1e-12);
            double h = -r.get(Series.ALLOSTATIC_LOAD)[n] + r.get(Series.drive(Circuit.REWARD))[n]
                    - r.get(Series.OPPONENT)[n] - r.get(Series.conditioned(Circuit.REWARD))[n];
            assertEquals(h, r.get(Series.HEDONIC_STATE)[n], 1e-12);
            assertEquals(1 - r.get(Series.camp(Circuit.ANALGESIA))[n],
                    r.get(Series.drive(Circuit.ANALGESIA))[n], 1e-12, "analgesia reads cAMP lowering");
            assertEquals(r.get(Series.gProtein(Circuit.RESPIRATION))[n], r.get(Series.drive(Circuit.RESPIRATION))[n]);
        }
        assertTrue(max(r.get(Series.BRAIN)) > 1, "the dose reaches the brain");
        assertTrue(max(r.get(Series.drive(Circuit.GUT))) > 0.2, "and the gut");
        assertEquals(1, r.get(Series.CONTEXT)[0]);
        assertEquals(0, r.get(Series.CONTEXT)[(int) (7 * 3600 / 300)]);
        assertEquals(2, r.get(Series.CONTEXT)[(int) (13 * 3600 / 300)]);
        assertEquals(2, r.doseTimesSeconds().size());
    }

    /** A brain clamp drives the brain circuits only: the gut's cells, outside the barrier, see no drug. */
    @Test
    void brainCircuitsSeeTheBrainAndTheGutThePlasma() {
        OrganismRun r = OrganismSimulation.run(scenario().arm("clamped"), 1);
        assertEquals(5, r.get(Series.BRAIN)[10], 1e-9);
        assertTrue(r.get(Series.gProtein(Circuit.RESPIRATION))[100] > 0.05);
        assertTrue(r.get(Series.gProtein(Circuit.REWARD))[100] > 0.05);
        for (double v : r.get(Series.gProtein(Circuit.GUT))) {
            assertEquals(0, v, 0.02, "no drug: the gut rests (within the receptor-number noise of turnover)");
        }
        assertEquals(0, max(r.get(Series.PLASMA)));
    }

    /** Two threads or none: the same numbers. */
    @Test
    void resultsDoNotDependOnThreads() {
        ArmSetup arm = scenario().arm("dosed");
        OrganismRun serial = OrganismSimulation.run(arm, 1);
        OrganismRun parallel = OrganismSimulation.run(arm, 2);
        for (String name : Series.names()) {
            assertArrayEquals(serial.get(name), parallel.get(name), name);
        }
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }
}
