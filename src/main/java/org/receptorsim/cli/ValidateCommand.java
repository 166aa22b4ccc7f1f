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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.receptorsim.output.HtmlReport;
import org.receptorsim.output.OutputClaim;
import org.receptorsim.output.RunDirectory;
import org.receptorsim.scenario.Library;
import org.receptorsim.validation.FittedValues;
import org.receptorsim.validation.ValidationRow;
import org.receptorsim.validation.ValidationSuite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code receptorsim validate}: the literature validation table, printed and written as CSV and Markdown. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Run the validation scenarios and compare the emergent results with the literature targets "
                + "(LITERATURE.md); write validation.csv and validation.md to output/validation-<timestamp>/.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--replicates", defaultValue = "3", description = "Replicate cells per scenario (default 3).")
    private int replicates;

    @Mixin
    private ThreadOptions threads;

    @Option(names = "--targets", split = ",", paramLabel = "N",
            description = "Only these target numbers, e.g. --targets 1,3 (default: all).")
    private List<String> targets;

    @Option(names = "--dir", defaultValue = "scenarios/validation", paramLabel = "DIR",
            description = "Folder of the validation scenarios (default: ${DEFAULT-VALUE}).")
    private Path dir;

    @Option(names = "--out", paramLabel = "DIR", description = "Directory for the table (default: output/validation-<timestamp>).")
    private Path out;

    @Override
    public Integer call() {
        if (replicates < 1) {
            throw new ReceptorSimCommand.UserException("--replicates: expected a whole number >= 1, got " + replicates);
        }
        Set<String> chosen = targets == null ? Set.of() : new LinkedHashSet<>(targets);
        for (String t : chosen) {
            if (!ValidationSuite.TARGETS.contains(t)) {
                throw new ReceptorSimCommand.UserException("--targets: unknown target '" + t + "', expected one of "
                        + ValidationSuite.TARGETS);
            }
        }
        Path target = out != null ? out : Path.of("output", "validation-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)));
        PrintWriter o = spec.commandLine().getOut();
        int t = threads.threads(o);
        try (OutputClaim claim = Outputs.claim(target, spec)) {
            List<ValidationRow> rows = new ValidationSuite(dir, replicates, t, Library.bundled()).run(chosen);
            String table = markdown(rows, replicates);
            o.print(table);
            write(target, rows, table);
        }
        o.println("-> " + target);
        return 0;
    }

    /** Writes the table as CSV, Markdown and report.html, atomically. */
    private void write(Path target, List<ValidationRow> rows, String table) {
        try (RunDirectory d = RunDirectory.create(target)) {
            writeCsv(d.file("validation.csv"), rows);
            Files.writeString(d.file("validation.md"), table, StandardCharsets.UTF_8);
            java.util.Map<String, String> info = new java.util.LinkedHashMap<>();
            info.put("scenarios", dir.toString());
            info.put("replicates", Integer.toString(replicates));
            for (ValidationRow.Role role : ValidationRow.Role.values()) {
                List<ValidationRow> part = rows.stream().filter(r -> r.role() == role).toList();
                info.put(role.label() + " quantities", part.stream().filter(ValidationRow::pass).count() + " of "
                        + part.size() + " within the literature band");
            }
            info.put("version", org.receptorsim.output.RunWriter.VERSION);
            HtmlReport.write(d.file("report.html"), "ReceptorSim validation against the literature", info,
                    List.of("target", "quantity", "literature", "simulated", "SD", "role", "result"),
                    rows.stream().map(r -> List.of(r.target(), r.quantity(), r.literature(),
                            org.receptorsim.output.RunWriter.fmt(r.simulated()) + " " + r.unit(),
                            org.receptorsim.output.RunWriter.fmt(r.spread()), r.role().label(),
                            r.pass() ? "pass" : "FAIL")).toList(),
                    List.of());
            d.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    private static void writeCsv(Path file, List<ValidationRow> rows) throws IOException {
        CsvSchema schema = CsvSchema.builder().setUseHeader(true).addColumn("target").addColumn("quantity")
                .addColumn("literature").addColumn("simulated").addColumn("sd").addColumn("unit").addColumn("pass")
                .addColumn("role").build();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             var seq = new CsvMapper().writer(schema).writeValues(w)) {
            for (ValidationRow r : rows) {
                seq.write(List.of(r.target(), r.quantity(), r.literature(), r.simulated(), r.spread(), r.unit(),
                        r.pass(), r.role().label()));
            }
        }
    }
}
