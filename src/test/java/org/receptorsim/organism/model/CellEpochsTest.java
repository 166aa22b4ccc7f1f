package org.receptorsim.organism.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.BooleanNode;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.receptorsim.organism.circuit.Circuit;
import org.receptorsim.organism.scenario.OrganismScenarioLoader;

/**
 * The transcriptional feedback on the cells' set points, measured on the cells: two 3-day morphine courses a week
 * apart, the second starting the cells afresh with the cyclase up-regulation ceiling the ΔFosB-like state raised.
 * The ablation (cellSetPointFeedback false) is the same arm under the same name, so both draw the same random
 * numbers: the first course is bit for bit the same, and the second differs only by the set point.
 */
class CellEpochsTest {

    static final int DOSES = 12;

    static final String SCENARIO = """
            drug: morphine-human
            duration: 13 d
            seed: 5
            cells: {perCircuit: 2, receptors: 1500}
            doses:
              - {route: bolus, at: 0 d, mg: 5, every: 6 h, times: 12}
              - {route: bolus, at: 10 d, mg: 5, every: 6 h, times: 12}
            """;

    static ArmSetup arm(boolean feedback) {
        ArmSetup a = new OrganismScenarioLoader().parse("epochs.yaml", SCENARIO).arms().get(0);
        ParameterSet p = a.parameters().with(Map.of("cellSetPointFeedback", BooleanNode.valueOf(feedback)), "test");
        return new ArmSetup(a.name(), a.description(), a.drug(), a.doses(), a.antagonist(), a.pgpInhibition(), a.brainClampMolar(),
                a.sessions(), p, a.circuits(), a.durationSeconds(), a.stepSeconds(), a.seed());
    }

    /** A dose after a week without drug starts a new epoch; the doses of a course do not. */
    @Test
    void aDoseAfterTheRestartGapStartsNewCells() {
        ArmSetup a = arm(true);
        int second = (int) Math.rint(10 * 86400 / a.stepSeconds());
        assertArrayEquals(new int[] {0, second}, CellEpochs.epochStarts(a));
    }

    /**
     * With the feedback the analgesia cells' cAMP lowering falls faster over the second course: below the ablated
     * course at every dose, by more as the course goes on; without it the second course repeats the first.
     */
    @Test
    void toleranceReturnsFasterInTheCellsOnlyWithTheFeedback() {
        OrganismRun on = OrganismSimulation.run(arm(true), 1);
        OrganismRun off = OrganismSimulation.run(arm(false), 1);
        int second = CellEpochs.epochStarts(arm(true))[1];
        String drive = Series.drive(Circuit.ANALGESIA);
        assertArrayEquals(Arrays.copyOf(on.get(drive), second + 1), Arrays.copyOf(off.get(drive), second + 1),
                "the first course does not depend on the switch");
        double gain = on.get(Series.gain(Circuit.ANALGESIA))[second];
        assertTrue(gain > 1.1, "the DeltaFosB-like state outlasts the week: gain " + gain);

        double[] firstCourse = peaks(on, drive, 0);
        double[] withFeedback = peaks(on, drive, DOSES);
        double[] ablated = peaks(off, drive, DOSES);
        // same receptors (same streams; the set point acts downstream of them): every dose is paired
        for (int k = 0; k < DOSES; k++) {
            assertTrue(withFeedback[k] < ablated[k], "dose " + (k + 1) + " of the second course: "
                    + withFeedback[k] + " with feedback, " + ablated[k] + " without");
        }
        double pairedFirstDose = withFeedback[0] / ablated[0];
        double pairedLate = mean(withFeedback, 4) / mean(ablated, 4);
        assertTrue(pairedLate < pairedFirstDose, "the gap grows over the course: first dose " + pairedFirstDose
                + ", doses 5-12 " + pairedLate);
        assertTrue(pairedLate < 0.97, "the raised ceiling costs at least 3 % of the response by doses 5-12: "
                + pairedLate);

        // without the feedback the second course repeats the first, within 3 SD of the per-dose noise (estimated
        // from the first course's dose-to-dose scatter over doses 5-12)
        double keptFirst = mean(firstCourse, 4) / firstCourse[0];
        double keptAblated = mean(ablated, 4) / ablated[0];
        double sd = sd(firstCourse, 4);
        double m = mean(firstCourse, 4);
        double sdKept = keptFirst * Math.sqrt(sd * sd / (m * m * (DOSES - 4)) + sd * sd / (firstCourse[0]
                * firstCourse[0]));
        assertEquals(keptFirst, keptAblated, 3 * Math.sqrt(2) * sdKept, "kept share without feedback");
    }

    /** The peak of a series after each of {@value #DOSES} doses from dose index {@code first}. */
    private static double[] peaks(OrganismRun r, String series, int first) {
        double[] v = r.get(series);
        double[] out = new double[DOSES];
        for (int k = 0; k < DOSES; k++) {
            int from = (int) Math.rint(r.doseTimesSeconds().get(first + k) / 300);
            int to = from + (int) Math.rint(6 * 3600 / 300.0);
            double m = Double.NEGATIVE_INFINITY;
            for (int n = from; n <= to; n++) {
                m = Math.max(m, v[n]);
            }
            out[k] = m;
        }
        return out;
    }

    /** Sample standard deviation of the entries from index {@code from} to the end. */
    private static double sd(double[] v, int from) {
        double m = mean(v, from);
        double s = 0;
        for (int i = from; i < v.length; i++) {
            s += (v[i] - m) * (v[i] - m);
        }
        return Math.sqrt(s / (v.length - from - 1));
    }

    /** Mean of the entries from index {@code from} to the end. */
    private static double mean(double[] v, int from) {
        double s = 0;
        for (int i = from; i < v.length; i++) {
            s += v[i];
        }
        return s / (v.length - from);
    }
}
