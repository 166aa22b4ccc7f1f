package org.receptorsim.output;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.receptorsim.statistics.ArmComparison;
import org.receptorsim.statistics.SummaryRow;

/**
 * The long-format tables every command writes beside its own files: {@code summary.csv} (one row per metric and
 * arm: metric, arm, unit, n, mean, sd, ci_low, ci_high) and, where arms are compared, {@code comparisons.csv} (one
 * row per metric and arm against the reference arm: difference with its 95 % interval and the test's p-value).
 * A value that does not apply is an empty cell, never "NaN".
 */
public final class SummaryCsv {

    /** The columns of summary.csv. */
    public static final List<String> SUMMARY_COLUMNS = List.of("metric", "arm", "unit", "n", "mean", "sd", "ci_low",
            "ci_high");

    /** The columns of comparisons.csv. */
    public static final List<String> COMPARISON_COLUMNS = List.of("metric", "unit", "arm", "reference", "n",
            "n_reference", "difference", "ci_low", "ci_high", "p_value", "test");

    private SummaryCsv() {
    }

    /** Writes summary.csv rows to a file. */
    public static void write(Path file, List<SummaryRow> rows) throws IOException {
        List<List<Object>> out = new ArrayList<>();
        for (SummaryRow r : rows) {
            out.add(List.of(r.metric(), r.arm(), r.unit(), r.n(), cell(r.mean()), cell(r.sd()), cell(r.ciLow()),
                    cell(r.ciHigh())));
        }
        write(file, SUMMARY_COLUMNS, out);
    }

    /** Writes comparisons.csv rows to a file. */
    public static void writeComparisons(Path file, List<ArmComparison> rows) throws IOException {
        List<List<Object>> out = new ArrayList<>();
        for (ArmComparison c : rows) {
            out.add(List.of(c.metric(), c.unit(), c.arm(), c.reference(), c.n(), c.nReference(),
                    cell(c.difference()), cell(c.ciLow()), cell(c.ciHigh()), cell(c.pValue()), ArmComparison.TEST));
        }
        write(file, COMPARISON_COLUMNS, out);
    }

    /** A number as a CSV cell: empty for NaN (does not apply), else its shortest exact form. */
    public static String cell(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    /** A number as a report cell: empty for NaN, else 4 significant digits. */
    public static String short4(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4g", v);
    }

    private static void write(Path file, List<String> columns, List<List<Object>> rows) throws IOException {
        CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true);
        columns.forEach(b::addColumn);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             var seq = new CsvMapper().enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature
                     .STRICT_CHECK_FOR_QUOTING).writer(b.build()).writeValues(w)) {
            for (List<Object> r : rows) {
                seq.write(r);
            }
        }
    }
}
