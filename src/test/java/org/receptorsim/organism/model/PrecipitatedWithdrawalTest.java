package org.receptorsim.organism.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.receptorsim.organism.circuit.Circuit;
import org.receptorsim.organism.scenario.OrganismScenario;
import org.receptorsim.organism.scenario.OrganismScenarioLoader;

/**
 * Naloxone given against morphine: a second ligand of the circuits' cells with its own pharmacokinetics. After two
 * days of morphine it takes the drug effect away within half an hour (precipitated withdrawal), unlike stopping; in a
 * drug-naive subject it does nothing.
 */
class PrecipitatedWithdrawalTest {

    static final String SCENARIO = """
            seed: 3
            drug: morphine-human
            doses: [{route: bolus, at: 0 h, mg: 5, every: 6 h, times: 8}]
            duration: 50 h
            cells: {perCircuit: 2, receptors: 800}
            arms:
              - name: stopped
              - name: naloxone
                antagonist: {drug: naloxone-human, doses: [{route: bolus, at: 44 h, mg: 2}]}
              - name: naive
                doses: []
                antagonist: {drug: naloxone-human, doses: [{route: bolus, at: 44 h, mg: 2}]}
            """;

    /** Grid index of a time in hours (5-min steps). */
    static int at(double hours) {
        return (int) Math.rint(hours * 12);
    }

    @Test
    void naloxoneTakesTheDrugEffectAwayAtOnceUnlikeStopping() {
        OrganismScenario s = new OrganismScenarioLoader().parse("nlx.yaml", SCENARIO);
        OrganismRun stopped = OrganismSimulation.run(s.arm("stopped"), 1);
        OrganismRun naloxone = OrganismSimulation.run(s.arm("naloxone"), 1);
        double[] antagonist = naloxone.get(Series.ANTAGONIST_BRAIN);
        assertEquals(0, antagonist[at(43.9)]);
        assertTrue(antagonist[at(44.5)] > 5, "naloxone reaches the brain within minutes: " + antagonist[at(44.5)]);
        for (double v : stopped.get(Series.ANTAGONIST_BRAIN)) {
            assertEquals(0, v);
        }

        String girk = Series.gProtein(Circuit.RESPIRATION);
        double before = naloxone.get(girk)[at(44)];
        assertTrue(before > 0.05, "morphine acts before naloxone: " + before);
        assertTrue(naloxone.get(girk)[at(44.5)] < 0.4 * before, "naloxone displaces morphine: "
                + naloxone.get(girk)[at(44.5)] + " after, " + before + " before");
        assertTrue(stopped.get(girk)[at(44.5)] > 0.8 * stopped.get(girk)[at(44)],
                "stopping leaves the morphine present acting");

        // the up-regulated cyclase of the pain pathway's cells is unmasked: cAMP above control at once
        double camp = naloxone.get(Series.camp(Circuit.ANALGESIA))[at(44.5)];
        assertTrue(camp > 1.05, "cAMP overshoot after naloxone: " + camp);
        assertTrue(stopped.get(Series.camp(Circuit.ANALGESIA))[at(44.5)] < 1, "no overshoot yet after stopping");
        double hedonicNaloxone = naloxone.get(Series.HEDONIC_STATE)[at(44.5)];
        double hedonicStopped = stopped.get(Series.HEDONIC_STATE)[at(44.5)];
        assertTrue(hedonicNaloxone < hedonicStopped - 0.05, "precipitated dysphoria " + hedonicNaloxone
                + ", after stopping " + hedonicStopped);
    }

    /** A neutral antagonist in a drug-naive subject: the cells rest and the organism does not move. */
    @Test
    void naloxoneAloneDoesNothing() {
        OrganismRun naive = OrganismSimulation.run(new OrganismScenarioLoader().parse("nlx.yaml", SCENARIO)
                .arm("naive"), 1);
        assertTrue(naive.get(Series.ANTAGONIST_BRAIN)[at(44.5)] > 5);
        for (Circuit c : Circuit.values()) {
            for (double v : naive.get(Series.gProtein(c))) {
                assertEquals(0, v, 0.02, c.key() + ": rests within the receptor-number noise of turnover");
            }
        }
        for (double v : naive.get(Series.HEDONIC_STATE)) {
            assertEquals(0, v, 0.02);
        }
    }
}
