package org.receptorsim.ensemble;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.receptorsim.analysis.ArmSummary;

/**
 * The per-cell summary metrics an ensemble reports for every replicate and arm, taken from {@link ArmSummary} (one
 * definition each, shared with {@code run} and {@code validate}); NaN where a metric does not apply.
 */
final class ReplicateMetrics {

    /** Metric names, in column order, with units. */
    static final List<String> NAMES = List.of("peakSignal", "peakTime_s", "signalAtEnd",
            "desensitization_percent", "surfaceLossAt30min_percent", "internalizedAt30min_percent",
            "receptorsAtEnd", "peakCampRelative", "lastEc50FoldShift", "lastEmaxLoss_percent");

    private ReplicateMetrics() {
    }

    static double[] of(ArmSummary s) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("peakSignal", s.peakSignal());
        m.put("peakTime_s", s.peakTimeSeconds());
        m.put("signalAtEnd", s.signalAtEnd());
        m.put("desensitization_percent", s.episodes().isEmpty() ? Double.NaN
                : s.episodes().get(0).desensitizationPercent());
        m.put("surfaceLossAt30min_percent", orNaN(s.surfaceLossPercentAt30min()));
        m.put("internalizedAt30min_percent", orNaN(s.internalizedPercentAt30min()));
        m.put("receptorsAtEnd", (double) s.receptorsAtEnd());
        m.put("peakCampRelative", s.peakCampRelative());
        ArmSummary.ChallengeFit last = s.challenges().isEmpty() ? null : s.challenges().get(s.challenges().size() - 1);
        m.put("lastEc50FoldShift", last == null ? Double.NaN : last.ec50FoldShift());
        m.put("lastEmaxLoss_percent", last == null ? Double.NaN : last.emaxLossPercent());
        return m.values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double orNaN(Double v) {
        return v == null ? Double.NaN : v;
    }
}
