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
import org.receptorsim.model.SignalReadouts.Readout;
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
        double u = Curves.valueAt(on.snapshots(), Readout.CYCLASE_UPREGULATION::of, 12 * HOUR);
        double peak = Curves.maxBetween(on.snapshots(), Readout.CAMP_RELATIVE::of, 12 * HOUR,
                14 * HOUR);
        assertTrue(u > 1.05, "cyclase up-regulated: U = " + u);
        assertTrue(peak > 1 + 0.8 * (u - 1), "overshoot " + peak + " vs U " + u);
        ArmResult off = arm(results, "without");
        double peakOff = Curves.maxBetween(off.snapshots(), Readout.CAMP_RELATIVE::of, 12 * HOUR,
                14 * HOUR);
        var cell = s.arms().get(0).cell();
        double k = cell.gtpasePerSecond() * cell.gProteinCount() / cell.gProteinActivationRate().perSecond();
        double basal = cell.constitutiveActivity() * cell.receptorCount();
        double g0 = basal / (basal + k);
        double i0 = cell.cyclaseInhibitionMax() * g0 * cell.gProteinCount()
                / (g0 * cell.gProteinCount() + cell.cyclaseHalfInhibitionGProteins());
        assertTrue(peakOff <= 1 / (1 - i0) + 1e-9,
                "without superactivation, cAMP rises at most by the constitutive inhibition the lost receptors "
                        + "carried: " + peakOff + " vs " + 1 / (1 - i0));
        assertTrue(peak - 1 > 5 * (peakOff - 1), "the overshoot is superactivation's: " + peak + " vs " + peakOff);
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
                    gProteinEfficacy: 1.0
                    grk23Efficacy: 0
                    grk5Efficacy: 0
                    arrestin3Efficacy: 0
                    arrestin2Efficacy: 0
                protocol: {bath: [{at: 0 s, set: {unregulated-agonist: 10 nM}}]}
                adaptations: {mediatorFeedback: true, cyclaseSuperactivation: false}
                duration: 36 h
                dt: 10 s
                outputInterval: 1 min
                """);
        ArmResult r = ScenarioRunner.run(s).get(0);
        ToDoubleFunction<CellSnapshot> g = Readout.G_PROTEIN_ACTIVATION::of;
        ToDoubleFunction<CellSnapshot> e = Readout.EFFECT::of;
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
        double poolLow = Curves.valueAt(depleting.snapshots(), Readout.TRANSMITTER_POOL::of, 20 * 60);
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
     * {@code cAMPLevel} (tissue) readout needs a higher concentration to reach the naive half-maximal effect. With the
     * probe unregulated, occupancy p = c/(c + Kd) gives R* = N·(ε₀ + p), g = R* / (R* + K), cyclase inhibition
     * I(g) = I_max·g·G_T/(g·G_T + K_AC) and cAMP U·(1 − I(g))/(1 − I(g₀)); the equi-effective concentration is
     * solved from these closed forms at the up-regulation U read at the challenge. The probe (koff 0.1 /s) reaches
     * binding equilibrium within the 3-min test (e^-18) and cAMP its steady state (phosphodiesterase 0.05 /s: e^-9).
     * Tolerance: in any copy U moves during the test by at most max(U − 1, U_max − U)·(1 − e^(−k_U·180 s)) (the
     * prediction is taken over that range of U), plus 10 % for the receptor-occupancy noise of 10,000 receptors.
     */
    @Test
    void cyclaseSuperactivationShiftsTheTissuePotencyButNotTheOwnControlCurve() {
        String scenario = """
                cell: HEK293-MOR
                ligands:
                  - oxycodone-like
                  - {name: probe, kd: 2 nM, koff: 0.1 /s, gProteinEfficacy: 1, grk23Efficacy: 0, grk5Efficacy: 0,
                     arrestin3Efficacy: 0, arrestin2Efficacy: 0}
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
        double u = Curves.valueAt(levelArm.snapshots(), Readout.CYCLASE_UPREGULATION::of,
                12 * HOUR);
        assertTrue(u > 1.3, "cyclase up-regulated: U = " + u);
        double drift = Math.max(u - 1, cell.cyclaseUpregulationMax() - u)
                * (1 - Math.exp(-cell.cyclaseUpregulationRate().perSecond() * 180));
        double low = shift(cell, u - drift) / 1.1;
        double high = shift(cell, u + drift) * 1.1;
        double measured = levelFits.get(1).ec50FoldShift();
        assertTrue(measured >= low && measured <= high,
                "equi-effective shift " + measured + " outside [" + low + ", " + high + "] (U = " + u + ")");
        assertTrue(measured > 1.5, "superactivation alone gives tissue tolerance: " + measured);
    }

    /** Equi-effective fold shift of the unregulated probe at up-regulation U (closed forms of the cascade). */
    private static double shift(org.receptorsim.model.CellType c, double u) {
        double n = c.receptorCount();
        double k = c.gtpasePerSecond() * c.gProteinCount() / c.gProteinActivationRate().perSecond();
        double e0 = c.constitutiveActivity();
        java.util.function.DoubleUnaryOperator inhibition = g -> c.cyclaseInhibitionMax() * g * c.gProteinCount()
                / (g * c.gProteinCount() + c.cyclaseHalfInhibitionGProteins());
        double g0 = n * e0 / (n * e0 + k);
        double gMax = n * (e0 + 1) / (n * (e0 + 1) + k);
        double control = 1 - inhibition.applyAsDouble(g0);
        double halfLevel = 1 - (1 - (1 - inhibition.applyAsDouble(gMax)) / control) / 2;
        return concentrationFor(c, halfLevel * control / u, n, k, e0)
                / concentrationFor(c, halfLevel * control, n, k, e0);
    }

    /** Probe concentration (relative to Kd) at which 1 − I(g) equals {@code activityLeft}. */
    private static double concentrationFor(org.receptorsim.model.CellType c, double activityLeft, double n, double k,
                                           double e0) {
        double i = 1 - activityLeft;
        double activeG = i * c.cyclaseHalfInhibitionGProteins() / (c.cyclaseInhibitionMax() - i);
        double g = activeG / c.gProteinCount();
        double p = g * k / (1 - g) / n - e0;
        return p / (1 - p);
    }

    /**
     * Long-lived desensitization, run on the agents: 12 h of morphine hold many receptors S375-phosphorylated at the
     * surface (Schulz 2004), from where they enter the long-lived desensitized state; an hour after washout, when
     * acute desensitization has recovered, the desensitized receptors are still there, their number falling no
     * faster than the free exit e^(−k_exit·t). Switched off (an ablation), no receptor enters it.
     */
    @Test
    void longLivedDesensitizationIsReachedUnderMorphineAndOutlastsWashout() {
        Scenario s = loader.parse("desensitized.yaml", """
                cell: HEK293-MOR
                cellOverrides: {receptorCount: 2000}
                ligands: [morphine]
                protocol: {bath: [{at: 0 s, set: {morphine: 1 uM}}, {at: 12 h, washout: true}]}
                arms:
                  - name: with
                  - name: switched off
                    adaptations: {longLivedDesensitization: false}
                duration: 13 h
                dt: 5 s
                outputInterval: 5 min
                engine: cohort
                """);
        List<ArmResult> results = ScenarioRunner.run(s);
        ArmResult on = arm(results, "with");
        ToDoubleFunction<CellSnapshot> desensitized = x -> x.count(ReceptorState.DESENSITIZED);
        double atWashout = Curves.valueAt(on.snapshots(), desensitized, 12 * HOUR);
        double hourLater = Curves.valueAt(on.snapshots(), desensitized, 13 * HOUR);
        double k = s.arms().get(0).cell().desensitizationExitRate().perSecond();
        assertTrue(atWashout > 0.1 * 2000, "receptors desensitized under morphine: " + atWashout);
        double expected = atWashout * Math.exp(-k * HOUR);
        assertTrue(hourLater >= expected - 4.5 * Math.sqrt(expected * (1 - Math.exp(-k * HOUR))),
                "no faster than free exit: " + hourLater + " vs " + expected);
        assertTrue(hourLater > 0.8 * atWashout, "outlasts washout: " + hourLater);
        ArmResult off = arm(results, "switched off");
        assertEquals(0, off.snapshots().stream().mapToDouble(desensitized).max().orElse(1), 0, "none when off");
    }
}
