package org.receptorsim.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A challenge experiment on a running cell: a concentration–response to each test agonist, measured on copies of the
 * cell's current state ({@link CellSimulation#copyNow}), one copy per agonist and concentration and one shared copy
 * without test agonist as the control, each with its own named random stream; after an optional washout (copies held
 * drug-free) the test agonist is added to what the bath held (or to nothing after a washout). The cell itself only
 * steps; this class holds the experiment.
 */
final class ChallengeExperiment {

    private ChallengeExperiment() {
    }

    /**
     * The curves of challenge {@code k} of a plan, measured on copies of {@code cell} now.
     *
     * @return one curve per test agonist of the plan, responses in percent
     */
    static List<ChallengeCurve> measure(CellSimulation cell, ChallengePlan plan, int k) {
        double[] held = cell.concentrationsNow();
        List<org.receptorsim.pharmacology.Ligand> ligands = cell.space().ligands();
        double control = value(cell, plan, held, -1, 0, "challenge-" + k + "-" + -1);
        List<ChallengeCurve> curves = new ArrayList<>();
        for (int j = 0; j < plan.ligandIndices().length; j++) {
            int ligand = plan.ligandIndices()[j];
            double[] conc = plan.concentrationsMolar()[j];
            double[] responses = new double[conc.length];
            String prefix = j == 0 ? "challenge-" + k + "-" : "challenge-" + k + "-" + ligands.get(ligand).name() + "-";
            for (int i = 0; i < conc.length; i++) {
                double value = value(cell, plan, held, ligand, conc[i], prefix + i);
                responses[i] = switch (plan.readout()) {
                    case CAMP -> 100 * (1 - value / control);
                    case CAMP_LEVEL -> 100 * (1 - value); // cAMP readout is relative to the naive control
                    case G_PROTEIN -> 100 * (value - control);
                };
            }
            curves.add(new ChallengeCurve(cell.timeSeconds(), ligands.get(ligand).name(), conc, responses,
                    plan.readout()));
        }
        return curves;
    }

    /**
     * The readout of one copy given {@code molar} of test agonist {@code ligand} (-1: the control): the peak G-protein
     * activation after the washout, or the cAMP level at the end.
     */
    private static double value(CellSimulation cell, ChallengePlan plan, double[] held, int ligand, double molar,
                                String stream) {
        double[] before = plan.washout() ? new double[held.length] : held.clone();
        double[] test = before.clone();
        if (ligand >= 0) {
            test[ligand] += molar;
        }
        double wash = plan.washoutSeconds();
        CellSetup copySetup = cell.setup().forChallenge((t, out) -> {
            double[] c = t < wash ? before : test;
            System.arraycopy(c, 0, out, 0, c.length);
        }, wash + plan.durationSeconds());
        List<CellSnapshot> trace = cell.copyNow(copySetup, stream).run();
        return plan.readout() == ChallengePlan.Readout.G_PROTEIN
                ? trace.stream().filter(s -> s.timeSeconds() > wash).mapToDouble(s -> s.readouts().gProteinActiveFraction()).max()
                        .orElse(0)
                : trace.get(trace.size() - 1).readouts().cAMPRelative();
    }
}
