package org.receptorsim.fit;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.receptorsim.assay.Pathway;
import org.receptorsim.scenario.ScenarioException;
import org.receptorsim.units.Concentration;
import org.receptorsim.units.Duration;

/**
 * Reads assay data from a tidy CSV file (Jackson CSV): a header, then one row per measured response, columns in any
 * order:
 * <ul>
 *   <li>{@code assay}: gProtein, cAMP, arrestin or internalization ({@link Pathway});</li>
 *   <li>{@code ligand}: the ligand's name;</li>
 *   <li>{@code concentration}: with its unit, e.g. {@code 10 nM};</li>
 *   <li>{@code time}: the read time after the agonist was added, with its unit, e.g. {@code 10 min} (whole
 *       seconds);</li>
 *   <li>{@code response}: in the assay's unit ({@link Pathway#unit()}: percent of the G-protein pool active above
 *       basal, percent inhibition of forskolin-stimulated cAMP, percent of receptors holding arrestin-3, percent of
 *       surface receptors lost);</li>
 *   <li>optional {@code sem}: the response's standard error, same unit, &gt; 0 (then every row needs one);</li>
 *   <li>optional {@code replicate}: a whole number naming the well or cell the response was read on.</li>
 * </ul>
 * Every error names the file, line and column, the field and what was expected ({@link ScenarioException}); nothing
 * is read from a file with an error.
 */
public final class DataFile {

    /** Largest data file read (bytes). */
    public static final long MAX_BYTES = 16L << 20;

    static final List<String> REQUIRED = List.of("assay", "ligand", "concentration", "time", "response");
    static final List<String> OPTIONAL = List.of("sem", "replicate");

    private DataFile() {
    }

    /**
     * Reads a data file.
     *
     * @param file the file
     * @return its rows, in file order (at least one)
     * @throws ScenarioException naming file, line, column and field for anything that is not as expected
     */
    public static List<Observation> read(Path file) {
        return read(file, true);
    }

    /**
     * Reads a data file, or a design (a data file whose {@code response} column may be missing or empty: the
     * assays, ligands, concentrations, times and replicates to simulate).
     *
     * @param file the file
     * @param responses true for data (every row needs a response), false for a design (responses NaN where empty)
     * @return its rows, in file order (at least one)
     */
    public static List<Observation> read(Path file, boolean responses) {
        String name = file.toString();
        String text;
        try {
            if (Files.isDirectory(file)) {
                throw new ScenarioException(name, 0, 0, null, "expected a CSV data file, got a directory");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ScenarioException(name, 0, 0, null, "expected a data file of at most " + (MAX_BYTES >> 20)
                        + " MB, got " + size / (1 << 20) + " MB");
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new ScenarioException(name, 0, 0, null, "no such file");
        } catch (CharacterCodingException e) {
            throw new ScenarioException(name, 0, 0, null, "expected UTF-8 text (is it a spreadsheet file? save it "
                    + "as CSV)");
        } catch (IOException e) {
            throw new ScenarioException(name, 0, 0, null, "cannot read: " + e.getMessage());
        }
        return parse(name, text, responses);
    }

    /**
     * Parses data-file text.
     *
     * @param name the file's name, for messages
     * @param text the text
     * @return its rows, in order (at least one)
     */
    public static List<Observation> parse(String name, String text) {
        return parse(name, text, true);
    }

    /**
     * Parses data-file or design text.
     *
     * @param name the file's name, for messages
     * @param text the text
     * @param responses true for data, false for a design
     * @return its rows, in order (at least one)
     */
    public static List<Observation> parse(String name, String text, boolean responses) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<Cell>> rows = rows(name, text);
        if (rows.isEmpty()) {
            throw new ScenarioException(name, 1, 1, null, "expected a header line with the columns "
                    + String.join(", ", REQUIRED) + " (and optionally " + String.join(", ", OPTIONAL) + "), got an "
                    + "empty file");
        }
        List<Cell> header = rows.get(0);
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            Cell h = header.get(i);
            String key = h.text().trim();
            if (!REQUIRED.contains(key) && !OPTIONAL.contains(key)) {
                throw new ScenarioException(name, h.line(), h.column(), "header", "unknown column '" + key
                        + "', expected " + String.join(", ", REQUIRED) + " and optionally "
                        + String.join(", ", OPTIONAL));
            }
            if (column.put(key, i) != null) {
                throw new ScenarioException(name, h.line(), h.column(), "header", "column '" + key + "' appears twice");
            }
        }
        for (String r : REQUIRED) {
            if (!column.containsKey(r) && (responses || !r.equals("response"))) {
                Cell h = header.get(0);
                throw new ScenarioException(name, h.line(), 1, "header", "missing column '" + r + "': expected "
                        + String.join(", ", REQUIRED) + " (and optionally " + String.join(", ", OPTIONAL) + ")");
            }
        }
        List<Observation> out = new ArrayList<>();
        for (int k = 1; k < rows.size(); k++) {
            List<Cell> row = rows.get(k);
            Cell first = row.get(0);
            if (row.size() != header.size()) {
                throw new ScenarioException(name, first.line(), 1, null, "expected " + header.size()
                        + " fields as in the header, got " + row.size());
            }
            out.add(observation(name, row, column, responses));
        }
        if (out.isEmpty()) {
            throw new ScenarioException(name, 2, 1, null, "expected at least one row of data below the header");
        }
        return out;
    }

    private static Observation observation(String name, List<Cell> row, Map<String, Integer> column,
                                           boolean responses) {
        Cell assayCell = row.get(column.get("assay"));
        Pathway assay = Pathway.parse(assayCell.text());
        if (assay == null || assayCell.text().isBlank()) {
            throw error(name, assayCell, "assay", "expected one of " + Pathway.ids() + ", got '" + assayCell.text()
                    + "'");
        }
        Cell ligandCell = row.get(column.get("ligand"));
        String ligand = ligandCell.text().trim();
        if (ligand.isEmpty()) {
            throw error(name, ligandCell, "ligand", "expected the ligand's name, got an empty field");
        }
        Cell c = row.get(column.get("concentration"));
        double molar;
        try {
            molar = Concentration.parse(c.text()).molar();
        } catch (IllegalArgumentException e) {
            throw error(name, c, "concentration", e.getMessage() + ", e.g. '10 nM'");
        }
        if (!(molar > 0)) {
            throw error(name, c, "concentration", "expected a concentration > 0, got '" + c.text() + "'");
        }
        Cell t = row.get(column.get("time"));
        double seconds;
        try {
            seconds = Duration.parse(t.text()).seconds();
        } catch (IllegalArgumentException e) {
            throw error(name, t, "time", e.getMessage() + ", e.g. '10 min'");
        }
        if (!(seconds >= 1) || Math.abs(seconds - Math.rint(seconds)) > 1e-9 * seconds) {
            throw error(name, t, "time", "expected a read time of whole seconds >= 1 s, got '" + t.text() + "'");
        }
        double response = Double.NaN;
        Integer rc = column.get("response");
        if (rc != null && (responses || !row.get(rc).text().isBlank())) {
            response = number(name, row.get(rc), "response", "a number (the response in the assay's unit: "
                    + assay.unit() + ")");
        }
        double sem = Double.NaN;
        if (column.containsKey("sem")) {
            Cell s = row.get(column.get("sem"));
            sem = number(name, s, "sem", "a standard error > 0 (the column is there, so every row needs one)");
            if (!(sem > 0)) {
                throw error(name, s, "sem", "expected a standard error > 0, got '" + s.text() + "'");
            }
        }
        int replicate = -1;
        if (column.containsKey("replicate")) {
            Cell p = row.get(column.get("replicate"));
            try {
                replicate = Integer.parseInt(p.text().trim());
            } catch (NumberFormatException e) {
                replicate = -2;
            }
            if (replicate < 0) {
                throw error(name, p, "replicate", "expected a whole number >= 0, got '" + p.text() + "'");
            }
        }
        return new Observation(assayCell.line(), assay, ligand, molar, Math.rint(seconds), response, sem, replicate);
    }

    private static double number(String name, Cell cell, String field, String expected) {
        try {
            double v = Double.parseDouble(cell.text().trim());
            if (Double.isFinite(v) && !cell.text().isBlank()) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(name, cell, field, "expected " + expected + ", got '" + cell.text() + "'");
    }

    private static ScenarioException error(String name, Cell cell, String field, String problem) {
        return new ScenarioException(name, cell.line(), cell.column(), field, problem);
    }

    /** One field of the file, with where it starts. */
    private record Cell(String text, int line, int column) {
    }

    /** The rows of the file as fields with their places (Jackson CSV, rows as arrays, blank lines skipped). */
    private static List<List<Cell>> rows(String name, String text) {
        CsvMapper mapper = new CsvMapper();
        List<List<Cell>> rows = new ArrayList<>();
        try (Reader reader = new StringReader(text);
             CsvParser p = (CsvParser) mapper.getFactory().createParser(reader)) {
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            p.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            p.enable(CsvParser.Feature.TRIM_SPACES);
            List<Cell> row = null;
            int depth = 0;
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    depth++;
                    if (depth == 2) {
                        row = new ArrayList<>();
                    }
                } else if (token == JsonToken.END_ARRAY) {
                    if (depth == 2 && row != null && !(row.size() == 1 && row.get(0).text().isEmpty())) {
                        rows.add(row);
                    }
                    depth--;
                } else if (token == JsonToken.VALUE_STRING && row != null) {
                    JsonLocation at = p.currentTokenLocation();
                    row.add(new Cell(p.getText(), (int) at.getLineNr(), Math.max(1, (int) at.getColumnNr())));
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ScenarioException(name, at == null ? 0 : Math.max(1, at.getLineNr()),
                    at == null ? 0 : Math.max(1, at.getColumnNr()), null, "not valid CSV: "
                    + e.getOriginalMessage().toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            throw new ScenarioException(name, 0, 0, null, "cannot read: " + e.getMessage());
        }
        return rows;
    }
}
