package org.receptorsim.sweep;

import java.util.Locale;
import java.util.Map;
import org.receptorsim.metrics.CellMetrics;
import org.receptorsim.scenario.SweepPlan;
import org.receptorsim.units.Quantities;

/**
 * Human names of a sweep's axes and metric for charts and reports: {@code ligands.morphine-like.arrestin3Efficacy}
 * is "arrestin-3 (β-arrestin-2) efficacy of morphine-like", {@code bath.morphine} "morphine in the bath (M)", {@code cell.grkLevel}
 * "GRK level of the cell"; metrics by {@link CellMetrics#label}.
 */
final class SweepLabels {

    /** Words that camel case would lower-case wrongly. */
    private static final Map<String, String> WORDS = Map.of("grk", "GRK", "g", "G", "kd", "Kd", "koff", "koff",
            "kon", "kon", "ec50", "EC50", "camp", "cAMP", "arrestin3", "arrestin-3 (β-arrestin-2)",
            "arrestin2", "arrestin-2 (β-arrestin-1)");

    private SweepLabels() {
    }

    /** The label of axis {@code k} of a plan, with the unit of its values. */
    static String axis(SweepPlan plan, int k) {
        String unit = switch (plan.unitSuffix(k)) {
            case "_per_s" -> " (/s)";
            case "_M" -> " (M)";
            case "_per_M_per_s" -> " (/M/s)";
            case "_s" -> " (s)";
            default -> "";
        };
        return parameter(plan.axes().get(k).parameter()) + unit;
    }

    /** A swept value as a tick label: three significant digits (0.232, not 0.2321). */
    static String value(Object v) {
        return v instanceof Double d ? Quantities.trim(String.format(Locale.ROOT, "%.3g", d)) : String.valueOf(v);
    }

    /** A parameter path in words. */
    static String parameter(String path) {
        String[] p = path.split("\\.");
        if (p.length == 3 && p[0].equals("ligands")) {
            return words(p[2]) + " of " + p[1];
        }
        if (p.length == 2 && p[0].equals("bath")) {
            return p[1] + " in the bath";
        }
        if (p.length == 2 && p[0].equals("cell")) {
            return words(p[1]) + " of the cell";
        }
        return path;
    }

    /** A metric name of {@link CellMetrics#NAMES} in words with its unit. */
    static String metric(String name) {
        return CellMetrics.label(name);
    }

    /** camelCase in words: gProteinEfficacy → "G-protein efficacy", grkLevel → "GRK level". */
    static String words(String camel) {
        if (camel.equals("gProteinEfficacy")) {
            return "G-protein efficacy";
        }
        StringBuilder out = new StringBuilder();
        for (String w : camel.split("(?<=[a-z0-9])(?=[A-Z])")) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(WORDS.getOrDefault(lower, lower));
        }
        return out.toString();
    }
}
