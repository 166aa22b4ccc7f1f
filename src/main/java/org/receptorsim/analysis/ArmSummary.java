package org.receptorsim.analysis;

import java.util.ArrayList;
import java.util.List;
import org.receptorsim.model.ArmResult;
import org.receptorsim.model.CellSnapshot;
import org.receptorsim.model.ChallengeCurve;
import org.receptorsim.model.ChallengePlan;
import org.receptorsim.model.ReceptorState;
import org.receptorsim.pharmacology.Ligand;

/**
 * Summary metrics of one simulated cell, computed from its recorded snapshots (never from the rules).
 *
 * @param arm arm name
 * @param peakSignal highest G-protein activation recorded (fraction of the G-protein pool)
 * @param peakTimeSeconds when it was recorded (seconds)
 * @param signalAtEnd G-protein activation at the end of the run
 * @param episodes the stretches of agonist exposure (same ligands present) and what the signal did during each
 * @param surfaceLossPercentAt30min surface receptors lost 30 min after the start (percent of surface at t = 0), or
 *     null if the run is shorter
 * @param internalizedPercentAt30min receptors in endosomes 30 min after the start (percent of living receptors),
 *     or null if the run is shorter
 * @param receptorsAtEnd living receptors at the end
 * @param receptorsAtStart living receptors at t = 0
 * @param peakCampRelative highest cAMP relative to control (above 1 = overshoot, as on withdrawal)
 * @param peakCampTimeSeconds when it was recorded
 * @param challenges fitted challenge curves in time order (empty if the scenario has none)
 */
public record ArmSummary(String arm, double peakSignal, double peakTimeSeconds, double signalAtEnd,
                         List<AgonistEpisode> episodes, Double surfaceLossPercentAt30min,
                         Double internalizedPercentAt30min, long receptorsAtEnd, long receptorsAtStart,
                         double peakCampRelative, double peakCampTimeSeconds, List<ChallengeFit> challenges) {

    /**
     * A challenge curve with its fit, and the tolerance it shows relative to the first challenge. Curves of an
     * own-control readout get a Hill fit (baseline 0) and their EC50; curves of the {@code cAMPLevel} readout,
     * whose baseline moves with cyclase superactivation, get a four-parameter logistic fit, and their potency is the
     * concentration at which that fit reaches the first challenge's half-maximal effect (an ED50 at a fixed effect,
     * as whole-animal tolerance is read).
     *
     * @param timeSeconds when measured
     * @param ligand the test agonist (each agonist's curves are compared with its own first curve)
     * @param ec50Molar fitted EC50, or for {@code cAMPLevel} the equi-effective concentration (molar); NaN if the fit
     *     failed
     * @param emax fitted maximal response (percent), NaN if the fit failed
     * @param hill fitted Hill slope
     * @param ec50FoldShift EC50 / EC50 of the first challenge (rightward shift = tolerance)
     * @param emaxLossPercent 100·(1 − Emax/Emax of the first challenge)
     * @param fitFailure why the fit failed, or null
     * @param baseline the fitted curve's response without test agonist (percent; 0 for a Hill fit)
     * @param midpointMolar the fitted curve's own half-maximal concentration (molar; the EC50 for a Hill fit)
     */
    public record ChallengeFit(double timeSeconds, String ligand, double ec50Molar, double emax, double hill,
                               double ec50FoldShift,
                               double emaxLossPercent, String fitFailure, double baseline, double midpointMolar) {

        /** The fitted curve's response at a test concentration (molar), for drawing it over the points. */
        public double fittedResponse(double molar) {
            return LogisticFit.value(molar, baseline, emax, midpointMolar, hill);
        }
    }

    /**
     * Computes the summary of an arm's result.
     *
     * @param result the arm's recorded trajectory and challenge curves
     * @param ligands the run's ligands
     * @return the metrics
     */
    public static ArmSummary of(ArmResult result, List<Ligand> ligands) {
        ArmSummary base = of(result.arm(), result.snapshots(), ligands);
        double peakCamp = Double.NEGATIVE_INFINITY;
        double peakCampTime = 0;
        for (CellSnapshot s : result.snapshots()) {
            if (s.readouts().cAMPRelative() > peakCamp) {
                peakCamp = s.readouts().cAMPRelative();
                peakCampTime = s.timeSeconds();
            }
        }
        List<ChallengeFit> fits = new ArrayList<>();
        java.util.Map<String, HillFit.Result> firstByLigand = new java.util.HashMap<>();
        java.util.Map<String, Double> criterionByLigand = new java.util.HashMap<>();
        for (ChallengeCurve c : result.challengeCurves()) {
            HillFit.Result f;
            double baseline = 0;
            double midpoint;
            boolean firstOfLigand = !firstByLigand.containsKey(c.ligand());
            if (c.readout() == ChallengePlan.Readout.CAMP_LEVEL) {
                LogisticFit.Result l = LogisticFit.fit(c.concentrationsMolar(), c.responses());
                if (firstOfLigand && l.ok()) {
                    criterionByLigand.put(c.ligand(), l.baseline() + (l.emax() - l.baseline()) / 2);
                }
                f = equieffective(l, criterionByLigand.getOrDefault(c.ligand(), Double.NaN),
                        c.concentrationsMolar());
                baseline = l.baseline();
                midpoint = l.ec50Molar();
            } else {
                f = HillFit.fit(c.concentrationsMolar(), c.responses());
                midpoint = f.ec50Molar();
            }
            if (firstOfLigand) {
                firstByLigand.put(c.ligand(), f);
            }
            HillFit.Result first = firstByLigand.get(c.ligand());
            fits.add(new ChallengeFit(c.timeSeconds(), c.ligand(), f.ec50Molar(), f.emax(), f.hill(),
                    f.ec50Molar() / first.ec50Molar(), 100 * (1 - f.emax() / first.emax()), f.failure(), baseline,
                    midpoint));
        }
        return new ArmSummary(base.arm, base.peakSignal, base.peakTimeSeconds, base.signalAtEnd, base.episodes,
                base.surfaceLossPercentAt30min, base.internalizedPercentAt30min, base.receptorsAtEnd,
                base.receptorsAtStart, peakCamp, peakCampTime, List.copyOf(fits));
    }

    /**
     * The concentration at which a four-parameter logistic fit reaches a fixed effect (the first challenge's
     * half-maximal one), with the fit's top as Emax; a failure if the fit failed or does not reach the effect
     * within ten times the highest tested concentration.
     */
    static HillFit.Result equieffective(LogisticFit.Result fit, double criterion, double[] molar) {
        if (!fit.ok()) {
            return HillFit.Result.failed(fit.failure());
        }
        if (Double.isNaN(criterion)) {
            return HillFit.Result.failed("the first challenge curve could not be fitted, so there is no reference effect");
        }
        if (!(criterion > fit.baseline() && criterion < fit.emax())) {
            return HillFit.Result.failed(String.format(java.util.Locale.ROOT,
                    "the curve (%.3g to %.3g %%) does not reach the reference effect %.3g %%: tolerance beyond the "
                            + "tested range", fit.baseline(), fit.emax(), criterion));
        }
        double c = fit.ec50Molar() * Math.pow((fit.emax() - fit.baseline()) / (criterion - fit.baseline()) - 1,
                -1 / fit.hill());
        if (c > 10 * molar[molar.length - 1]) {
            return HillFit.Result.failed("the reference effect is reached only far above the tested concentrations");
        }
        return new HillFit.Result(c, fit.emax(), fit.hill(), null);
    }

    /** Time of the internalization readout, seconds after the start. */
    public static final double INTERNALIZATION_READOUT_SECONDS = 1800;

    /**
     * One stretch of time with agonist present and the same ligands present throughout (adding or removing a
     * ligand, such as an antagonist, starts a new stretch; concentrations may vary within it, as under PK).
     *
     * @param startSeconds start (seconds)
     * @param endSeconds end: the next change of the ligands present, or the end of the run (seconds)
     * @param peakSignal highest G-protein activation during the stretch
     * @param peakTimeSeconds when it was recorded
     * @param signalAtEnd G-protein activation at the end of the stretch
     * @param desensitizationPercent 100·(peak − end)/peak: the decline under continued agonist (written as
     *     {@code tachyphylaxis_percent}, the name of the first stretch's decline among the cell metrics)
     * @param peakRelativeToFirstPercent this stretch's peak as percent of the first stretch's (recovery after
     *     washout), 100 for the first
     */
    public record AgonistEpisode(double startSeconds, double endSeconds, double peakSignal, double peakTimeSeconds,
                                 double signalAtEnd,
                                 @com.fasterxml.jackson.annotation.JsonProperty("tachyphylaxis_percent")
                                 double desensitizationPercent,
                                 double peakRelativeToFirstPercent) {
    }

    /**
     * Computes the summary.
     *
     * @param arm arm name
     * @param snapshots recorded snapshots in time order, the first at t = 0
     * @param ligands the run's ligands (to tell agonists from antagonists)
     * @return the metrics
     */
    static ArmSummary of(String arm, List<CellSnapshot> snapshots, List<Ligand> ligands) {
        double peak = -1;
        double peakTime = 0;
        for (CellSnapshot s : snapshots) {
            if (s.readouts().gProteinActiveFraction() > peak) {
                peak = s.readouts().gProteinActiveFraction();
                peakTime = s.timeSeconds();
            }
        }
        List<AgonistEpisode> episodes = new ArrayList<>();
        int k = 1;
        while (k < snapshots.size()) {
            if (!agonistPresent(snapshots.get(k), ligands)) {
                k++;
                continue;
            }
            int first = k;
            boolean[] present = present(snapshots.get(k));
            while (k < snapshots.size() && java.util.Arrays.equals(present, present(snapshots.get(k)))) {
                k++;
            }
            int last = k - 1;
            double epPeak = -1;
            double epPeakTime = 0;
            for (int j = first; j <= last; j++) {
                double v = snapshots.get(j).readouts().gProteinActiveFraction();
                if (v > epPeak) {
                    epPeak = v;
                    epPeakTime = snapshots.get(j).timeSeconds();
                }
            }
            double end = snapshots.get(last).readouts().gProteinActiveFraction();
            double desens = epPeak > 0 ? 100 * (epPeak - end) / epPeak : 0;
            double relative = episodes.isEmpty() || episodes.get(0).peakSignal() <= 0 ? 100
                    : 100 * epPeak / episodes.get(0).peakSignal();
            episodes.add(new AgonistEpisode(snapshots.get(first - 1).timeSeconds(),
                    snapshots.get(last).timeSeconds(), epPeak, epPeakTime, end, desens, relative));
        }
        CellSnapshot start = snapshots.get(0);
        CellSnapshot last = snapshots.get(snapshots.size() - 1);
        Double loss = null;
        Double internalized = null;
        CellSnapshot at30 = at(snapshots, INTERNALIZATION_READOUT_SECONDS);
        if (at30 != null) {
            loss = 100.0 * (1 - (double) at30.surface() / start.surface());
            internalized = 100.0 * at30.count(ReceptorState.INTERNALIZED) / at30.alive();
        }
        return new ArmSummary(arm, peak, peakTime, last.readouts().gProteinActiveFraction(), List.copyOf(episodes), loss,
                internalized, last.alive(), start.alive(), Double.NaN, 0, List.of());
    }

    /** The snapshot recorded at a time (within half a millisecond), or null. */
    static CellSnapshot at(List<CellSnapshot> snapshots, double seconds) {
        for (CellSnapshot s : snapshots) {
            if (Math.abs(s.timeSeconds() - seconds) < 5e-4) {
                return s;
            }
        }
        return null;
    }

    /** Which ligands are present (concentration above zero) in a snapshot. */
    private static boolean[] present(CellSnapshot s) {
        boolean[] p = new boolean[s.concentrationsMolar().length];
        for (int i = 0; i < p.length; i++) {
            p[i] = s.concentrationsMolar()[i] > 0;
        }
        return p;
    }

    private static boolean agonistPresent(CellSnapshot s, List<Ligand> ligands) {
        for (int i = 0; i < ligands.size(); i++) {
            if (ligands.get(i).activatesReceptor() && s.concentrationsMolar()[i] > 0) {
                return true;
            }
        }
        return false;
    }
}
