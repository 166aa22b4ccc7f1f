package org.receptorsim.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.receptorsim.scenario.Library;

/**
 * The tables of the validation's washout comparison, challenge curves, ablation and sensitivity analysis, as
 * header and rows of text, written as Markdown (stdout, {@code validation.md}) and HTML ({@code report.html}) alike.
 */
public final class ValidationTables {

    /**
     * A table of text.
     *
     * @param caption what it shows
     * @param header column names
     * @param rows cells
     */
    public record Table(String caption, List<String> header, List<List<String>> rows) {

        /** The table as Markdown, caption first. */
        public String markdown() {
            StringBuilder sb = new StringBuilder(caption).append("\n\n| ");
            sb.append(String.join(" | ", header)).append(" |\n|");
            sb.append("---|".repeat(header.size())).append('\n');
            for (List<String> r : rows) {
                sb.append("| ").append(String.join(" | ", r)).append(" |\n");
            }
            return sb.append('\n').toString();
        }
    }

    private ValidationTables() {
    }

    /** A number with three significant digits; "not measured" for NaN. */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "not measured";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e6 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3g", v);
    }

    private static String value(ValidationRow r) {
        return num(r.simulated()) + (Double.isNaN(r.simulated()) ? "" : " " + r.unit());
    }

    private static String result(boolean pass) {
        return pass ? "pass" : "FAIL";
    }

    /** Each potency-shift quantity after the scenarios' 10-min hold and after a 60-min hold. */
    public static Table washout(WashoutComparison.Result result) {
        List<List<String>> rows = new ArrayList<>();
        for (WashoutComparison.Pair p : result.quantities()) {
            rows.add(List.of(p.shortHold().target(), p.shortHold().quantity(), p.shortHold().literature(),
                    value(p.shortHold()), result(p.shortHold().pass()), value(p.longHold()),
                    result(p.longHold().pass())));
        }
        String shortHold = result.quantities().isEmpty() ? "scenario"
                : String.format(Locale.ROOT, "%.0f-min", result.quantities().get(0).shortMinutes());
        String longHold = String.format(Locale.ROOT, "%.0f-min", WashoutComparison.LONG_WASHOUT_MINUTES);
        return new Table("Potency shifts after the scenarios' and a " + longHold + " drug-free hold before each "
                + "challenge:", List.of("target", "quantity", "literature", shortHold + " hold", "result",
                longHold + " hold", "result"), rows);
    }

    /** Every challenge curve behind a shift: first potency, shift and Emax loss with both holds. */
    public static Table challenges(WashoutComparison.Result result) {
        List<List<String>> rows = new ArrayList<>();
        for (WashoutComparison.CurvePair p : result.curves()) {
            ChallengeReading s = p.shortHold();
            ChallengeReading l = p.longHold();
            String failure = s.failure() != null ? s.failure() : l != null && l.failure() != null ? l.failure() : "";
            rows.add(List.of(s.target(), s.scenario() + " " + s.arm(), s.ligand() + " " + s.potency(),
                    num(s.hours()), num(s.firstPotencyMolar() * 1e9), num(s.foldShift()), num(s.emaxLossPercent()),
                    l == null ? "" : num(l.foldShift()), l == null ? "" : num(l.emaxLossPercent()), failure));
        }
        String shortHold = result.curves().isEmpty() ? "scenario hold"
                : num(result.curves().get(0).shortHold().washoutMinutes()) + " min";
        String longHold = num(WashoutComparison.LONG_WASHOUT_MINUTES) + " min";
        return new Table("Challenge curves: potency of the first (naive) curve, then potency shift and Emax loss "
                + "(100·(1 − Emax/first Emax)) after a " + shortHold + " and a " + longHold + " hold:",
                List.of("target", "arm", "potency", "at (h)", "first (nM)", "shift, " + shortHold + " (fold)",
                        "Emax loss, " + shortHold + " (%)", "shift, " + longHold + " (fold)",
                        "Emax loss, " + longHold + " (%)", "fit failure"), rows);
    }

    /** The ablation: per chronic quantity its value with all on, and each mechanism off with its share. */
    public static Table ablation(List<Ablation.Row> rows) {
        List<Ablation.Mechanism> mechanisms = rows.stream().map(Ablation.Row::mechanism).distinct().toList();
        Map<String, List<Ablation.Row>> byQuantity = new LinkedHashMap<>();
        for (Ablation.Row r : rows) {
            byQuantity.computeIfAbsent(r.target() + ": " + r.quantity(), k -> new ArrayList<>()).add(r);
        }
        List<String> header = new ArrayList<>(List.of("target", "quantity", "all on"));
        for (Ablation.Mechanism m : mechanisms) {
            header.add("without " + m.label() + " (share)");
        }
        List<List<String>> out = new ArrayList<>();
        for (List<Ablation.Row> q : byQuantity.values()) {
            Ablation.Row first = q.get(0);
            List<String> row = new ArrayList<>(List.of(first.target(), first.quantity(),
                    num(first.withAll()) + (Double.isNaN(first.withAll()) ? "" : " " + first.unit())));
            for (Ablation.Row r : q) {
                row.add(num(r.without()) + (Double.isNaN(r.share()) ? ""
                        : String.format(Locale.ROOT, " (%.0f %%)", 100 * r.share())));
            }
            out.add(row);
        }
        return new Table("Ablation of the chronic quantities: the value with each mechanism switched off, and in "
                + "brackets the share of the effect it carries (log scale for fold shifts and overshoots, deficit "
                + "below 100 % for recovery; none for ratios and times):", header, out);
    }

    /**
     * Per quantity: the fitted value that moves it most one at a time (largest |change| over ×0.5 and ×2), its
     * values at both factors, how many single changes move it across its band edge, and the value with the
     * largest Morris μ*.
     */
    public static Table sensitivitySummary(List<ValidationRow> baseline, List<OneAtATime.Row> oat,
                                           List<MorrisScreen.Effect> morris) {
        List<List<String>> out = new ArrayList<>();
        for (ValidationRow b : baseline) {
            List<OneAtATime.Row> mine = oat.stream().filter(r -> r.key().equals(b.key())).toList();
            if (mine.isEmpty()) {
                continue;
            }
            OneAtATime.Row top = mine.stream().filter(r -> Double.isFinite(r.change()))
                    .max(Comparator.comparingDouble(r -> Math.abs(r.change()))).orElse(null);
            long flips = mine.stream().filter(r -> r.pass() != r.baselinePass()).count();
            String topName = top == null ? "none measured" : top.parameter();
            String atFactors = top == null ? "" : String.join(" / ", mine.stream()
                    .filter(r -> r.parameter().equals(top.parameter()))
                    .map(r -> "x" + num(r.appliedFactor()) + ": " + num(r.value())).toList());
            MorrisScreen.Effect m = morris.stream().filter(e -> e.key().equals(b.key()) && Double.isFinite(e.muStar()))
                    .max(Comparator.comparingDouble(MorrisScreen.Effect::muStar)).orElse(null);
            out.add(List.of(b.target(), b.quantity(), value(b), result(b.pass()), topName, atFactors,
                    flips + " of " + mine.size(), m == null ? "" : m.parameter(),
                    m == null ? "" : num(m.muStar()) + " (σ " + num(m.sigma()) + ")"));
        }
        return new Table("Sensitivity: for each quantity the fitted value that moves it most one at a time (x0.5, "
                + "x2), its value at both factors, how many single changes cross the band edge, and the fitted "
                + "value with the largest Morris mu* (the quantity's unit per whole x0.5..x2 range):",
                List.of("target", "quantity", "baseline", "result", "most influential (one at a time)",
                        "quantity at its factors", "band crossings", "most influential (Morris)", "mu* (sigma)"),
                out);
    }

    /** The full Morris screen: μ, μ* and σ per quantity and fitted value. */
    public static Table morris(List<MorrisScreen.Effect> effects) {
        List<List<String>> out = new ArrayList<>();
        for (MorrisScreen.Effect e : effects) {
            out.add(List.of(e.target(), e.quantity(), e.parameter(), num(e.mu()), num(e.muStar()), num(e.sigma()),
                    e.effects() + (e.unmeasured() > 0 ? " (" + e.unmeasured() + " unmeasured)" : "")));
        }
        return new Table("Morris screen (elementary effects in the quantity's unit per whole x0.5..x2 range):",
                List.of("target", "quantity", "fitted value", "mu", "mu*", "sigma", "effects"), out);
    }

    /**
     * The range of every varied value, and the cell types a changed cell value reaches besides its own (a value
     * set on a base cell type is changed wherever it is inherited unchanged).
     */
    public static Table parameters(Library library, List<SensitivityParameter> parameters) {
        List<List<String>> out = new ArrayList<>();
        for (SensitivityParameter p : parameters) {
            String[] path = p.path().split("\\.", 3);
            String also = path[0].equals("cells") ? String.join(", ", library.inheritors(path[1], path[2])) : "";
            out.add(List.of(p.path(), String.valueOf(p.nominal()), "x" + num(p.lowFactor()) + " to x"
                    + num(p.highFactor()), also.isEmpty() ? "-" : also));
        }
        return new Table("Varied values (range on a log scale; cut where the library refuses a value) and the "
                + "derived cell types that inherit each unchanged, which change with it:",
                List.of("fitted value", "library value", "range", "also changed in"), out);
    }
}
