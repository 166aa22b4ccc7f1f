package org.receptorsim.organism.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.receptorsim.organism.analysis.Statistic;
import org.receptorsim.organism.analysis.Window;
import org.receptorsim.organism.analysis.Windows;
import org.receptorsim.organism.circuit.Circuit;
import org.receptorsim.organism.circuit.CircuitSpec;
import org.receptorsim.organism.experiment.ExperimentResult;
import org.receptorsim.organism.model.ArmSetup;
import org.receptorsim.organism.model.ContextSession;
import org.receptorsim.organism.model.OrganismRun;
import org.receptorsim.organism.model.Series;
import org.receptorsim.organism.pk.DrugProfile;
import org.receptorsim.organism.scenario.Figure;
import org.receptorsim.organism.scenario.OrganismScenario;
import org.receptorsim.output.HtmlReport;
import org.receptorsim.output.RunDirectory;
import org.receptorsim.output.RunWriter;
import org.receptorsim.pharmacology.pk.DosingEvent;
import org.receptorsim.scenario.Yaml;
import org.receptorsim.units.Duration;

/**
 * Writes an organism scenario's results into a new directory, atomically ({@link RunDirectory}):
 * {@code timeseries.csv} (every series of every arm every output interval), {@code doses.csv} (the response to every
 * dose), {@code checks.csv}, {@code summary.json}, {@code manifest.json} (the scenario as resolved: drug, doses,
 * contexts, circuits, parameters, each with its source), {@code overview.png} and the scenario's figures, and
 * {@code report.html}.
 */
public final class OrganismWriter {

    /** The per-dose columns: a series and the statistic read from each dose's window. */
    public static final List<String[]> DOSE_COLUMNS = List.of(
            new String[] {Series.BRAIN, "max"}, new String[] {Series.drive(Circuit.ANALGESIA), "max"},
            new String[] {Series.NET_ANTINOCICEPTION, "max"}, new String[] {Series.PRONOCICEPTION, "start"},
            new String[] {Series.VENTILATION_DEPRESSION, "max"}, new String[] {Series.drive(Circuit.GUT), "max"},
            new String[] {Series.drive(Circuit.REWARD), "max"}, new String[] {Series.HEDONIC_STATE, "max"},
            new String[] {Series.LOCOMOTOR, "max"}, new String[] {Series.ALLOSTATIC_LOAD, "start"});

    private OrganismWriter() {
    }

    /**
     * Writes the results.
     *
     * @param target the directory to create (must not exist)
     * @param result the scenario's result
     * @return the figure files written (names inside the directory)
     */
    public static List<String> write(Path target, ExperimentResult result) {
        OrganismScenario scenario = result.scenario();
        ObjectMapper json = Yaml.jsonMapper();
        List<String> pngs = new ArrayList<>();
        List<org.receptorsim.figure.Figure> drawnFigures = new ArrayList<>();
        try (RunDirectory dir = RunDirectory.create(target)) {
            writeTimeSeries(dir.file("timeseries.csv"), result);
            List<List<String>> doseRows = doseRows(result);
            writeCsv(dir.file("doses.csv"), doseHeader(), doseRows);
            writeCsv(dir.file("checks.csv"), List.of("id", "label", "claim", "quantity", "value", "band", "pass",
                    "source", "note"), checkRows(result, true));
            org.receptorsim.output.SummaryCsv.write(dir.file("summary.csv"), summaryRows(result));
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("scenario", scenario.name());
            summary.put("seed", scenario.seed());
            summary.put("wallSeconds", Math.round(result.wallSeconds() * 10) / 10.0);
            summary.put("checks", result.checks().stream().map(OrganismWriter::checkJson).toList());
            summary.put("doses", doseJson(doseRows));
            json.writeValue(dir.file("summary.json").toFile(), summary);
            json.writeValue(dir.file("manifest.json").toFile(), manifest(result));
            List<Figure> figures = new ArrayList<>();
            figures.add(OrganismCharts.overview(result.runs().stream().map(OrganismRun::arm).toList()));
            figures.addAll(scenario.figures());
            for (Figure f : figures) {
                // the organism charts keep their own layout; written through the project's figure writer
                org.receptorsim.figure.Figure drawn = org.receptorsim.figure.Figure.of(f.name(),
                        OrganismCharts.build(f, result), org.receptorsim.figure.Figure.DOUBLE_COLUMN,
                        org.receptorsim.figure.Figure.DOUBLE_COLUMN * (220 + 230 * f.panels().size()) / 1100.0);
                drawn.write(dir.file(""), org.receptorsim.figure.FigureFormat.DEFAULT);
                pngs.add(f.name() + ".png");
                drawnFigures.add(drawn);
            }
            report(dir, result, doseRows, drawnFigures, figures);
            dir.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results to " + target + ": " + e.getMessage(), e);
        }
        return pngs;
    }

    /** What was run, for reports. */
    static Map<String, String> runInfo(ExperimentResult result) {
        OrganismScenario s = result.scenario();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("scenario", s.name() + " (" + s.file() + ")");
        m.put("description", s.description());
        m.put("seed", Long.toString(s.seed()));
        ArmSetup first = s.arms().get(0);
        m.put("duration", new Duration(first.durationSeconds()) + ", organism step " + new Duration(first.stepSeconds()));
        CircuitSpec c = first.circuits().get(Circuit.ANALGESIA);
        m.put("cells", c.cells().cells() + " per circuit, " + c.cells().receptorsPerCell() + " receptors each, cohort engine, dt "
                + new Duration(c.cells().cellDtSeconds()));
        m.put("arms", String.join(", ", s.arms().stream().map(a -> a.name() + " (" + a.drug().name()
                + (a.antagonist() == null ? "" : ", " + a.antagonist().drug().name()) + ")").toList()));
        m.put("wall time", String.format(Locale.ROOT, "%.1f s", result.wallSeconds()));
        m.put("version", RunWriter.VERSION);
        return m;
    }

    private static void writeTimeSeries(Path file, ExperimentResult result) throws IOException {
        Map<String, String> units = Series.units();
        List<String> header = new ArrayList<>(List.of("arm", "time_h"));
        for (var e : units.entrySet()) {
            header.add(e.getValue().isEmpty() ? e.getKey() : e.getKey() + "_" + e.getValue());
        }
        double every = result.scenario().outputIntervalSeconds();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", header));
            w.write('\n');
            for (OrganismRun run : result.runs()) {
                double[] t = run.timesSeconds();
                for (int i = 0; i < t.length; i++) {
                    double q = t[i] / every;
                    if (Math.abs(q - Math.rint(q)) > 1e-6 && i != t.length - 1) {
                        continue;
                    }
                    StringBuilder row = new StringBuilder(run.arm()).append(',').append(num(t[i] / 3600));
                    for (String name : units.keySet()) {
                        row.append(',').append(num(run.get(name)[i]));
                    }
                    w.write(row.append('\n').toString());
                }
            }
        }
    }

    static List<String> doseHeader() {
        List<String> h = new ArrayList<>(List.of("arm", "dose", "time_h"));
        for (String[] c : DOSE_COLUMNS) {
            h.add(c[0] + "_" + c[1]);
        }
        return h;
    }

    static List<List<String>> doseRows(ExperimentResult result) {
        List<List<String>> rows = new ArrayList<>();
        for (OrganismRun run : result.runs()) {
            double end = run.timesSeconds()[run.timesSeconds().length - 1];
            Map<String, Window> w = Windows.automatic(end, run.doseTimesSeconds());
            for (int k = 1; w.containsKey("dose" + k); k++) {
                Window win = w.get("dose" + k);
                List<String> row = new ArrayList<>(List.of(run.arm(), Integer.toString(k), num(win.fromSeconds() / 3600)));
                for (String[] c : DOSE_COLUMNS) {
                    row.add(num(Statistic.parse(c[1]).of(run.timesSeconds(), run.get(c[0]), win)));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<Map<String, String>> doseJson(List<List<String>> rows) {
        List<String> h = doseHeader();
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> r : rows) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < h.size(); i++) {
                m.put(h.get(i), r.get(i));
            }
            out.add(m);
        }
        return out;
    }

    static List<List<String>> checkRows(ExperimentResult result, boolean withSource) {
        List<List<String>> rows = new ArrayList<>();
        for (CheckResult c : result.checks()) {
            List<String> r = new ArrayList<>(List.of(c.check().id(), c.check().label().key(), c.check().claim(),
                    c.check().quantity().toString(), num(c.value()), c.check().band(), c.pass() ? "pass" : "MISS"));
            if (withSource) {
                r.add(c.check().source());
                r.add(c.check().note());
            }
            rows.add(r);
        }
        return rows;
    }

    private static Map<String, Object> checkJson(CheckResult c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.check().id());
        m.put("label", c.check().label().key());
        m.put("claim", c.check().claim());
        m.put("quantity", c.check().quantity().toString());
        m.put("value", Double.isNaN(c.value()) ? "NaN" : c.value());
        m.put("band", c.check().band());
        m.put("pass", c.pass());
        m.put("source", c.check().source());
        m.put("note", c.check().note());
        return m;
    }

    private static Map<String, Object> manifest(ExperimentResult result) {
        OrganismScenario s = result.scenario();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("program", "ReceptorSim");
        m.put("version", RunWriter.VERSION);
        m.put("scenario", s.name());
        m.put("file", s.file());
        m.put("description", s.description());
        m.put("seed", s.seed());
        List<Map<String, Object>> arms = new ArrayList<>();
        for (ArmSetup a : s.arms()) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("name", a.name());
            am.put("description", a.description());
            am.put("drug", drug(a.drug()));
            am.put("doses", DosingEvent.expandAll(a.doses()).stream().map(Object::toString).toList());
            if (a.antagonist() != null) {
                am.put("antagonist", Map.of("drug", drug(a.antagonist().drug()), "doses",
                        DosingEvent.expandAll(a.antagonist().doses()).stream().map(Object::toString).toList()));
            }
            am.put("pgpInhibition", a.pgpInhibition());
            am.put("brainClamp_M", a.brainClampMolar());
            List<Map<String, Object>> sessions = new ArrayList<>();
            for (ContextSession cs : a.sessions()) {
                sessions.add(Map.of("context", cs.context(), "from_h", cs.startSeconds() / 3600,
                        "to_h", cs.endSeconds() / 3600));
            }
            am.put("contexts", sessions);
            Map<String, Object> circuits = new LinkedHashMap<>();
            for (var e : a.circuits().entrySet()) {
                CircuitSpec c = e.getValue();
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("cell", c.cells().cellType());
                cm.put("cellOverrides", c.cells().cellOverrides());
                cm.put("adaptations", c.cells().adaptations());
                cm.put("readout", c.readout().key());
                cm.put("site", e.getKey().site().name().toLowerCase(Locale.ROOT));
                cm.put("cells", c.cells().cells());
                cm.put("receptorsPerCell", c.cells().receptorsPerCell());
                cm.put("cellDt", new Duration(c.cells().cellDtSeconds()).toString());
                cm.put("sources", c.sources());
                circuits.put(e.getKey().key(), cm);
            }
            am.put("circuits", circuits);
            am.put("parameters", a.parameters().describe());
            arms.add(am);
        }
        m.put("arms", arms);
        m.put("windows", s.windows());
        return m;
    }

    private static Map<String, Object> drug(DrugProfile d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", d.name());
        m.put("ligand", d.ligand());
        m.put("ligandOverrides", d.ligandOverrides());
        m.put("volumeLitres", d.plasma().volumeLitres());
        m.put("clearanceLitresPerSecond", d.plasma().clearanceLitresPerSecond());
        m.put("halfLife", new Duration(d.plasma().halfLifeSeconds()).toString());
        m.put("molarMassGramsPerMol", d.molarMassGramsPerMol());
        m.put("unboundFraction", d.unboundFraction());
        m.put("brainEquilibrationHalfLife", new Duration(d.brain().equilibrationHalfLifeSeconds()).toString());
        m.put("unboundPartition", d.brain().unboundPartition());
        m.put("pgpEffluxFraction", d.brain().pgpEffluxFraction());
        m.put("pgpInduction", d.brain().pgpInduction());
        m.put("sources", d.sources());
        return m;
    }

    private static void report(RunDirectory dir, ExperimentResult result, List<List<String>> doseRows,
                               List<org.receptorsim.figure.Figure> pngs, List<Figure> figures) throws IOException {
        OrganismScenario s = result.scenario();
        HtmlReport r = new HtmlReport("ReceptorSim organism: " + s.name()).run(runInfo(result));
        if (!result.checks().isEmpty()) {
            long pass = result.checks().stream().filter(CheckResult::pass).count();
            r.section("Literature checks (" + pass + " of " + result.checks().size() + " within their band)");
            r.note("fitted: a parameter was fitted to it (training); predicted: nothing was fitted to it, a miss is a"
                    + " finding about the model; design: it checks the experiment, not the biology.");
            r.table(null, List.of("id", "label", "claim", "quantity", "value", "band", "", "source", "note"),
                    checkRows(result, true));
        }
        r.section("Figures");
        for (int i = 0; i < pngs.size(); i++) {
            r.figure(figures.get(i).title(), pngs.get(i));
        }
        r.section("Response to every dose");
        r.table(null, doseHeader(), doseRows);
        ArmSetup first = s.arms().get(0);
        r.section("Parameters and sources (arm " + first.name() + ")");
        List<List<String>> rows = new ArrayList<>();
        for (var e : first.parameters().describe().entrySet()) {
            rows.add(List.of(e.getKey(), String.valueOf(e.getValue().get("value")),
                    String.valueOf(e.getValue().get("source"))));
        }
        r.table(null, List.of("parameter", "value", "source"), rows);
        List<List<String>> drugRows = new ArrayList<>();
        for (ArmSetup a : s.arms()) {
            for (DrugProfile d : a.antagonist() == null ? List.of(a.drug()) : List.of(a.drug(),
                    a.antagonist().drug())) {
                if (drugRows.stream().noneMatch(x -> x.get(0).equals(d.name()))) {
                    d.sources().forEach((k, v) -> drugRows.add(List.of(d.name(), k, v)));
                }
            }
        }
        r.table("Drugs", List.of("drug", "field", "source"), drugRows);
        List<List<String>> circuitRows = new ArrayList<>();
        for (var e : first.circuits().entrySet()) {
            CircuitSpec c = e.getValue();
            circuitRows.add(List.of(e.getKey().key(), c.cells().cellType(),
                    c.cells().cellOverrides() == null ? "" : c.cells().cellOverrides().toString(), c.readout().key(),
                    String.join("; ", c.sources().entrySet().stream().map(x -> x.getKey() + ": " + x.getValue())
                            .toList())));
        }
        r.table("Circuits", List.of("circuit", "cell", "overrides", "readout", "sources"), circuitRows);
        r.write(dir.file("report.html"));
    }

    /** The scenario's checks as summary.csv rows: metric = check id, arm = scenario, the value measured. */
    static List<org.receptorsim.statistics.SummaryRow> summaryRows(ExperimentResult result) {
        List<org.receptorsim.statistics.SummaryRow> rows = new ArrayList<>();
        for (CheckResult c : result.checks()) {
            rows.add(org.receptorsim.statistics.SummaryRow.of(c.check().id(), result.scenario().name(), "",
                    new double[] {c.value()}));
        }
        return rows;
    }

    static void writeCsv(Path file, List<String> header, List<List<String>> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", header.stream().map(OrganismWriter::csv).toList()));
            w.write('\n');
            for (List<String> r : rows) {
                w.write(String.join(",", r.stream().map(OrganismWriter::csv).toList()));
                w.write('\n');
            }
        }
    }

    private static String csv(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v);
    }
}
