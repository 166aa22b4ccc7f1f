package org.receptorsim.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.receptorsim.analysis.ArmSummary;
import org.receptorsim.model.ArmResult;
import org.receptorsim.pharmacology.Ligand;

/**
 * The per-cell metrics every headless output reports for one arm of one cell: the response summary of
 * {@link ArmSummary} followed by the tolerance metrics of {@link ToleranceMetrics}, one definition each. They are
 * the columns of an ensemble's {@code replicates.csv} and the metrics a sweep may map; NaN where a metric does not
 * apply (no challenges, no withdrawal).
 */
public final class CellMetrics {

    /** Response metrics taken from {@link ArmSummary}, with units. */
    private static final List<String> RESPONSE = List.of("peakSignal", "peakTime_s", "signalAtEnd",
            "surfaceLossAt30min_percent", "internalizedAt30min_percent", "receptorsAtEnd", "peakCampRelative");

    /** All metric names, in column order, with units: the response metrics, then {@link ToleranceMetrics#NAMES}. */
    public static final List<String> NAMES = concat(RESPONSE, ToleranceMetrics.NAMES);

    private CellMetrics() {
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return Collections.unmodifiableList(all);
    }

    /**
     * The metrics of one arm, in {@link #NAMES} order.
     *
     * @param result the arm's recorded trajectory and challenge curves
     * @param ligands the run's ligands
     * @return the values
     */
    public static double[] of(ArmResult result, List<Ligand> ligands) {
        ArmSummary s = ArmSummary.of(result, ligands);
        double[] tolerance = ToleranceMetrics.of(result, s, ligands).values();
        double[] v = new double[NAMES.size()];
        int k = 0;
        v[k++] = s.peakSignal();
        v[k++] = s.peakTimeSeconds();
        v[k++] = s.signalAtEnd();
        v[k++] = orNaN(s.surfaceLossPercentAt30min());
        v[k++] = orNaN(s.internalizedPercentAt30min());
        v[k++] = s.receptorsAtEnd();
        v[k++] = s.peakCampRelative();
        System.arraycopy(tolerance, 0, v, k, tolerance.length);
        return v;
    }

    private static double orNaN(Double v) {
        return v == null ? Double.NaN : v;
    }
}
