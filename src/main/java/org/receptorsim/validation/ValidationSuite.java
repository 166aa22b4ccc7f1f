package org.receptorsim.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoublePredicate;
import java.util.function.IntToDoubleFunction;
import java.util.function.UnaryOperator;
import org.receptorsim.analysis.ArmSummary;
import org.receptorsim.analysis.Curves;
import org.receptorsim.metrics.ToleranceMetrics;
import org.receptorsim.model.ArmResult;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;
import org.receptorsim.statistics.SampleStatistics;

/**
 * Runs the validation scenarios ({@code scenarios/validation/}) and reads the literature targets off the simulated
 * curves. Each quantity is the mean over replicates (replicate r uses stream r), judged against the band of
 * docs/model.md's validation targets. Scenario runs are spread over threads; results do not depend on how many.
 * Scenarios that do not name an engine run on the cohort engine (same law as the reference, faster).
 */
public final class ValidationSuite {

    private static final double HOUR = 3600;

    private final Path directory;
    private final int replicates;
    private final int threads;
    private final ScenarioLoader loader;
    private final Map<String, Scenario> scenarios = new LinkedHashMap<>();
    private final Map<String, List<List<ArmResult>>> results = new LinkedHashMap<>();
    private final UnaryOperator<Scenario> variant;
    private final List<ChallengeReading> readings = new ArrayList<>();
    private final Set<String> challengeQuantities = new LinkedHashSet<>();

    /**
     * @param directory the folder of the validation scenarios
     * @param replicates replicates per scenario, ≥ 1
     * @param threads worker threads, ≥ 1
     * @param library the ligand and cell library
     */
    public ValidationSuite(Path directory, int replicates, int threads, Library library) {
        this(directory, replicates, threads, library, UnaryOperator.identity());
    }

    /**
     * A suite whose scenarios are changed before they run (an ablation, another washout before the challenges).
     *
     * @param directory the folder of the validation scenarios
     * @param replicates replicates per scenario, ≥ 1
     * @param threads worker threads, ≥ 1
     * @param library the ligand and cell library
     * @param variant applied to every scenario as loaded
     */
    public ValidationSuite(Path directory, int replicates, int threads, Library library,
                           UnaryOperator<Scenario> variant) {
        if (replicates < 1 || threads < 1) {
            throw new IllegalArgumentException("replicates and threads must be >= 1");
        }
        this.directory = directory;
        this.replicates = replicates;
        this.threads = threads;
        this.loader = new ScenarioLoader(library);
        this.variant = variant;
    }

    /** Scenario file of each target. */
    static final Map<String, List<String>> FILES = Map.of(
            "1", List.of("v1-acute-desensitization"),
            "2", List.of("v2-recovery"),
            "3", List.of("v1-acute-desensitization", "v3-internalization"),
            "4", List.of("v4-tolerance"),
            "5", List.of("v4-tolerance", "v5-withdrawal"),
            "6", List.of("v6-downregulation"),
            "7", List.of("v7-arrestin-knockout"),
            "8", List.of("v8-whole-animal"),
            "9", List.of("v9-tissue"));

    /**
     * The training quantities of docs/model.md's validation discipline: targets 1, 3 and 6 and the first two
     * quantities of target 2 (acute desensitization, recovery, internalization, downregulation in cells). Every
     * other quantity is a prediction.
     */
    public static final Set<String> TRAINING_TARGETS = Set.of("1", "3", "6");

    /** The role of a quantity: fitted for the training targets and target 2's acute recoveries, else predicted. */
    static ValidationRow.Role role(String target, String quantity) {
        boolean training = TRAINING_TARGETS.contains(target)
                || target.equals("2") && !quantity.startsWith("after 12 h morphine");
        return training ? ValidationRow.Role.FITTED : ValidationRow.Role.PREDICTED;
    }

    /** The targets the suite evaluates, in order. */
    public static final List<String> TARGETS = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9");

    /**
     * Runs the targets asked for.
     *
     * @param targets target numbers (empty = all)
     * @return the table rows
     */
    public List<ValidationRow> run(Set<String> targets) {
        List<String> chosen = TARGETS.stream().filter(t -> targets.isEmpty() || targets.contains(t)).toList();
        List<String> files = chosen.stream().flatMap(t -> FILES.get(t).stream()).distinct().toList();
        readings.clear();
        challengeQuantities.clear();
        simulate(files);
        List<ValidationRow> rows = new ArrayList<>();
        for (String t : chosen) {
            switch (t) {
                case "1" -> target1(rows);
                case "2" -> target2(rows);
                case "3" -> target3(rows);
                case "4" -> target4(rows);
                case "5" -> target5(rows);
                case "6" -> target6(rows);
                case "7" -> target7(rows);
                case "8" -> target8(rows);
                case "9" -> target9(rows);
                default -> throw new IllegalArgumentException("unknown target " + t);
            }
        }
        return rows;
    }

    private void simulate(List<String> files) {
        for (String f : files) {
            Scenario sc = variant.apply(loader.load(directory.resolve(f + ".yaml")));
            scenarios.put(f, sc.engine() == null ? sc.withEngine(KineticsEngine.COHORT) : sc);
        }
        List<List<ArmResult>> all = new org.receptorsim.replicates.ReplicateRunner(threads).runAll(
                files.size() * replicates,
                i -> org.receptorsim.simulation.ScenarioRunner.run(scenarios.get(files.get(i / replicates)),
                        i % replicates));
        for (int k = 0; k < files.size(); k++) {
            results.put(files.get(k), all.subList(k * replicates, (k + 1) * replicates));
        }
    }

    private ArmResult arm(String file, int replicate, String arm) {
        return results.get(file).get(replicate).stream().filter(r -> r.arm().equals(arm)).findFirst()
                .orElseThrow(() -> new IllegalStateException(file + " has no arm " + arm));
    }

    private ArmSummary summary(String file, int replicate, String arm) {
        return ArmSummary.of(arm(file, replicate, arm), scenarios.get(file).ligands());
    }

    /** The shared tolerance metrics of an arm (one definition with run, ensemble and tolerance). */
    private ToleranceMetrics tolerance(String file, int replicate, String arm) {
        return ToleranceMetrics.of(arm(file, replicate, arm), scenarios.get(file).ligands());
    }

    private void add(List<ValidationRow> rows, String target, String quantity, String literature, String unit,
                     IntToDoubleFunction metric, DoublePredicate pass) {
        double[] v = new double[replicates];
        for (int r = 0; r < replicates; r++) {
            v[r] = metric.applyAsDouble(r);
        }
        rows.add(ValidationRow.measured(target, quantity, literature, unit, v, pass, role(target, quantity)));
    }

    // ---- target 1: acute desensitization (LC, GIRK-like G-protein response) ----

    private double desensitization(String file, int r, String ligand) {
        return tolerance(file, r, ligand).tachyphylaxisPercent();
    }

    private void target1(List<ValidationRow> rows) {
        String f = "v1-acute-desensitization";
        add(rows, "1", "DAMGO: G-protein response lost in 10 min", "35 % (20-55 %)", "%",
                r -> desensitization(f, r, "DAMGO"), v -> v >= 20 && v <= 55);
        add(rows, "1", "DAMGO: half-time of the decline", "2-5 min", "min",
                r -> tolerance(f, r, "DAMGO").tachyphylaxisHalfTimeMinutes(), v -> v >= 2 && v <= 5);
        add(rows, "1", "morphine / DAMGO desensitization", "<= 1/3 (morphine 0-20 %)", "ratio",
                r -> desensitization(f, r, "morphine") / desensitization(f, r, "DAMGO"), v -> v <= 1.0 / 3);
        add(rows, "1", "oxycodone-like: response lost in 10 min", "< 10 %", "%",
                r -> desensitization(f, r, "oxycodone-like"), v -> v < 10);
    }

    // ---- target 2: recovery ----

    private void target2(List<ValidationRow> rows) {
        String f = "v2-recovery";
        add(rows, "2", "recovery 25 min after a 2-min application", ">= 90 %", "%",
                r -> summary(f, r, "brief").episodes().get(1).peakRelativeToFirstPercent(), v -> v >= 90);
        add(rows, "2", "recovery 45 min after a 10-min application", ">= 50 %", "%",
                r -> summary(f, r, "ten-minutes").episodes().get(1).peakRelativeToFirstPercent(), v -> v >= 50);
        add(rows, "2", "after 12 h morphine: recovery 45 min after 10-min DAMGO, % of naive response",
                "plateau below 90 %", "%", r -> {
                    List<ArmSummary.AgonistEpisode> eps = summary(f, r, "after-chronic-morphine").episodes();
                    double naive = summary(f, r, "ten-minutes").episodes().get(0).peakSignal();
                    return 100 * eps.get(eps.size() - 1).peakSignal() / naive;
                }, v -> v < 90);
    }

    // ---- target 3: internalization ----

    private static final List<String> AGONISTS =
            List.of("DAMGO", "Met-enkephalin", "methadone", "fentanyl", "morphine", "oxycodone-like");

    private double surfaceLoss(int r, String ligand) {
        return summary("v3-internalization", r, ligand).surfaceLossPercentAt30min();
    }

    private void target3(List<ValidationRow> rows) {
        add(rows, "3", "DAMGO: surface receptors lost at 30 min", "30-60 %", "%",
                r -> surfaceLoss(r, "DAMGO"), v -> v >= 30 && v <= 60);
        add(rows, "3", "morphine / DAMGO surface loss", "< 0.25", "ratio",
                r -> surfaceLoss(r, "morphine") / surfaceLoss(r, "DAMGO"), v -> v < 0.25);
        add(rows, "3", "methadone / DAMGO surface loss (DAMGO ~ methadone)", "0.75-1.33", "ratio",
                r -> surfaceLoss(r, "methadone") / surfaceLoss(r, "DAMGO"), v -> v >= 0.75 && v <= 1.0 / 0.75);
        add(rows, "3", "fentanyl between morphine and DAMGO (fraction of the way)", "0-1 (DAMGO > fentanyl >> morphine)",
                "fraction", r -> (surfaceLoss(r, "fentanyl") - surfaceLoss(r, "morphine"))
                        / (Math.max(surfaceLoss(r, "DAMGO"), surfaceLoss(r, "methadone")) - surfaceLoss(r, "morphine")),
                v -> v > 0.3 && v < 1);
        add(rows, "3", "Spearman rho(desensitization, internalization) over 6 agonists", "> 0.7", "rho", r -> {
            double[] d = new double[AGONISTS.size()];
            double[] i = new double[AGONISTS.size()];
            for (int k = 0; k < d.length; k++) {
                d[k] = desensitization("v1-acute-desensitization", r, AGONISTS.get(k));
                i[k] = surfaceLoss(r, AGONISTS.get(k));
            }
            return Curves.spearman(d, i);
        }, v -> v > 0.7);
    }

    // ---- target 4: tolerance in cells ----

    private List<ArmSummary.ChallengeFit> fits(String file, int r, String arm) {
        return summary(file, r, arm).challenges();
    }

    private static double shiftAt(List<ArmSummary.ChallengeFit> fits, double seconds) {
        ArmSummary.ChallengeFit f = fitAt(fits, seconds);
        return f == null ? Double.NaN : f.ec50FoldShift();
    }

    private static ArmSummary.ChallengeFit fitAt(List<ArmSummary.ChallengeFit> fits, double seconds) {
        for (ArmSummary.ChallengeFit f : fits) {
            if (Math.abs(f.timeSeconds() - seconds) < 1) {
                return f;
            }
        }
        return null;
    }

    /**
     * The challenge curves behind the quantities of the last run, in the order read: for targets 4, 7, 8 and 9
     * each curve a shift is read from, with its Emax loss and the absolute potency of its arm's first curve.
     */
    public List<ChallengeReading> challengeReadings() {
        return List.copyOf(readings);
    }

    /** Keys ("target: quantity") of the quantities of the last run read off challenge curves (potency shifts). */
    public Set<String> challengeQuantities() {
        return java.util.Collections.unmodifiableSet(challengeQuantities);
    }

    /** Marks the row added last as read off challenge curves. */
    private void fromChallenges(List<ValidationRow> rows) {
        challengeQuantities.add(rows.get(rows.size() - 1).key());
    }

    /** Records the challenge curve of an arm at a time, over the replicates. */
    private void reading(String target, String file, String arm, double hours) {
        double[] shift = new double[replicates];
        double[] loss = new double[replicates];
        double[] first = new double[replicates];
        String ligand = null;
        String failure = null;
        for (int r = 0; r < replicates; r++) {
            List<ArmSummary.ChallengeFit> fits = fits(file, r, arm);
            ArmSummary.ChallengeFit f = fitAt(fits, hours * HOUR);
            if (f == null) {
                throw new IllegalStateException(file + "/" + arm + " has no challenge at " + hours + " h");
            }
            ligand = f.ligand();
            shift[r] = f.ec50FoldShift();
            loss[r] = f.emaxLossPercent();
            first[r] = fits.stream().filter(x -> x.ligand().equals(f.ligand())).findFirst().orElseThrow().ec50Molar();
            if (failure == null) {
                failure = f.fitFailure() != null ? f.fitFailure() : fits.get(0).fitFailure();
            }
        }
        org.receptorsim.model.ChallengePlan plan = scenarios.get(file).challenges();
        String potency = plan.readout() == org.receptorsim.model.ChallengePlan.Readout.CAMP_LEVEL ? "ED50" : "EC50";
        readings.add(new ChallengeReading(target, scenarios.get(file).name(), arm, ligand, potency, hours,
                plan.washoutSeconds() / 60, SampleStatistics.of(shift).mean(), SampleStatistics.of(shift).sd(),
                SampleStatistics.of(loss).mean(), SampleStatistics.of(loss).sd(), SampleStatistics.of(first).mean(),
                SampleStatistics.of(first).sd(), failure));
    }

    private void target4(List<ValidationRow> rows) {
        String f = "v4-tolerance";
        add(rows, "4", "DAMGO EC50 shift after 24 h morphine", "3-30x", "fold",
                r -> shiftAt(fits(f, r, "main"), 24 * HOUR), v -> v >= 3 && v <= 30);
        fromChallenges(rows);
        add(rows, "4", "share of the 24-h log shift reached by 12 h", "mostly within 4-12 h, then plateau (>= 0.7)",
                "fraction", r -> Math.log(shiftAt(fits(f, r, "main"), 12 * HOUR))
                        / Math.log(shiftAt(fits(f, r, "main"), 24 * HOUR)), v -> v >= 0.7);
        fromChallenges(rows);
        reading("4", f, "main", 12);
        reading("4", f, "main", 24);
    }

    // ---- target 5: withdrawal ----

    private double overshoot(int r, String armName) {
        return tolerance("v5-withdrawal", r, armName).overshootPeak();
    }

    private void target5(List<ValidationRow> rows) {
        add(rows, "5", "cAMP after naloxone, 24 h morphine", "1.5-3.5x control", "x control",
                r -> overshoot(r, "24h"), v -> v >= 1.5 && v <= 3.5);
        add(rows, "5", "cAMP after naloxone, 4 h morphine", "1.5-3.5x control (>= 4 h exposure)", "x control",
                r -> overshoot(r, "4h"), v -> v >= 1.5 && v <= 3.5);
        add(rows, "5", "overshoot grows with exposure: (24 h - 1) / (4 h - 1)", "> 1", "ratio",
                r -> (overshoot(r, "24h") - 1) / (overshoot(r, "4h") - 1), v -> v > 1);
        add(rows, "5", "half-time of superactivation / half-time of tolerance", "same time scale (0.5-2)", "ratio",
                r -> {
                    ArmResult a = arm("v4-tolerance", r, "main");
                    double up = Curves.halfTime(a.snapshots(), s -> s.readouts().cyclaseUpregulation(), 0,
                            24 * HOUR) / HOUR;
                    return up / tolerance("v4-tolerance", r, "main").timeToHalfToleranceHours();
                }, v -> v >= 0.5 && v <= 2);
        add(rows, "5", "overshoot half-decay time after naloxone (24 h arm)", "hours (>= 1 h)", "h",
                r -> tolerance("v5-withdrawal", r, "24h").overshootHalfDecayHours(), v -> v >= 1);
    }

    // ---- target 6: downregulation ----

    private void target6(List<ValidationRow> rows) {
        String f = "v6-downregulation";
        add(rows, "6", "DAMGO: half-time of receptor loss", "~3 h (1.5-6 h)", "h", r -> {
            ArmResult a = arm(f, r, "DAMGO");
            return Curves.halfTime(a.snapshots(), s -> s.alive(), 0, 24 * HOUR) / HOUR;
        }, v -> v >= 1.5 && v <= 6);
        add(rows, "6", "DAMGO: loss by 12 h / loss by 24 h", "near plateau by 24 h (>= 0.8)", "ratio", r -> {
            ArmResult a = arm(f, r, "DAMGO");
            double n0 = a.snapshots().get(0).alive();
            return (n0 - Curves.valueAt(a.snapshots(), s -> s.alive(), 12 * HOUR))
                    / (n0 - Curves.valueAt(a.snapshots(), s -> s.alive(), 24 * HOUR));
        }, v -> v >= 0.8);
        add(rows, "6", "morphine: receptors lost at 24 h / DAMGO's", "little net loss (< 0.25)", "ratio",
                r -> tolerance(f, r, "morphine").receptorLossPercent() / tolerance(f, r, "DAMGO").receptorLossPercent(),
                v -> v < 0.25);
    }

    // ---- target 7: arrestin-2 knockout ----

    private void target7(List<ValidationRow> rows) {
        String f = "v7-arrestin-knockout";
        add(rows, "7", "morphine tolerance, knockout / wild type (log EC50 shift at 24 h)", "reduced (< 0.5)",
                "ratio", r -> Math.log(shiftAt(fits(f, r, "morphine-KO"), 24 * HOUR))
                        / Math.log(shiftAt(fits(f, r, "morphine-WT"), 24 * HOUR)), v -> v < 0.5);
        fromChallenges(rows);
        add(rows, "7", "fentanyl tolerance, knockout / wild type (log EC50 shift at 24 h)", "as wild type (>= 0.7)",
                "ratio", r -> Math.log(shiftAt(fits(f, r, "fentanyl-KO"), 24 * HOUR))
                        / Math.log(shiftAt(fits(f, r, "fentanyl-WT"), 24 * HOUR)), v -> v >= 0.7);
        fromChallenges(rows);
        add(rows, "7", "knockout keeps cyclase superactivation: cAMP after naloxone (morphine)", ">= 1.5x control",
                "x control", r -> tolerance(f, r, "morphine-KO").overshootPeak(), v -> v >= 1.5);
        for (String arm : List.of("morphine-WT", "morphine-KO", "fentanyl-WT", "fentanyl-KO")) {
            reading("7", f, arm, 24);
        }
    }

    // ---- target 8: whole animal ----

    private void target8(List<ValidationRow> rows) {
        String f = "v8-whole-animal";
        add(rows, "8", "repeated dosing, twice daily for 7 days, 24 h after the last dose: morphine ED50 shift",
                "2-5x", "fold", r -> shiftAt(fits(f, r, "repeated-dosing"), 180 * HOUR), v -> v >= 2 && v <= 5);
        fromChallenges(rows);
        add(rows, "8", "continuous high exposure, 7 days: morphine ED50 shift", "10-50x", "fold",
                r -> shiftAt(fits(f, r, "continuous-high"), 180 * HOUR), v -> v >= 10 && v <= 50);
        fromChallenges(rows);
        reading("8", f, "repeated-dosing", 180);
        reading("8", f, "continuous-high", 180);
    }

    // ---- target 9: tissue ----

    private void target9(List<ValidationRow> rows) {
        String f = "v9-tissue";
        add(rows, "9", "CNS: DAMGO ED50 shift after 48 h morphine (tissue readout)", ">= 10x", "fold",
                r -> shiftAt(fits(f, r, "CNS"), 48 * HOUR), v -> v >= 10);
        fromChallenges(rows);
        add(rows, "9", "enteric (colon-like): DAMGO ED50 shift after 48 h morphine (tissue readout)", "<= 2x", "fold",
                r -> shiftAt(fits(f, r, "enteric"), 48 * HOUR), v -> v <= 2);
        fromChallenges(rows);
        reading("9", f, "CNS", 48);
        reading("9", f, "enteric", 48);
    }
}
