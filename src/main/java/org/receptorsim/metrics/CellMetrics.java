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

    /** Human-readable labels of the response metrics, with units, in {@link #RESPONSE} order. */
    private static final List<String> RESPONSE_LABELS = List.of("peak G-protein activation (fraction)",
            "time of the peak (s)", "G-protein activation at the end (fraction)", "surface loss at 30 min (%)",
            "internalized at 30 min (%)", "receptors at the end", "peak cAMP (× control)");

    /** Units of the response metrics, in {@link #RESPONSE} order. */
    private static final List<String> RESPONSE_UNITS = List.of("fraction", "s", "fraction", "%", "%", "receptors",
            "x control");

    /** All metric names, in column order, with units: the response metrics, then {@link ToleranceMetrics#NAMES}. */
    public static final List<String> NAMES = concat(RESPONSE, ToleranceMetrics.NAMES);

    /** Human-readable labels with units, for reports and charts, in {@link #NAMES} order. */
    public static final List<String> LABELS = concat(RESPONSE_LABELS, ToleranceMetrics.LABELS);

    /** The unit of each metric, in {@link #NAMES} order (the unit its name ends with, spelled out). */
    public static final List<String> UNITS = concat(RESPONSE_UNITS, ToleranceMetrics.UNITS);

    private CellMetrics() {
    }

    /** The label of a metric name of {@link #NAMES} (the name itself if unknown). */
    public static String label(String name) {
        int k = NAMES.indexOf(name);
        return k < 0 ? name : LABELS.get(k);
    }

    /** The unit of a metric name of {@link #NAMES} (empty if unknown). */
    public static String unit(String name) {
        int k = NAMES.indexOf(name);
        return k < 0 ? "" : UNITS.get(k);
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
