package org.receptorsim.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.receptorsim.analysis.ArmSummary;
import org.receptorsim.analysis.Curves;
import org.receptorsim.model.ArmResult;
import org.receptorsim.model.CellSnapshot;
import org.receptorsim.model.ReceptorState;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;
import org.receptorsim.signaling.CyclaseCascade;

/**
 * Each slow adaptation, switched on alone, reproduces its defining property when the receptor agents are run, and
 * switching it off removes it. Values are read off the simulated curves.
 */
class EmergentAdaptationsTest {

    private static final double HOUR = 3600;
    private final ScenarioLoader loader = new ScenarioLoader(Library.bundled());

    private static ToDoubleFunction<CellSnapshot> readout(ArmResult r, String name) {
        int i = r.readoutNames().indexOf(name);
        return s -> s.readouts()[i];
    }

    private ArmResult arm(List<ArmResult> results, String name) {
        return results.stream().filter(r -> r.arm().equals(name)).findFirst().orElseThrow();
    }

    /**
     * Superactivation: after 12 h morphine, washout into naloxone leaves cAMP overshooting to U × control; without
     * superactivation, none.
     */
    @Test
    void cyclaseSuperactivationGivesAWithdrawalOvershoot() {
        Scenario s = loader.parse("superactivation.yaml", """
                cell: HEK293-MOR
                cellOverrides: {receptorCount: 2000}
                ligands: [morphine, naloxone]
                forskolin: true
                protocol: {bath: [{at: 0 s, set: {morphine: 1 uM}}, {at: 12 h, washout: true, set: {naloxone: 10 uM}}]}
                adaptations: {cyclaseSuperactivation: true}
                arms:
                  - name: with
                  - name: without
                    adaptations: {cyclaseSuperactivation: false}
                duration: 14 h
                dt: 5 s
                outputInterval: 1 min
                """);
        List<ArmResult> results = ScenarioRunner.run(s);
        ArmResult on = arm(results, "with");
        double u = Curves.valueAt(on.snapshots(), readout(on, CyclaseCascade.CYCLASE_UPREGULATION), 12 * HOUR);
        double peak = Curves.maxBetween(on.snapshots(), readout(on, CyclaseCascade.CAMP_RELATIVE), 12 * HOUR,
                14 * HOUR);
        assertTrue(u > 1.05, "cyclase up-regulated: U = " + u);
        assertTrue(peak > 1 + 0.8 * (u - 1), "overshoot " + peak + " vs U " + u);
        ArmResult off = arm(results, "without");
        double peakOff = Curves.maxBetween(off.snapshots(), readout(off, CyclaseCascade.CAMP_RELATIVE), 12 * HOUR,
                14 * HOUR);
        assertTrue(peakOff <= 1.0 + 1e-9, "no overshoot without superactivation: " + peakOff);
    }

    /**
     * Mediator feedback: with receptor regulation absent (a ligand without GRK/arrestin efficacy), the simulated
     * tolerance ratio r = E/G at steady state equals the root of β'·G·r² + r − 1 = 0. The tolerance is 5 standard
     * errors of the batch means of r over the last 4 h (false failure &lt; 1e-6 for near-normal batch means) plus
     * the first-order bias of holding E over a step (k_c·dt).
     */
    @Test
    void mediatorFeedbackToleranceRatioMatchesItsSteadyState() {
        Scenario s = loader.parse("mediator.yaml", """
                cell: HEK293-MOR
                cellOverrides: {receptorCount: 5000}
                ligands:
                  - name: unregulated-agonist
                    kd: 2 nM
                    koff: 0.015 /s
                    gProteinEfficacy: 0.05
                    grkEfficacy: 0
                    arrestinEfficacy: 0
                protocol: {bath: [{at: 0 s, set: {unregulated-agonist: 10 nM}}]}
                adaptations: {mediatorFeedback: true, cyclaseSuperactivation: false}
                duration: 36 h
                dt: 10 s
                outputInterval: 1 min
                """);
        ArmResult r = ScenarioRunner.run(s).get(0);
        ToDoubleFunction<CellSnapshot> g = readout(r, CyclaseCascade.G_PROTEIN_ACTIVATION);
        ToDoubleFunction<CellSnapshot> e = readout(r, CyclaseCascade.EFFECT);
        List<CellSnapshot> window = r.snapshots().stream().filter(x -> x.timeSeconds() > 32 * HOUR).toList();
        int batches = 8;
        int per = window.size() / batches;
        double[] ratio = new double[batches];
        double gMean = 0;
        for (int b = 0; b < batches; b++) {
            double sg = 0;
            double se = 0;
            for (int i = b * per; i < (b + 1) * per; i++) {
                sg += g.applyAsDouble(window.get(i));
                se += e.applyAsDouble(window.get(i));
            }
            ratio[b] = se / sg;
            gMean += sg / per / batches;
        }
        double mean = java.util.Arrays.stream(ratio).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(ratio).map(x -> (x - mean) * (x - mean)).sum() / (batches - 1));
        double expected = CyclaseCascade.mediatorSteadyStateRatio(gMean, 2.0, 1e-4, 1e-4);
        assertTrue(expected < 0.8, "the mediator gives real tolerance: r = " + expected);
        assertEquals(expected, mean, 5 * sd / Math.sqrt(batches) + 1e-4 * 10);
    }

    /** Downregulation: sustained DAMGO lowers the total receptor number; with sorting to the lysosome off, it does not. */
    @Test
    void downregulationLowersTotalReceptorsUnderChronicHighEfficacyAgonist() {
        Scenario s = loader.parse("downregulation.yaml", """
                cell: HEK293-MOR
                cellOverrides: {receptorCount: 3000}
                ligands: [DAMGO]
                protocol: {bath: [{at: 0 s, set: {DAMGO: 1 uM}}]}
                arms:
                  - name: with
                  - name: without
                    adaptations: {downregulation: false}
                duration: 12 h
                dt: 5 s
                outputInterval: 10 min
                """);
        List<ArmResult> results = ScenarioRunner.run(s);
        ArmSummary on = ArmSummary.of(arm(results, "with"), s.ligands());
        ArmSummary off = ArmSummary.of(arm(results, "without"), s.ligands());
        assertTrue(on.receptorsAtEnd() < 0.8 * on.receptorsAtStart(), "receptors lost: " + on.receptorsAtEnd());
        // without endosomal sorting only basal turnover acts: synthesis balances it, Poisson(3000) ± 5 sd
        assertTrue(Math.abs(off.receptorsAtEnd() - off.receptorsAtStart()) < 5 * Math.sqrt(3000),
                "no net loss without downregulation: " + off.receptorsAtEnd());
    }

    /**
     * Depletion: with receptors that cannot desensitize, an indirect agonist's response fades under constant drug and
     * returns after a drug-free interval; with the pool held full it does not fade.
     */
    @Test
    void mediatorDepletionFadesAndRecovers() {
        Scenario s = loader.load(Path.of("scenarios/mediator-depletion.yaml"));
        List<ArmResult> results = ScenarioRunner.run(s);
        ArmResult depleting = arm(results, "depleting pool");
        ArmSummary sum = ArmSummary.of(depleting, s.ligands());
        ArmSummary full = ArmSummary.of(arm(results, "pool held full"), s.ligands());
        assertEquals(2, sum.episodes().size());
        assertTrue(sum.episodes().get(0).desensitizationPercent() > 50, "fades: " + sum.episodes().get(0));
        assertTrue(sum.episodes().get(1).peakRelativeToFirstPercent() > 80, "returns: " + sum.episodes().get(1));
        assertTrue(full.episodes().get(0).desensitizationPercent() < 5, "no fade with a full pool: " + full);
        double poolLow = Curves.valueAt(depleting.snapshots(), readout(depleting, "transmitterPool"), 20 * 60);
        assertTrue(poolLow < 0.2, "the pool is what ran out: " + poolLow);
    }

    /** After washout every receptor leaves the agonist-bound states: no agent is left behind unstepped. */
    @Test
    void everyReceptorReturnsAfterWashout() {
        Scenario s = loader.parse("washout.yaml", """
                cell: CNS-neuron
                ligands: [DAMGO]
                protocol: {bath: [{at: 0 s, set: {DAMGO: 1 uM}}, {at: 30 min, washout: true}]}
                duration: 5 h
                dt: 2 s
                outputInterval: 10 min
                """);
        CellSnapshot end = ScenarioRunner.run(s).get(0).snapshots().get((int) (5 * 6));
        assertEquals(0, end.count(ReceptorState.ACTIVE));
        assertEquals(0, end.count(ReceptorState.ARRESTIN_BOUND));
        assertTrue(end.count(ReceptorState.INTERNALIZED) < 5, "endosomes emptied: " + end.count(ReceptorState.INTERNALIZED));
    }

    /**
     * Compensatory tolerance: after 12 h of an agonist that leaves the receptors unregulated (no GRK, no arrestin),
     * cyclase superactivation alone leaves the own-control cAMP curve of a probe agonist in place, but the
     * {@code cAMPLevel} (tissue) readout needs a higher concentration to reach the naive half-maximal effect. With
     * the probe unregulated, G(c) = G_max·c/(c + EC50_G) with G_max = 1/(1 + K_E), and the equi-effective fold shift
     * is exactly G* / (G_max − G*) with G* = (1 − (1 − I_max·G_max/2)/U)/I_max, U the up-regulation at the
     * challenge. The probe (koff 0.1 /s) reaches binding equilibrium within the 3-min test (e^-18) and cAMP its
     * steady state (phosphodiesterase 0.05 /s: e^-9). Tolerance: in any copy U moves during the test by at most
     * max(U − 1, |1 + (U_max − 1)·G_max − U|)·(1 − e^(−k_U·180 s)) (the prediction is taken over that range of U),
     * plus 10 % for the receptor-occupancy noise of 10,000 receptors (single-point SD of G ~0.5 %, ~4 % of the
     * shift; the fit averages 13 points).
     */
    @Test
    void cyclaseSuperactivationShiftsTheTissuePotencyButNotTheOwnControlCurve() {
        String scenario = """
                cell: HEK293-MOR
                ligands:
                  - oxycodone-like
                  - {name: probe, kd: 2 nM, koff: 0.1 /s, gProteinEfficacy: 1, grkEfficacy: 0, arrestinEfficacy: 0}
                forskolin: true
                protocol: {bath: [{at: 0 s, set: {oxycodone-like: 1 uM}}]}
                adaptations: {cyclaseSuperactivation: true}
                challenges: {ligand: probe, at: [0 h, 12 h], duration: 3 min, readout: %s}
                duration: 12 h
                dt: 5 s
                outputInterval: 10 min
                engine: cohort
                """;
        Scenario own = loader.parse("own.yaml", scenario.formatted("cAMP"));
        Scenario level = loader.parse("level.yaml", scenario.formatted("cAMPLevel"));
        ArmResult ownArm = ScenarioRunner.run(own).get(0);
        ArmResult levelArm = ScenarioRunner.run(level).get(0);
        List<ArmSummary.ChallengeFit> ownFits = ArmSummary.of(ownArm, own.ligands()).challenges();
        List<ArmSummary.ChallengeFit> levelFits = ArmSummary.of(levelArm, level.ligands()).challenges();
        assertEquals(1.0, ownFits.get(1).ec50FoldShift(), 0.1, "own-control curve stays in place");

        var cell = own.arms().get(0).cell();
        double u = Curves.valueAt(levelArm.snapshots(), readout(levelArm, CyclaseCascade.CYCLASE_UPREGULATION),
                12 * HOUR);
        assertTrue(u > 1.5, "cyclase up-regulated: U = " + u);
        double imax = cell.cyclaseInhibitionMax();
        double gMax = 1 / (1 + cell.transducerConstant());
        double gStar = (1 - (1 - imax * gMax / 2) / u) / imax;
        double drift = Math.max(u - 1, Math.abs(1 + (cell.cyclaseUpregulationMax() - 1) * gMax - u))
                * (1 - Math.exp(-cell.cyclaseUpregulationRate().perSecond() * 180));
        double low = shift(u - drift, imax, gMax) / 1.1;
        double high = shift(u + drift, imax, gMax) * 1.1;
        double measured = levelFits.get(1).ec50FoldShift();
        assertTrue(measured >= low && measured <= high,
                "equi-effective shift " + measured + " outside [" + low + ", " + high + "] (U = " + u + ")");
        assertTrue(measured > 3, "superactivation alone gives tissue tolerance: " + measured);
    }

    private static double shift(double u, double imax, double gMax) {
        double gStar = (1 - (1 - imax * gMax / 2) / u) / imax;
        return gStar / (gMax - gStar);
    }

    /**
     * Coupling loss, run on the agents: 12 h of morphine hold about a third of the receptors arrestin-bound, which
     * drives the loss toward its maximum; an hour after washout, when desensitization (phosphorylation, arrestin) has
     * long recovered, the loss is still there, decaying no faster than its free relaxation e^(−k_W·t). In the
     * arrestin-2 knockout no receptor binds arrestin and no coupling is lost; switched off, none either.
     */
    @Test
    void couplingLossIsDrivenByArrestinAndOutlastsWashout() {
        Scenario s = loader.parse("coupling.yaml", """
                cell: HEK293-MOR
                cellOverrides: {receptorCount: 2000}
                ligands: [morphine]
                protocol: {bath: [{at: 0 s, set: {morphine: 1 uM}}, {at: 12 h, washout: true}]}
                arms:
                  - name: wild type
                  - name: knockout
                    cell: HEK293-MOR-arrestin2-KO
                    cellOverrides: {receptorCount: 2000}
                  - name: switched off
                    adaptations: {couplingLoss: false}
                duration: 13 h
                dt: 5 s
                outputInterval: 5 min
                engine: cohort
                """);
        List<ArmResult> results = ScenarioRunner.run(s);
        ArmResult wt = arm(results, "wild type");
        var loss = readout(wt, CyclaseCascade.COUPLING_LOSS);
        double atWashout = Curves.valueAt(wt.snapshots(), loss, 12 * HOUR);
        double hourLater = Curves.valueAt(wt.snapshots(), loss, 13 * HOUR);
        double k = s.arms().get(0).cell().couplingLossRate().perSecond();
        assertTrue(atWashout > 0.8, "coupling lost under morphine: " + atWashout);
        assertTrue(hourLater <= atWashout, "reverses after washout");
        assertTrue(hourLater >= atWashout * Math.exp(-k * HOUR) - 1e-12,
                "no faster than free relaxation: " + hourLater + " vs " + atWashout * Math.exp(-k * HOUR));
        assertTrue(hourLater > 0.5, "outlasts washout by hours: " + hourLater);
        for (String name : List.of("knockout", "switched off")) {
            ArmResult r = arm(results, name);
            double max = r.snapshots().stream().mapToDouble(readout(r, CyclaseCascade.COUPLING_LOSS)).max().orElse(1);
            assertEquals(0, max, 0, name + ": no coupling loss");
        }
    }
}
