package org.receptorsim.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.receptorsim.model.CellType;
import org.receptorsim.records.Records;
import org.receptorsim.scenario.Arm;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.signaling.Adaptations;

/**
 * Ablation of the chronic quantities: each is measured again with one mechanism switched off in every arm of
 * every validation scenario, and the share of the quantity that the mechanism carries is
 * 1 − (effect without it) / (effect with everything on). The effect is measured from the quantity's no-effect value:
 * on the log scale for fold shifts and cAMP overshoots (no effect = 1: share = 1 − ln(without) / ln(with)), as the
 * deficit below 100 % for the recovery after chronic morphine (share = 1 − (100 − without) / (100 − with)); for
 * ratios, fractions and times there is no no-effect value, and only the value without the mechanism is reported.
 * Shares need not add up to 1: mechanisms interact, and a share above 1 means the quantity reverses without the
 * mechanism.
 */
public final class Ablation {

    /** The targets with chronic quantities (all predictions). */
    public static final Set<String> CHRONIC_TARGETS = Set.of("2", "4", "5", "7", "8", "9");

    /** A mechanism that can be switched off. */
    public enum Mechanism {
        /** Homeostatic adenylyl-cyclase up-regulation ({@link Adaptations#cyclaseSuperactivation}). */
        CYCLASE_SUPERACTIVATION("cyclase superactivation"),
        /** The receptors' long-lived desensitized state ({@link Adaptations#longLivedDesensitization}). */
        LONG_LIVED_DESENSITIZATION("long-lived desensitization"),
        /** Sorting of endosomal receptors to the lysosome ({@link Adaptations#downregulation}). */
        DOWNREGULATION("downregulation"),
        /**
         * Receptor regulation by arrestins: arrestin-3 (β-arrestin-2) and arrestin-2 (β-arrestin-1) levels 0 in
         * every cell, so no receptor binds arrestin or is internalized.
         */
        ARRESTINS("arrestins (arrestin-3 and arrestin-2 levels 0)"),
        /** All four at once: what remains is occupancy, phosphorylation and the G-protein cycle. */
        ALL("all four above");

        private final String label;

        Mechanism(String label) {
            this.label = label;
        }

        /** Human-readable name. */
        public String label() {
            return label;
        }

        /** The scenario with this mechanism switched off in every arm. */
        public Scenario apply(Scenario s) {
            List<Arm> arms = new ArrayList<>();
            for (Arm a : s.arms()) {
                Adaptations ad = a.adaptations();
                CellType cell = a.cell();
                if (this == CYCLASE_SUPERACTIVATION || this == ALL) {
                    ad = Records.with(ad, "cyclaseSuperactivation", false);
                }
                if (this == LONG_LIVED_DESENSITIZATION || this == ALL) {
                    ad = Records.with(ad, "longLivedDesensitization", false);
                }
                if (this == DOWNREGULATION || this == ALL) {
                    ad = Records.with(ad, "downregulation", false);
                }
                if (this == ARRESTINS || this == ALL) {
                    cell = Records.with(cell, Map.of("arrestin3Level", 0.0, "arrestin2Level", 0.0));
                }
                arms.add(new Arm(a.name(), a.description(), cell, a.protocol(), ad));
            }
            return Records.with(s, "arms", List.copyOf(arms));
        }
    }

    /** How a quantity's share is measured. */
    public enum Scale {
        /** Log scale, no effect = 1 (fold shifts, cAMP overshoot in × control). */
        LOG("log, no effect = 1"),
        /** Deficit below 100 % (recovery as % of the naive response). */
        DEFICIT("deficit below 100 %"),
        /** No no-effect value: no share. */
        NONE("no share (no no-effect value)");

        private final String label;

        Scale(String label) {
            this.label = label;
        }

        /** Human-readable description. */
        public String label() {
            return label;
        }

        /** The scale of a quantity by its unit and name. */
        static Scale of(String unit, String quantity) {
            if (unit.equals("fold") || unit.equals("x control")) {
                return LOG;
            }
            if (unit.equals("%") && quantity.contains("% of naive response")) {
                return DEFICIT;
            }
            return NONE;
        }

        /** The share carried by a mechanism: 1 − effect without / effect with; NaN without a no-effect value. */
        double share(double with, double without) {
            return switch (this) {
                case LOG -> with > 0 && with != 1 && without > 0 ? 1 - Math.log(without) / Math.log(with) : Double.NaN;
                case DEFICIT -> with != 100 ? 1 - (100 - without) / (100 - with) : Double.NaN;
                case NONE -> Double.NaN;
            };
        }
    }

    /**
     * One chronic quantity with one mechanism off.
     *
     * @param target target number
     * @param quantity the quantity (a validation quantity, or the potency shift of one challenge curve)
     * @param unit its unit
     * @param mechanism what is switched off
     * @param withAll the quantity with every mechanism on (mean over replicates)
     * @param without the quantity with the mechanism off
     * @param share the share of the quantity the mechanism carries, NaN where not defined
     * @param scale how the share is measured
     */
    public record Row(String target, String quantity, String unit, Mechanism mechanism, double withAll,
                      double without, double share, Scale scale) {
    }

    private Ablation() {
    }

    /** A challenge curve as a quantity of the ablation table. */
    static String quantity(ChallengeReading c) {
        return c.potency() + " shift of " + c.ligand() + ", " + c.scenario() + " arm " + c.arm() + " at "
                + ValidationTables.num(c.hours()) + " h";
    }

    /**
     * Runs the ablation of the chronic targets among those of {@code runs}.
     *
     * @param library the library
     * @param mechanisms the mechanisms to switch off, one at a time
     * @param baseline the suite with everything on (same replicates and targets as {@code runs})
     * @param runs how the suite is run
     * @return per quantity (the chronic predictions, then the challenge curves behind them) and mechanism, one row
     */
    public static List<Row> run(Library library, List<Mechanism> mechanisms, SuiteRuns.Outcome baseline,
                                SuiteRuns runs) {
        List<SuiteRuns.Config> configs = new ArrayList<>();
        for (Mechanism m : mechanisms) {
            UnaryOperator<Scenario> off = m::apply;
            configs.add(new SuiteRuns.Config(m.label() + " off", library, off));
        }
        List<SuiteRuns.Outcome> outcomes = runs.run("ablation", configs);
        List<Row> out = new ArrayList<>();
        for (ValidationRow b : baseline.rows()) {
            if (!CHRONIC_TARGETS.contains(b.target()) || b.role() != ValidationRow.Role.PREDICTED) {
                continue;
            }
            Scale scale = Scale.of(b.unit(), b.quantity());
            for (int i = 0; i < mechanisms.size(); i++) {
                double without = find(outcomes.get(i).rows(), b.key());
                out.add(new Row(b.target(), b.quantity(), b.unit(), mechanisms.get(i), b.simulated(), without,
                        scale.share(b.simulated(), without), scale));
            }
        }
        for (ChallengeReading c : baseline.readings()) {
            for (int i = 0; i < mechanisms.size(); i++) {
                Map<String, ChallengeReading> off = new HashMap<>();
                outcomes.get(i).readings().forEach(x -> off.put(x.key(), x));
                double without = off.containsKey(c.key()) ? off.get(c.key()).foldShift() : Double.NaN;
                out.add(new Row(c.target(), quantity(c), "fold", mechanisms.get(i), c.foldShift(), without,
                        Scale.LOG.share(c.foldShift(), without), Scale.LOG));
            }
        }
        return out;
    }

    private static double find(List<ValidationRow> rows, String key) {
        return rows.stream().filter(r -> r.key().equals(key)).mapToDouble(ValidationRow::simulated).findFirst()
                .orElseThrow(() -> new IllegalStateException("ablated run has no quantity " + key));
    }
}
