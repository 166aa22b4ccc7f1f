package org.receptorsim.analysis;

import java.util.ArrayList;
import java.util.List;
import org.receptorsim.model.CellSnapshot;
import org.receptorsim.model.ReceptorState;
import org.receptorsim.pharmacology.Ligand;

/**
 * Summary metrics of one simulated cell, computed from its recorded snapshots (never from the rules).
 *
 * @param arm arm name
 * @param peakSignal highest G-protein activation recorded (fraction of the G-protein pool)
 * @param peakTimeSeconds when it was recorded (seconds)
 * @param signalAtEnd G-protein activation at the end of the run
 * @param episodes the stretches of constant agonist exposure and what the signal did during each
 * @param surfaceLossPercentAt30min surface receptors lost 30 min after the start (percent of surface at t = 0), or
 *     null if the run is shorter
 * @param internalizedPercentAt30min receptors in endosomes 30 min after the start (percent of living receptors),
 *     or null if the run is shorter
 * @param receptorsAtEnd living receptors at the end
 * @param receptorsAtStart living receptors at t = 0
 */
public record ArmSummary(String arm, double peakSignal, double peakTimeSeconds, double signalAtEnd,
                         List<AgonistEpisode> episodes, Double surfaceLossPercentAt30min,
                         Double internalizedPercentAt30min, long receptorsAtEnd, long receptorsAtStart) {

    /** Time of the internalization readout, seconds after the start. */
    public static final double INTERNALIZATION_READOUT_SECONDS = 1800;

    /**
     * One stretch of time with agonist present and every concentration constant (a bath change, such as adding
     * an antagonist, starts a new stretch).
     *
     * @param startSeconds start (seconds)
     * @param endSeconds end: the next change of the bath or the end of the run (seconds)
     * @param peakSignal highest G-protein activation during the stretch
     * @param peakTimeSeconds when it was recorded
     * @param signalAtEnd G-protein activation at the end of the stretch
     * @param desensitizationPercent 100·(peak − end)/peak: the decline under continued agonist
     * @param peakRelativeToFirstPercent this stretch's peak as percent of the first stretch's (recovery after
     *     washout), 100 for the first
     */
    public record AgonistEpisode(double startSeconds, double endSeconds, double peakSignal, double peakTimeSeconds,
                                 double signalAtEnd, double desensitizationPercent,
                                 double peakRelativeToFirstPercent) {
    }

    /**
     * Computes the summary.
     *
     * @param arm arm name
     * @param snapshots recorded snapshots in time order, the first at t = 0
     * @param ligands the run's ligands (to tell agonists from antagonists)
     * @param signalIndex index of the G-protein readout in the snapshots' readouts
     * @return the metrics
     */
    public static ArmSummary of(String arm, List<CellSnapshot> snapshots, List<Ligand> ligands, int signalIndex) {
        double peak = -1;
        double peakTime = 0;
        for (CellSnapshot s : snapshots) {
            if (s.readouts()[signalIndex] > peak) {
                peak = s.readouts()[signalIndex];
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
            double[] held = snapshots.get(k).concentrationsMolar();
            while (k < snapshots.size()
                    && java.util.Arrays.equals(held, snapshots.get(k).concentrationsMolar())) {
                k++;
            }
            int last = k - 1;
            double epPeak = -1;
            double epPeakTime = 0;
            for (int j = first; j <= last; j++) {
                double v = snapshots.get(j).readouts()[signalIndex];
                if (v > epPeak) {
                    epPeak = v;
                    epPeakTime = snapshots.get(j).timeSeconds();
                }
            }
            double end = snapshots.get(last).readouts()[signalIndex];
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
        return new ArmSummary(arm, peak, peakTime, last.readouts()[signalIndex], List.copyOf(episodes), loss,
                internalized, last.alive(), start.alive());
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

    private static boolean agonistPresent(CellSnapshot s, List<Ligand> ligands) {
        for (int i = 0; i < ligands.size(); i++) {
            if (ligands.get(i).activatesReceptor() && s.concentrationsMolar()[i] > 0) {
                return true;
            }
        }
        return false;
    }
}
