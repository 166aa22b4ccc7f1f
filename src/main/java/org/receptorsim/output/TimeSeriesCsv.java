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
import java.util.OptionalDouble;
import org.receptorsim.model.ArmResult;
import org.receptorsim.model.CellSnapshot;
import org.receptorsim.model.ReceptorState;
import org.receptorsim.pharmacology.Ligand;

/**
 * Writes the time series of every arm as one long CSV: a row per arm and recorded time, with the count per
 * receptor state, surface receptors, synthesized receptors, the signal readouts and each ligand's concentration.
 * Column names carry their units; a readout that one arm lacks (e.g. plasma concentration in a bath arm) is left
 * empty in that arm's rows.
 */
public final class TimeSeriesCsv {

    private TimeSeriesCsv() {
    }

    /** The column names for a run. */
    public static List<String> columns(List<String> readoutColumns, List<Ligand> ligands) {
        List<String> cols = new ArrayList<>(List.of("arm", "time_s"));
        for (ReceptorState s : ReceptorState.values()) {
            cols.add(s.name());
        }
        cols.add("surface");
        cols.add("synthesized");
        cols.addAll(readoutColumns);
        for (Ligand l : ligands) {
            cols.add("conc_" + l.name() + "_M");
        }
        return cols;
    }

    /** The numeric values of a snapshot, in the order of {@link #columns} after {@code arm} and {@code time_s}. */
    public static double[] values(CellSnapshot s) {
        int states = ReceptorState.values().length;
        double[] readouts = s.readouts().values();
        double[] v = new double[states + 2 + readouts.length + s.concentrationsMolar().length];
        int k = 0;
        for (ReceptorState st : ReceptorState.values()) {
            v[k++] = s.count(st);
        }
        v[k++] = s.surface();
        v[k++] = s.synthesized();
        for (double r : readouts) {
            v[k++] = r;
        }
        for (double c : s.concentrationsMolar()) {
            v[k++] = c;
        }
        return v;
    }

    /**
     * Writes the CSV.
     *
     * @param file target file
     * @param results arm results
     * @param ligands the run's ligands
     * @throws IOException on write failure
     */
    public static void write(Path file, List<ArmResult> results, List<Ligand> ligands) throws IOException {
        List<String> readouts = new ArrayList<>();
        for (ArmResult r : results) {
            for (String n : r.readoutColumns()) {
                if (!readouts.contains(n)) {
                    readouts.add(n);
                }
            }
        }
        List<String> cols = columns(readouts, ligands);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        cols.forEach(schema::addColumn);
        CsvMapper mapper = new CsvMapper();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             var seq = mapper.writer(schema.build()).writeValues(w)) {
            for (ArmResult r : results) {
                for (CellSnapshot s : r.snapshots()) {
                    List<Object> row = new ArrayList<>(cols.size());
                    row.add(r.arm());
                    row.add(s.timeSeconds());
                    for (ReceptorState st : ReceptorState.values()) {
                        row.add(s.count(st));
                    }
                    row.add(s.surface());
                    row.add(s.synthesized());
                    for (String n : readouts) {
                        OptionalDouble v = s.readouts().value(n);
                        row.add(v.isPresent() ? (Object) v.getAsDouble() : "");
                    }
                    for (double c : s.concentrationsMolar()) {
                        row.add(c);
                    }
                    seq.write(row);
                }
            }
        }
    }
}
