package org.receptorsim.organism.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.receptorsim.organism.analysis.CheckResult;
import org.receptorsim.organism.experiment.ExperimentResult;
import org.receptorsim.output.HtmlReport;
import org.receptorsim.output.RunWriter;

/**
 * The validation table of several organism scenarios: every check with its scenario, label, value, band and source,
 * as {@code validation.csv}, {@code validation.md} and a {@code report.html}, written into a directory that is being
 * staged.
 */
public final class OrganismValidationWriter {

    private OrganismValidationWriter() {
    }

    /** Header of the table. */
    static final List<String> HEADER = List.of("scenario", "id", "label", "claim", "quantity", "value", "band",
            "result", "source", "note");

    /** Rows of the table. */
    static List<List<String>> rows(List<ExperimentResult> results) {
        List<List<String>> rows = new ArrayList<>();
        for (ExperimentResult r : results) {
            for (List<String> c : OrganismWriter.checkRows(r, true)) {
                List<String> row = new ArrayList<>();
                row.add(r.scenario().name());
                row.addAll(c);
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * Writes the table files.
     *
     * @param dir the directory (being staged)
     * @param results the scenarios' results
     * @throws IOException if a file cannot be written
     */
    public static void write(Path dir, List<ExperimentResult> results) throws IOException {
        List<List<String>> rows = rows(results);
        OrganismWriter.writeCsv(dir.resolve("validation.csv"), HEADER, rows);
        List<org.receptorsim.statistics.SummaryRow> summary = new ArrayList<>();
        results.forEach(r -> summary.addAll(OrganismWriter.summaryRows(r)));
        org.receptorsim.output.SummaryCsv.write(dir.resolve("summary.csv"), summary);
        try (Writer w = Files.newBufferedWriter(dir.resolve("validation.md"), StandardCharsets.UTF_8)) {
            w.write("| " + String.join(" | ", HEADER) + " |\n");
            w.write("|" + "---|".repeat(HEADER.size()) + "\n");
            for (List<String> r : rows) {
                w.write("| " + String.join(" | ", r.stream().map(x -> x.replace("|", "/")).toList()) + " |\n");
            }
        }
        Map<String, String> info = new LinkedHashMap<>();
        long pass = results.stream().flatMap(r -> r.checks().stream()).filter(CheckResult::pass).count();
        long all = results.stream().mapToLong(r -> r.checks().size()).sum();
        info.put("scenarios", String.join(", ", results.stream().map(r -> r.scenario().name()).toList()));
        info.put("checks within their band", pass + " of " + all);
        info.put("wall time", String.format(Locale.ROOT, "%.1f s",
                results.stream().mapToDouble(ExperimentResult::wallSeconds).sum()));
        info.put("version", RunWriter.VERSION);
        new HtmlReport("ReceptorSim organism validation").run(info)
                .note("fitted: a parameter was fitted to it; predicted: nothing was fitted to it, a miss is a finding"
                        + " about the model; design: it checks the experiment. Each scenario's own report is in its"
                        + " folder beside this page.")
                .table(null, HEADER, rows).write(dir.resolve("report.html"));
    }
}
