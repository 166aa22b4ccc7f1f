package org.receptorsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.receptorsim.output.HtmlReport;
import org.receptorsim.output.OutputClaim;
import org.receptorsim.output.RunDirectory;
import org.receptorsim.output.RunWriter;
import org.receptorsim.scenario.Library;
import org.receptorsim.validation.Ablation;
import org.receptorsim.validation.AbsolutePotency;
import org.receptorsim.validation.ChallengeReading;
import org.receptorsim.validation.FittedValues;
import org.receptorsim.validation.MorrisDesign;
import org.receptorsim.validation.MorrisScreen;
import org.receptorsim.validation.OneAtATime;
import org.receptorsim.validation.SensitivityParameter;
import org.receptorsim.validation.SuiteRuns;
import org.receptorsim.validation.ValidationRow;
import org.receptorsim.validation.ValidationSuite;
import org.receptorsim.validation.ValidationTables;
import org.receptorsim.validation.ValidationTables.Table;
import org.receptorsim.validation.WashoutComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code receptorsim validate}: the literature validation table with the potency shifts after a 10-min and a 60-min
 * hold, Emax losses and absolute potencies; optionally the sensitivity of every quantity to the fitted values
 * (one at a time and a Morris screen) and the ablation of the chronic quantities. Printed, and written as CSV,
 * Markdown and HTML.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Run the validation scenarios and compare the emergent results with the literature targets "
                + "(docs/model.md); write validation.csv, washout.csv, challenges.csv, validation.md and report.html "
                + "to output/validation-<timestamp>/ (with --sensitivity also sensitivity.csv, morris.csv and "
                + "morris-design.csv; with --ablation ablation.csv).")
final class ValidateCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    private LibraryOptions libraryOptions;

    @Spec
    private CommandSpec spec;

    @Option(names = "--replicates", defaultValue = "3", description = "Replicate cells per scenario (default 3).")
    private int replicates;

    @Mixin
    private ThreadOptions threads;

    @Option(names = "--targets", split = ",", paramLabel = "N",
            description = "Only these targets, e.g. --targets 1,3 or --targets potency (the cAMP assay potencies) "
                    + "(default: all).")
    private List<String> targets;

    @Option(names = "--dir", defaultValue = "scenarios/validation", paramLabel = "DIR",
            description = "Folder of the validation scenarios (default: ${DEFAULT-VALUE}).")
    private Path dir;

    @Option(names = "--out", paramLabel = "DIR", description = "Directory for the table (default: output/validation-<timestamp>).")
    private Path out;

    @Option(names = "--sensitivity", description = "Also vary every fitted value: one at a time (x0.5, x2) and a "
            + "Morris elementary-effects screen.")
    private boolean sensitivity;

    @Option(names = "--parameters", split = ",", paramLabel = "PATH",
            description = "Values varied by --sensitivity, as library paths such as "
                    + "cells.HEK293-MOR.arrestin3BindingRate (default: every fitted value of fitted.yaml).")
    private List<String> parameters;

    @Option(names = "--trajectories", defaultValue = "10", paramLabel = "R",
            description = "Morris trajectories (default ${DEFAULT-VALUE}; 0: one at a time only).")
    private int trajectories;

    @Option(names = "--levels", defaultValue = "4", paramLabel = "P",
            description = "Morris levels per value, even (default ${DEFAULT-VALUE}).")
    private int levels;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the Morris design (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--ablation", description = "Also switch each mechanism off in turn and report the share of "
            + "every chronic quantity it carries.")
    private boolean ablation;

    /** Targets that --targets accepts besides the suite's. */
    private static final String POTENCY = AbsolutePotency.TARGET;

    @Override
    public Integer call() {
        if (replicates < 1) {
            throw new ReceptorSimCommand.UserException("--replicates: expected a whole number >= 1, got " + replicates);
        }
        Set<String> chosen = targets == null ? Set.of() : new LinkedHashSet<>(targets);
        for (String t : chosen) {
            if (!ValidationSuite.TARGETS.contains(t) && !t.equals(POTENCY)) {
                throw new ReceptorSimCommand.UserException("--targets: unknown target '" + t + "', expected one of "
                        + ValidationSuite.TARGETS + " or " + POTENCY);
            }
        }
        Set<String> suiteTargets = new LinkedHashSet<>(chosen);
        suiteTargets.remove(POTENCY);
        boolean suite = chosen.isEmpty() || !suiteTargets.isEmpty();
        Library library = libraryOptions.library();
        List<SensitivityParameter> varied = sensitivity ? sensitivityParameters(library, suite) : List.of();
        MorrisDesign design = sensitivity && trajectories != 0 ? morrisDesign(varied.size()) : null;
        Set<String> chronic = new LinkedHashSet<>(suiteTargets.isEmpty() ? Ablation.CHRONIC_TARGETS : suiteTargets);
        chronic.retainAll(Ablation.CHRONIC_TARGETS);
        if (ablation && (!suite || chronic.isEmpty())) {
            throw new ReceptorSimCommand.UserException("--ablation: expected a chronic target among --targets (one "
                    + "of 2, 4, 5, 7, 8, 9)");
        }
        Path target = out != null ? out : Path.of("output", "validation-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)));
        PrintWriter o = spec.commandLine().getOut();
        int t = threads.threads(o);
        Map<String, String> timing = new LinkedHashMap<>();
        try (OutputClaim claim = Outputs.claim(target, spec)) {
            PrintWriter err = spec.commandLine().getErr();
            SuiteRuns runs = new SuiteRuns(dir, replicates, t, chosen, line -> {
                err.println(line);
                err.flush();
            });

            long start = System.nanoTime();
            List<ValidationRow> suiteRows = List.of();
            SuiteRuns.Outcome baseline = new SuiteRuns.Outcome(List.of(), List.of());
            Set<String> challengeQuantities = Set.of();
            if (suite) {
                ValidationSuite validation = new ValidationSuite(dir, replicates, t, library);
                suiteRows = validation.run(suiteTargets);
                baseline = new SuiteRuns.Outcome(suiteRows, validation.challengeReadings());
                challengeQuantities = validation.challengeQuantities();
            }
            List<ValidationRow> rows = runs.withPotencies(suiteRows, baseline.readings(), library, t);
            baseline = new SuiteRuns.Outcome(rows, baseline.readings());
            timing.put("validation (s)", seconds(start));

            start = System.nanoTime();
            WashoutComparison.Result washout = suite
                    ? WashoutComparison.run(library, baseline, challengeQuantities, runs)
                    : new WashoutComparison.Result(List.of(), List.of());
            timing.put("60-min washout (s)", seconds(start));

            List<Ablation.Row> ablationRows = List.of();
            if (ablation) {
                start = System.nanoTime();
                ablationRows = Ablation.run(library, List.of(Ablation.Mechanism.values()), baseline,
                        runs.withTargets(chronic));
                timing.put("ablation (s)", seconds(start));
            }
            List<OneAtATime.Row> oat = List.of();
            MorrisScreen.Result morris = null;
            if (sensitivity) {
                start = System.nanoTime();
                oat = OneAtATime.run(library, varied, OneAtATime.FACTORS, rows, runs);
                timing.put("one-at-a-time (s)", seconds(start));
                if (design != null) {
                    start = System.nanoTime();
                    morris = MorrisScreen.run(library, varied, design, runs);
                    timing.put("Morris screen (s)", seconds(start));
                }
            }

            List<Table> tables = new ArrayList<>();
            if (!washout.quantities().isEmpty()) {
                tables.add(ValidationTables.washout(washout));
            }
            if (!washout.curves().isEmpty()) {
                tables.add(ValidationTables.challenges(washout));
            }
            if (ablation) {
                tables.add(ValidationTables.ablation(ablationRows));
            }
            if (sensitivity) {
                tables.add(ValidationTables.parameters(library, varied));
                tables.add(ValidationTables.sensitivitySummary(rows, oat,
                        morris == null ? List.of() : morris.effects()));
            }
            StringBuilder text = new StringBuilder(markdown(rows, replicates));
            tables.forEach(tb -> text.append('\n').append(tb.markdown()));
            if (design != null) {
                text.append(String.format(Locale.ROOT, "Morris design: %d trajectories, %d levels (step %.3g of the "
                        + "log range), seed %d, %d points.%n", design.trajectories(), design.levels(), design.delta(),
                        design.seed(), design.size()));
            }
            o.print(text);
            try (RunDirectory d = RunDirectory.create(target)) {
                writeValidationCsv(d.file("validation.csv"), rows);
                List<org.receptorsim.statistics.SummaryRow> summary = new java.util.ArrayList<>();
                for (ValidationRow row : rows) {
                    var ci = org.receptorsim.statistics.ConfidenceInterval.of(row.simulated(), row.spread(),
                            replicates, org.receptorsim.statistics.SummaryRow.LEVEL);
                    summary.add(new org.receptorsim.statistics.SummaryRow(row.quantity(), "target " + row.target(),
                            row.unit(), replicates, row.simulated(), replicates > 1 ? row.spread() : Double.NaN,
                            ci.mean() - ci.halfWidth(), ci.mean() + ci.halfWidth()));
                }
                org.receptorsim.output.SummaryCsv.write(d.file("summary.csv"), summary);
                writeWashout(d.file("washout.csv"), washout);
                writeChallenges(d.file("challenges.csv"), washout);
                if (ablation) {
                    writeAblation(d.file("ablation.csv"), ablationRows);
                }
                if (sensitivity) {
                    writeSensitivity(d.file("sensitivity.csv"), oat);
                    if (morris != null) {
                        writeMorris(d.file("morris.csv"), morris.effects());
                        writeMorrisDesign(d.file("morris-design.csv"), morris);
                    }
                }
                Files.writeString(d.file("validation.md"), text, StandardCharsets.UTF_8);
                Map<String, String> info = new LinkedHashMap<>();
                info.put("scenarios", dir.toString());
                info.put("replicates", Integer.toString(replicates));
                for (ValidationRow.Role role : ValidationRow.Role.values()) {
                    List<ValidationRow> part = rows.stream().filter(r -> r.role() == role).toList();
                    info.put(role.label() + " quantities", part.stream().filter(ValidationRow::pass).count() + " of "
                            + part.size() + " within the literature band");
                }
                if (design != null) {
                    info.put("Morris design", design.trajectories() + " trajectories, " + design.levels() + " levels, seed "
                            + design.seed() + ", " + design.size() + " points");
                }
                info.putAll(timing);
                info.put("version", RunWriter.VERSION);
                HtmlReport report = new HtmlReport("ReceptorSim validation against the literature").run(info)
                        .table(null, List.of("target", "quantity", "literature", "simulated", "SD", "role", "result"),
                                rows.stream().map(r -> List.of(r.target(), r.quantity(), r.literature(),
                                        RunWriter.fmt(r.simulated()) + " " + r.unit(), RunWriter.fmt(r.spread()),
                                        r.role().label(), r.pass() ? "pass" : "FAIL")).toList());
                for (Table tb : tables) {
                    report.table(tb.caption(), tb.header(), tb.rows());
                }
                if (morris != null) {
                    Table m = ValidationTables.morris(morris.effects());
                    report.table(m.caption(), m.header(), m.rows());
                }
                report.write(d.file("report.html"));
                d.commit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        timing.forEach((k, v) -> o.println(k.replace(" (s)", "") + ": " + v + " s wall"));
        o.println("-> " + target);
        return 0;
    }

    private static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.0f", (System.nanoTime() - startNanos) / 1e9);
    }

    /** The values --sensitivity varies, checked before anything runs. */
    private List<SensitivityParameter> sensitivityParameters(Library library, boolean suite) {
        if (!suite) {
            throw new ReceptorSimCommand.UserException("--sensitivity: expected a validation target among --targets "
                    + "(the cAMP assay potencies are not varied)");
        }
        List<String> paths = parameters != null ? parameters
                : FittedValues.bundled().stream().map(FittedValues.Entry::parameter).toList();
        List<SensitivityParameter> out = new ArrayList<>();
        for (String p : new LinkedHashSet<>(paths)) {
            try {
                out.add(SensitivityParameter.of(library, p, OneAtATime.FACTORS[0], OneAtATime.FACTORS[1]));
            } catch (IllegalArgumentException e) {
                throw new ReceptorSimCommand.UserException("--parameters: " + e.getMessage());
            }
        }
        return out;
    }

    private MorrisDesign morrisDesign(int factors) {
        try {
            return MorrisDesign.generate(factors, levels, trajectories, seed);
        } catch (IllegalArgumentException e) {
            throw new ReceptorSimCommand.UserException("--" + e.getMessage().replaceFirst("^factors", "parameters"));
        }
    }

    /**
     * The table as Markdown, fitted (training) quantities first and predictions after, each with its count line,
     * then the table of every fitted value of the libraries.
     */
    static String markdown(List<ValidationRow> rows, int replicates) {
        StringBuilder sb = new StringBuilder();
        for (ValidationRow.Role role : ValidationRow.Role.values()) {
            List<ValidationRow> part = rows.stream().filter(r -> r.role() == role).toList();
            if (part.isEmpty()) {
                continue;
            }
            sb.append(role == ValidationRow.Role.FITTED
                    ? "Training quantities (values were fitted to these):\n\n"
                    : "Predictions (nothing was fitted to these; reported as they come out):\n\n");
            sb.append("| target | quantity | literature | simulated | role | result |\n|---|---|---|---|---|---|\n");
            for (ValidationRow r : part) {
                String value = Double.isNaN(r.simulated())
                        ? "not measured (a curve fit failed; see the tolerance command's fitFailure)"
                        : String.format(Locale.ROOT, "%.3g", r.simulated())
                        + (replicates > 1 ? String.format(Locale.ROOT, " ± %.2g", r.spread()) : "") + " " + r.unit();
                sb.append("| ").append(r.target()).append(" | ").append(r.quantity()).append(" | ")
                        .append(r.literature()).append(" | ").append(value).append(" | ").append(r.role().label())
                        .append(" | ").append(r.pass() ? "pass" : "FAIL").append(" |\n");
            }
            long passed = part.stream().filter(ValidationRow::pass).count();
            sb.append(String.format(Locale.ROOT, "%n%s: %d of %d within the literature band (%d replicate%s).%n%n",
                    role == ValidationRow.Role.FITTED ? "Training" : "Predictions", passed, part.size(), replicates,
                    replicates == 1 ? "" : "s"));
        }
        sb.append("Fitted values (every value of the libraries fitted to a training quantity):\n\n");
        sb.append("| parameter | value | fitted to | range tried |\n|---|---|---|---|\n");
        for (FittedValues.Entry e : FittedValues.bundled()) {
            sb.append("| ").append(e.parameter()).append(" | ").append(e.value()).append(" | ").append(e.fittedTo())
                    .append(" | ").append(e.rangeTried()).append(" |\n");
        }
        return sb.toString();
    }

    /** Writes a CSV file with a header row. */
    static void writeCsv(Path file, List<String> columns, List<List<Object>> rows) throws IOException {
        CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true);
        columns.forEach(b::addColumn);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             var seq = new CsvMapper().writer(b.build()).writeValues(w)) {
            for (List<Object> r : rows) {
                seq.write(r);
            }
        }
    }

    private static void writeValidationCsv(Path file, List<ValidationRow> rows) throws IOException {
        writeCsv(file, List.of("target", "quantity", "literature", "simulated", "sd", "unit", "pass", "role"),
                rows.stream().map(r -> List.<Object>of(r.target(), r.quantity(), r.literature(), r.simulated(),
                        r.spread(), r.unit(), r.pass(), r.role().label())).toList());
    }

    private static void writeWashout(Path file, WashoutComparison.Result w) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (WashoutComparison.Pair p : w.quantities()) {
            for (ValidationRow r : List.of(p.shortHold(), p.longHold())) {
                double minutes = r == p.shortHold() ? p.shortMinutes() : WashoutComparison.LONG_WASHOUT_MINUTES;
                rows.add(List.of(r.target(), r.quantity(), r.literature(), minutes, r.simulated(), r.spread(),
                        r.unit(), r.pass()));
            }
        }
        writeCsv(file, List.of("target", "quantity", "literature", "washout_min", "simulated", "sd", "unit", "pass"),
                rows);
    }

    private static void writeChallenges(Path file, WashoutComparison.Result w) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (WashoutComparison.CurvePair p : w.curves()) {
            for (ChallengeReading c : Arrays.asList(p.shortHold(), p.longHold())) {
                if (c != null) {
                    rows.add(List.of(c.target(), c.scenario(), c.arm(), c.ligand(), c.potency(), c.hours(),
                            c.washoutMinutes(), c.firstPotencyMolar() * 1e9, c.foldShift(), c.foldShiftSd(),
                            c.emaxLossPercent(), c.emaxLossSd(), c.failure() == null ? "" : c.failure()));
                }
            }
        }
        writeCsv(file, List.of("target", "scenario", "arm", "ligand", "potency", "time_h", "washout_min",
                "first_potency_nM", "fold_shift", "fold_shift_sd", "emax_loss_percent", "emax_loss_sd", "fit_failure"),
                rows);
    }

    private static void writeAblation(Path file, List<Ablation.Row> rows) throws IOException {
        writeCsv(file, List.of("target", "quantity", "unit", "mechanism_off", "with_all", "without", "share", "scale"),
                rows.stream().map(r -> List.<Object>of(r.target(), r.quantity(), r.unit(), r.mechanism().label(),
                        r.withAll(), r.without(), r.share(), r.scale().label())).toList());
    }

    private static void writeSensitivity(Path file, List<OneAtATime.Row> rows) throws IOException {
        writeCsv(file, List.of("target", "quantity", "role", "parameter", "factor", "applied_factor",
                "parameter_value", "value", "unit", "baseline", "pass", "baseline_pass"),
                rows.stream().map(r -> List.<Object>of(r.target(), r.quantity(), r.role().label(), r.parameter(),
                        r.factor(), r.appliedFactor(), r.parameterValue(), r.value(), r.unit(), r.baseline(), r.pass(),
                        r.baselinePass())).toList());
    }

    private static void writeMorris(Path file, List<MorrisScreen.Effect> effects) throws IOException {
        writeCsv(file, List.of("target", "quantity", "unit", "parameter", "mu", "mu_star", "sigma", "effects",
                "unmeasured"), effects.stream().map(e -> List.<Object>of(e.target(), e.quantity(), e.unit(),
                e.parameter(), e.mu(), e.muStar(), e.sigma(), e.effects(), e.unmeasured())).toList());
    }

    /** Every point of the design: trajectory, point, the value changed, every factor, every quantity. */
    private static void writeMorrisDesign(Path file, MorrisScreen.Result m) throws IOException {
        MorrisDesign d = m.design();
        List<String> columns = new ArrayList<>(List.of("trajectory", "point", "changed"));
        m.parameters().forEach(p -> columns.add("factor " + p.path()));
        m.outcomes().get(0).forEach(r -> columns.add(r.key()));
        List<List<Object>> rows = new ArrayList<>();
        for (int t = 0; t < d.trajectories(); t++) {
            for (int s = 0; s <= d.factors(); s++) {
                int[] point = d.points()[t][s];
                List<Object> row = new ArrayList<>(List.of(t + 1, s,
                        d.changed()[t][s] < 0 ? "" : m.parameters().get(d.changed()[t][s]).path()));
                for (int i = 0; i < point.length; i++) {
                    row.add(m.parameters().get(i).factorAt(d.position(point[i])));
                }
                m.outcomes().get(t * (d.factors() + 1) + s).forEach(r -> row.add(r.simulated()));
                rows.add(row);
            }
        }
        writeCsv(file, columns, rows);
    }
}
