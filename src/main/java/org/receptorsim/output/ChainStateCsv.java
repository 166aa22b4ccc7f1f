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
import org.receptorsim.model.ArmResult;
import org.receptorsim.model.CellSnapshot;

/**
 * The count of receptors in every chain state over time ({@code chain-states.csv}): one column per state of the
 * receptor's Markov chain (ligand, phosphorylation barcode, arrestin, long-lived desensitization), finer than the
 * regulatory states of {@code timeseries.csv} (which lump, e.g., every barcode of GRK_PHOSPHORYLATED).
 */
public final class ChainStateCsv {

    private ChainStateCsv() {
    }

    /** True if some result carries chain-state counts. */
    public static boolean any(List<ArmResult> results) {
        return results.stream().anyMatch(r -> !r.chainStateLabels().isEmpty());
    }

    /**
     * Writes {@code arm, time_s} and one count column per chain state; arms with different chain states (different
     * ligands) each get their own columns, empty for the others.
     */
    public static void write(Path file, List<ArmResult> results) throws IOException {
        List<String> columns = new ArrayList<>();
        for (ArmResult r : results) {
            for (String label : r.chainStateLabels()) {
                if (!columns.contains(label)) {
                    columns.add(label);
                }
            }
        }
        CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true).addColumn("arm").addColumn("time_s");
        columns.forEach(b::addColumn);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             var seq = new CsvMapper().writer(b.build()).writeValues(w)) {
            for (ArmResult r : results) {
                for (CellSnapshot s : r.snapshots()) {
                    if (s.chainCounts() == null) {
                        continue;
                    }
                    Object[] row = new Object[2 + columns.size()];
                    java.util.Arrays.fill(row, "");
                    row[0] = r.arm();
                    row[1] = s.timeSeconds();
                    for (int st = 0; st < s.chainCounts().length; st++) {
                        row[2 + columns.indexOf(r.chainStateLabels().get(st))] = s.chainCounts()[st];
                    }
                    seq.write(List.of(row));
                }
            }
        }
    }
}
