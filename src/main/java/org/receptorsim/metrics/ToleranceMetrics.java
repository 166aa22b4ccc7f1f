package org.receptorsim.metrics;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.receptorsim.analysis.ArmSummary;
import org.receptorsim.analysis.Curves;
import org.receptorsim.model.ArmResult;
import org.receptorsim.model.CellSnapshot;
import org.receptorsim.pharmacology.Ligand;

/**
 * The tolerance a chronic scenario shows, read off one arm's recorded curves (never from the rules). One
 * definition each, for {@code tolerance}, and for {@code run}, {@code validate}, ensembles and reports to share:
 * <ul>
 *   <li><b>EC50 fold shift</b> and <b>Emax loss</b> of every challenge curve relative to the first (Hill fits of
 *       {@link ArmSummary}); the final ones are those of the last challenge.</li>
 *   <li><b>Time to 50 % of the final tolerance</b>: when log(EC50 fold shift) first reaches half of its final value,
 *       linearly interpolated between challenges, from the first challenge (no shift by definition). NaN without a
 *       rightward final shift, with a failed fit on the way, or with fewer than three challenges (with two the
 *       interpolation would only return their midpoint).</li>
 *   <li><b>Tachyphylaxis depth</b>: decline of the G-protein activation during the first stretch of agonist
 *       exposure, 100·(peak − end)/peak; <b>half-time</b>: from the peak until half of that decline is reached
 *       ({@link Curves#halfTime}; NaN for a decline under {@value #MIN_TACHYPHYLAXIS_PERCENT} %, which has no
 *       meaningful time course).</li>
 *   <li><b>Withdrawal</b>: the first time the agonist goes (no agonist left) or an antagonist arrives while agonist
 *       was present; over the stretch that follows (until the ligands present change again or the run ends) the
 *       <b>overshoot peak</b> (highest cAMP relative to control), its time after withdrawal, the <b>overshoot
 *       area</b> ∫ max(0, cAMP − 1) dt (control × hours, trapezoids between recordings) and the <b>half-decay
 *       time</b> from the peak until cAMP ≤ 1 + (peak − 1)/2 (NaN if not within the stretch). NaN without a
 *       withdrawal.</li>
 *   <li><b>Receptor loss</b>: living receptors lost by the end of the agonist exposure (the withdrawal, or the end
 *       of the run), percent of those at t = 0; <b>surface loss</b> likewise for surface receptors.</li>
 * </ul>
 *
 * @param arm arm name
 * @param challenges the primary test agonist's challenge curves' shifts in time order (empty without challenges)
 * @param finalEc50FoldShift EC50 fold shift of the last challenge (NaN without challenges or if its fit failed)
 * @param finalEmaxLossPercent Emax loss of the last challenge (percent)
 * @param timeToHalfToleranceHours time to 50 % of the final log EC50 shift (hours)
 * @param tachyphylaxisPercent decline of the G-protein activation in the first agonist stretch (percent)
 * @param tachyphylaxisHalfTimeMinutes time from the peak to half of that decline (minutes)
 * @param withdrawalAtHours time of the withdrawal (hours), NaN if none
 * @param overshootPeak highest cAMP after the withdrawal (× control)
 * @param overshootPeakAfterHours time of that peak after the withdrawal (hours)
 * @param overshootAreaControlHours area of cAMP above control after the withdrawal (control × hours)
 * @param overshootHalfDecayHours time from the peak until half of the overshoot has gone (hours)
 * @param receptorLossPercent living receptors lost by the end of the exposure (percent)
 * @param surfaceLossPercent surface receptors lost by the end of the exposure (percent)
 * @param crossTolerance the other test agonists' shifts (cross-tolerance: each against its own first curve), in
 *     the order measured (empty with one test agonist)
 */
public record ToleranceMetrics(String arm, List<ChallengeShift> challenges,
                               @JsonProperty("finalEc50FoldShift") double finalEc50FoldShift,
                               @JsonProperty("finalEmaxLoss_percent") double finalEmaxLossPercent,
                               @JsonProperty("timeToHalfTolerance_h") double timeToHalfToleranceHours,
                               @JsonProperty("tachyphylaxis_percent") double tachyphylaxisPercent,
                               @JsonProperty("tachyphylaxisHalfTime_min") double tachyphylaxisHalfTimeMinutes,
                               @JsonProperty("withdrawalAt_h") double withdrawalAtHours,
                               @JsonProperty("overshootPeak_xControl") double overshootPeak,
                               @JsonProperty("overshootPeakAfter_h") double overshootPeakAfterHours,
                               @JsonProperty("overshootArea_controlHours") double overshootAreaControlHours,
                               @JsonProperty("overshootHalfDecay_h") double overshootHalfDecayHours,
                               @JsonProperty("receptorLoss_percent") double receptorLossPercent,
                               @JsonProperty("surfaceLoss_percent") double surfaceLossPercent,
                               List<ChallengeShift> crossTolerance) {

    private static final double HOUR = 3600;

    /** Smallest tachyphylaxis depth (percent) whose half-time is given. */
    public static final double MIN_TACHYPHYLAXIS_PERCENT = 5;

    /**
     * One challenge curve's tolerance.
     *
     * @param timeHours when measured (hours)
     * @param ligand the test agonist
     * @param ec50Molar fitted EC50 (molar), NaN if the fit failed
     * @param emax fitted Emax (percent)
     * @param ec50FoldShift EC50 / EC50 of the first challenge
     * @param emaxLossPercent 100·(1 − Emax / Emax of the first challenge)
     * @param fitFailure why the fit failed, or null
     */
    public record ChallengeShift(double timeHours, String ligand, double ec50Molar, double emax, double ec50FoldShift,
                                 double emaxLossPercent, String fitFailure) {
    }

    /** Names of the scalar metrics, with units, in {@link #values()} order. */
    public static final List<String> NAMES = List.of("finalEc50FoldShift", "finalEmaxLoss_percent",
            "timeToHalfTolerance_h", "tachyphylaxis_percent", "tachyphylaxisHalfTime_min", "withdrawalAt_h",
            "overshootPeak_xControl", "overshootPeakAfter_h", "overshootArea_controlHours",
            "overshootHalfDecay_h", "receptorLoss_percent", "surfaceLoss_percent");

    /** Units of the scalar metrics, in {@link #values()} order. */
    public static final List<String> UNITS = List.of("fold", "%", "h", "%", "min", "h", "x control", "h",
            "control h", "h", "%", "%");

    /** Human-readable labels of the scalar metrics, in {@link #values()} order. */
    public static final List<String> LABELS = List.of("final EC50 fold shift (×)", "final Emax loss (%)",
            "time to 50 % of final tolerance (h)", "tachyphylaxis (%)", "tachyphylaxis half-time (min)",
            "withdrawal at (h)", "overshoot peak (× control)", "overshoot peak after (h)",
            "overshoot area (control·h)", "overshoot half-decay (h)", "receptor loss by the end of exposure (%)",
            "surface loss by the end of exposure (%)");

    /** The scalar metrics, in {@link #NAMES} order. */
    public double[] values() {
        return new double[] {finalEc50FoldShift, finalEmaxLossPercent, timeToHalfToleranceHours,
            tachyphylaxisPercent, tachyphylaxisHalfTimeMinutes, withdrawalAtHours, overshootPeak,
            overshootPeakAfterHours, overshootAreaControlHours, overshootHalfDecayHours, receptorLossPercent,
            surfaceLossPercent};
    }

    /** The scalar metrics by name. */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        double[] v = values();
        for (int i = 0; i < v.length; i++) {
            m.put(NAMES.get(i), v[i]);
        }
        return m;
    }

    /**
     * Reads the metrics of one arm.
     *
     * @param result the arm's recorded trajectory and challenge curves
     * @param ligands the run's ligands (to tell agonists from antagonists)
     * @return the metrics
     */
    public static ToleranceMetrics of(ArmResult result, List<Ligand> ligands) {
        return of(result, ArmSummary.of(result, ligands), ligands);
    }

    /**
     * Reads the metrics of one arm whose summary is already at hand.
     *
     * @param result the arm's recorded trajectory and challenge curves
     * @param summary its {@link ArmSummary}
     * @param ligands the run's ligands
     * @return the metrics
     */
    public static ToleranceMetrics of(ArmResult result, ArmSummary summary, List<Ligand> ligands) {
        List<CellSnapshot> s = result.snapshots();
        List<ChallengeShift> shifts = new ArrayList<>();
        List<ChallengeShift> cross = new ArrayList<>();
        String primary = summary.challenges().isEmpty() ? null : summary.challenges().get(0).ligand();
        for (ArmSummary.ChallengeFit f : summary.challenges()) {
            ChallengeShift shift = new ChallengeShift(f.timeSeconds() / HOUR, f.ligand(), f.ec50Molar(), f.emax(),
                    f.ec50FoldShift(), f.emaxLossPercent(), f.fitFailure());
            (f.ligand().equals(primary) ? shifts : cross).add(shift);
        }
        ChallengeShift last = shifts.isEmpty() ? null : shifts.get(shifts.size() - 1);

        double tachy = Double.NaN;
        double tachyHalf = Double.NaN;
        if (!summary.episodes().isEmpty()) {
            ArmSummary.AgonistEpisode e = summary.episodes().get(0);
            tachy = e.desensitizationPercent();
            tachyHalf = tachy >= MIN_TACHYPHYLAXIS_PERCENT ? Curves.halfTime(s, x -> x.readouts().gProteinActiveFraction(), e.peakTimeSeconds(), e.endSeconds()) / 60
                    : Double.NaN;
        }

        int w = withdrawalIndex(s, ligands);
        double withdrawal = Double.NaN;
        double peak = Double.NaN;
        double peakAfter = Double.NaN;
        double area = Double.NaN;
        double halfDecay = Double.NaN;
        CellSnapshot endOfExposure = s.get(s.size() - 1);
        if (w > 0) {
            CellSnapshot before = s.get(w - 1);
            endOfExposure = before;
            withdrawal = before.timeSeconds();
            int end = w;
            while (end + 1 < s.size() && samePresence(s.get(end + 1), s.get(w))) {
                end++;
            }
            ToDoubleFunction<CellSnapshot> c = x -> x.readouts().cAMPRelative();
            int peakAt = w - 1;
            area = 0;
            for (int k = w - 1; k <= end; k++) {
                if (c.applyAsDouble(s.get(k)) > c.applyAsDouble(s.get(peakAt))) {
                    peakAt = k;
                }
                if (k > w - 1) {
                    double a = Math.max(0, c.applyAsDouble(s.get(k - 1)) - 1);
                    double b = Math.max(0, c.applyAsDouble(s.get(k)) - 1);
                    area += (a + b) / 2 * (s.get(k).timeSeconds() - s.get(k - 1).timeSeconds()) / HOUR;
                }
            }
            peak = c.applyAsDouble(s.get(peakAt));
            peakAfter = (s.get(peakAt).timeSeconds() - withdrawal) / HOUR;
            if (peak > 1) {
                for (int k = peakAt + 1; k <= end; k++) {
                    if (c.applyAsDouble(s.get(k)) <= 1 + (peak - 1) / 2) {
                        halfDecay = (s.get(k).timeSeconds() - s.get(peakAt).timeSeconds()) / HOUR;
                        break;
                    }
                }
            }
        }
        CellSnapshot start = s.get(0);
        double receptorLoss = 100.0 * (1 - (double) endOfExposure.alive() / start.alive());
        double surfaceLoss = 100.0 * (1 - (double) endOfExposure.surface() / start.surface());
        return new ToleranceMetrics(result.arm(), List.copyOf(shifts),
                last == null ? Double.NaN : last.ec50FoldShift(), last == null ? Double.NaN : last.emaxLossPercent(),
                timeToHalfTolerance(shifts), tachy, tachyHalf, withdrawal / HOUR, peak, peakAfter, area, halfDecay,
                receptorLoss, surfaceLoss, List.copyOf(cross));
    }

    /**
     * Time (hours) at which log(EC50 fold shift) first reaches half of its last value, linearly interpolated between
     * challenges from the first challenge (no shift). NaN if the last shift is not above 1, a fit failed on the way,
     * or there are fewer than three challenges.
     */
    public static double timeToHalfTolerance(List<ChallengeShift> shifts) {
        if (shifts.size() < 3) {
            return Double.NaN;
        }
        double last = Math.log(shifts.get(shifts.size() - 1).ec50FoldShift());
        if (!(last > 0)) {
            return Double.NaN;
        }
        double prevT = shifts.get(0).timeHours();
        double prevV = 0;
        for (ChallengeShift f : shifts.subList(1, shifts.size())) {
            double v = Math.log(f.ec50FoldShift());
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            if (v >= last / 2) {
                return v == prevV ? f.timeHours() : prevT + (f.timeHours() - prevT) * (last / 2 - prevV) / (v - prevV);
            }
            prevT = f.timeHours();
            prevV = v;
        }
        return Double.NaN;
    }

    /**
     * Index of the first snapshot after a withdrawal: the previous one had agonist and no antagonist, this one has
     * no agonist, or an antagonist that was absent. -1 if none.
     */
    static int withdrawalIndex(List<CellSnapshot> s, List<Ligand> ligands) {
        for (int k = 1; k < s.size(); k++) {
            CellSnapshot prev = s.get(k - 1);
            CellSnapshot now = s.get(k);
            if (present(prev, ligands, true) && !present(prev, ligands, false)
                    && (!present(now, ligands, true) || present(now, ligands, false))) {
                return k;
            }
        }
        return -1;
    }

    private static boolean present(CellSnapshot s, List<Ligand> ligands, boolean agonist) {
        for (int i = 0; i < ligands.size(); i++) {
            Ligand l = ligands.get(i);
            boolean kind = agonist ? l.activatesReceptor() : Boolean.TRUE.equals(l.antagonist());
            if (kind && s.concentrationsMolar()[i] > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean samePresence(CellSnapshot a, CellSnapshot b) {
        double[] x = a.concentrationsMolar();
        double[] y = b.concentrationsMolar();
        for (int i = 0; i < x.length; i++) {
            if ((x[i] > 0) != (y[i] > 0)) {
                return false;
            }
        }
        return true;
    }
}
