package org.receptorsim.fit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
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
import java.util.Set;
import org.receptorsim.assay.Pathway;
import org.receptorsim.figure.Figure;
import org.receptorsim.figure.FigureFormat;
import org.receptorsim.output.HtmlReport;
import org.receptorsim.output.Manifests;
import org.receptorsim.output.RunDirectory;
import org.receptorsim.output.RunWriter;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.scenario.Yaml;

/**
 * Writes a fit into a new directory, atomically ({@link RunDirectory}): {@code estimates.csv} (every free parameter
 * with its profile-likelihood interval), {@code correlations.csv}, {@code predictions.csv} (every observation with
 * the model's value and the residual), {@code fit.json} (all of it with the goodness of fit), the ligand entry
 * {@code <ligand>.yaml} in the library's format (for {@code --library}), one {@code fit-<assay>} figure per assay,
 * {@code manifest.json} and {@code report.html}.
 */
public final class FitWriter {

    private FitWriter() {
    }

    /**
     * Everything a fit run produced.
     *
     * @param command the command line as typed
     * @param dataFile the data file as named
     * @param model the data and the model
     * @param result the fit
     * @param level the intervals' confidence level
     */
    public record FitRun(String command, String dataFile, LigandModel model, FitResult result, double level) {
    }

    /**
     * Writes the run.
     *
     * @param target the directory to create (must not exist)
     * @param run the results
     * @param formats figure formats
     * @return the target
     */
    public static Path write(Path target, FitRun run, Set<FigureFormat> formats) {
        try (RunDirectory dir = RunDirectory.create(target)) {
            writeEstimates(dir.file("estimates.csv"), run);
            writeCorrelations(dir.file("correlations.csv"), run);
            writePredictions(dir.file("predictions.csv"), run);
            Yaml.jsonMapper().writeValue(dir.file("fit.json").toFile(), json(run));
            Files.writeString(dir.file(yamlFileName(run.model().name())), ligandYaml(run), StandardCharsets.UTF_8);
            Manifests.write(dir.file("manifest.json"), manifest(run));
            List<Figure> figures = new ArrayList<>();
            for (Pathway p : run.model().assays()) {
                Figure f = FitCharts.assay(run.model(), run.result(), p);
                f.write(dir.file(""), formats);
                figures.add(f);
            }
            report(dir.file("report.html"), run, figures);
            return dir.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results to " + target + ": " + e.getMessage(), e);
        }
    }

    /** The file name of a ligand's entry: its name with anything but letters, digits, '.', '-', '_' as '_'. */
    public static String yamlFileName(String ligand) {
        return ligand.replaceAll("[^A-Za-z0-9._-]", "_") + ".yaml";
    }

    private static String ci(FitResult.Estimate e, FreeParameter p) {
        return (e.openLow() ? "<= " : "") + p.format(e.low()) + " to " + (e.openHigh() ? ">= " : "")
                + p.format(e.high());
    }

    /**
     * The fitted ligand as a library entry ({@code ligands:} list, the bundled library's format): the estimates
     * with their intervals in {@code sources}, the other values those of the starting ligand with its sources.
     */
    public static String ligandYaml(FitRun run) {
        LigandModel m = run.model();
        FitResult r = run.result();
        Ligand start = m.start();
        Map<String, Object> definition = m.definition(r.values());
        Map<String, Object> entry = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        entry.put("name", m.name());
        entry.put("description", "Fitted by receptorsim fit to " + fileName(run.dataFile()) + " ("
                + String.join(", ", m.assays().stream().map(Pathway::id).toList()) + " on " + m.cell()
                + "); values not fitted are " + start.name() + "'s.");
        int pct = (int) Math.round(100 * run.level());
        for (Map.Entry<String, Object> d : definition.entrySet()) {
            FreeParameter p = FreeParameter.parse(d.getKey());
            if (p == null) {
                continue;
            }
            int i = m.free().indexOf(p);
            double value = i >= 0 ? r.values()[i] : p.of(start);
            entry.put(p.field(), p.libraryValue(value));
            if (i >= 0) {
                FitResult.Estimate e = r.estimates().get(i);
                sources.put(p.field(), "fitted to " + fileName(run.dataFile()) + ": " + p.format(e.value()) + ", "
                        + pct + " % profile-likelihood CI " + ci(e, p));
            } else {
                String s = start.sources().get(p.field());
                sources.put(p.field(), "as " + start.name() + (s == null ? "" : " (" + s + ")"));
            }
        }
        entry.put("sources", sources);
        YAMLMapper yaml = YAMLMapper.builder(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR).build()).build();
        try {
            return "# " + m.name() + ", fitted by ReceptorSim " + RunWriter.VERSION + ":\n#   " + run.command()
                    + "\n# Use it with --library " + yamlFileName(m.name()) + ".\n"
                    + yaml.writeValueAsString(Map.of("ligands", List.of(entry)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fileName(String file) {
        return Path.of(file).getFileName().toString();
    }

    private static void writeEstimates(Path file, FitRun run) throws IOException {
        CsvSchema schema = CsvSchema.builder().setUseHeader(true).addColumn("parameter").addColumn("unit")
                .addColumn("estimate").addColumn("ci_low").addColumn("ci_high").addColumn("ci_low_open")
                .addColumn("ci_high_open").addColumn("level").addColumn("start").addColumn("search_low")
                .addColumn("search_high").addColumn("log10_se").build();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             var seq = new CsvMapper().writer(schema).writeValues(w)) {
            for (FitResult.Estimate e : run.result().estimates()) {
                FreeParameter p = e.parameter();
                seq.write(List.of(p.field(), p.unit(), e.value(), e.low(), e.high(), e.openLow(), e.openHigh(),
                        run.level(), e.start(), p.lower(), p.upper(), e.log10StandardError()));
            }
        }
    }

    private static void writeCorrelations(Path file, FitRun run) throws IOException {
        List<FreeParameter> free = run.model().free();
        CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true).addColumn("parameter");
        free.forEach(p -> b.addColumn(p.field()));
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             var seq = new CsvMapper().writer(b.build()).writeValues(w)) {
            for (int i = 0; i < free.size(); i++) {
                List<Object> row = new ArrayList<>();
                row.add(free.get(i).field());
                for (int j = 0; j < free.size(); j++) {
                    row.add(run.result().correlations()[i][j]);
                }
                seq.write(row);
            }
        }
    }

    private static void writePredictions(Path file, FitRun run) throws IOException {
        CsvSchema schema = CsvSchema.builder().setUseHeader(true).addColumn("line").addColumn("assay")
                .addColumn("ligand").addColumn("concentration_M").addColumn("time_s").addColumn("response")
                .addColumn("sem").addColumn("model").addColumn("residual").build();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             var seq = new CsvMapper().writer(schema).writeValues(w)) {
            List<Observation> data = run.model().data();
            for (int k = 0; k < data.size(); k++) {
                Observation o = data.get(k);
                double f = run.result().predictions()[k];
                seq.write(List.of(o.line(), o.assay().id(), o.ligand(), o.molar(), o.seconds(), o.response(),
                        Double.isNaN(o.sem()) ? "" : o.sem(), f, o.response() - f));
            }
        }
    }

    private static Map<String, Object> json(FitRun run) {
        FitResult r = run.result();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ligand", run.model().name());
        m.put("start", run.model().start().name());
        m.put("cell", run.model().cell());
        m.put("data", run.dataFile());
        m.put("level", run.level());
        List<Map<String, Object>> est = new ArrayList<>();
        for (FitResult.Estimate e : r.estimates()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("parameter", e.parameter().field());
            x.put("unit", e.parameter().unit());
            x.put("estimate", e.value());
            x.put("ciLow", e.low());
            x.put("ciHigh", e.high());
            x.put("ciLowOpen", e.openLow());
            x.put("ciHighOpen", e.openHigh());
            x.put("start", e.start());
            x.put("searchRange", List.of(e.parameter().lower(), e.parameter().upper()));
            x.put("log10StandardError", e.log10StandardError());
            est.add(x);
        }
        m.put("estimates", est);
        Map<String, Object> corr = new LinkedHashMap<>();
        List<FreeParameter> free = run.model().free();
        for (int i = 0; i < free.size(); i++) {
            Map<String, Double> row = new LinkedHashMap<>();
            for (int j = 0; j < free.size(); j++) {
                row.put(free.get(j).field(), r.correlations()[i][j]);
            }
            corr.put(free.get(i).field(), row);
        }
        m.put("correlations", corr);
        FitResult.Goodness g = r.goodness();
        Map<String, Object> gof = new LinkedHashMap<>();
        gof.put("observations", g.n());
        gof.put("freeParameters", g.p());
        gof.put("weighting", g.weighting());
        gof.put("ssr", g.ssr());
        gof.put("chiSquare", g.weighted() ? g.chiSquare() : null);
        gof.put("reducedChiSquare", g.weighted() ? g.reducedChiSquare() : null);
        gof.put("residualSd", g.residualSd());
        gof.put("aic", g.aic());
        gof.put("aicc", Double.isFinite(g.aicc()) ? g.aicc() : null);
        Map<String, Object> per = new LinkedHashMap<>();
        g.perAssay().forEach((p, a) -> per.put(p.id(), Map.of("observations", a.n(), "ssr", a.ssr(), "rSquared",
                Double.isFinite(a.rSquared()) ? a.rSquared() : "")));
        gof.put("perAssay", per);
        m.put("goodnessOfFit", gof);
        m.put("notes", r.notes());
        m.put("evaluations", r.evaluations());
        m.put("iterations", r.iterations());
        m.put("seconds", r.seconds());
        return m;
    }

    private static Map<String, Object> manifest(FitRun run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("program", "ReceptorSim");
        m.put("version", RunWriter.VERSION);
        m.put("command", run.command());
        m.put("data", run.dataFile());
        m.put("observations", run.model().data().size());
        m.put("ligand", run.model().name());
        m.put("start", run.model().start());
        m.put("cell", run.model().cell());
        m.put("free", run.model().free().stream().map(FreeParameter::field).toList());
        m.put("assays", run.model().assays().stream().map(Pathway::id).toList());
        m.put("model", "mean-field law of the agent cells (expected chain counts by exp(A dt), dt 1 s)");
        m.put("intervals", "profile likelihood, level " + run.level());
        m.put("evaluations", run.result().evaluations());
        m.put("seconds", run.result().seconds());
        return m;
    }

    private static void report(Path file, FitRun run, List<Figure> figures) throws IOException {
        LigandModel m = run.model();
        FitResult r = run.result();
        HtmlReport h = new HtmlReport("ReceptorSim fit: " + m.name());
        Map<String, String> info = new LinkedHashMap<>();
        info.put("command", run.command());
        info.put("data", run.dataFile() + " (" + m.data().size() + " observations of " + m.name() + ")");
        info.put("cell", m.cell());
        info.put("start", m.start().name() + " (values not fitted are its)");
        info.put("model", "expected responses of the simulated assays (mean-field law of the agent cells)");
        info.put("version", RunWriter.VERSION);
        h.run(info);
        int pct = (int) Math.round(100 * run.level());
        h.section("Estimates");
        h.paragraph(pct + " % intervals by profile likelihood: the other parameters refitted at each value, the "
                + "interval where −2 log L stays within the χ²(1) quantile of its minimum. '<='/'>=': the profile "
                + "stays below the threshold up to the search bound.");
        List<List<String>> rows = new ArrayList<>();
        for (FitResult.Estimate e : r.estimates()) {
            FreeParameter p = e.parameter();
            rows.add(List.of(p.field(), p.format(e.value()), ci(e, p), p.format(e.start()),
                    p.format(p.lower()) + " – " + p.format(p.upper())));
        }
        h.table(null, List.of("parameter", "estimate", pct + " % CI", "start", "search range"), rows);
        h.section("Goodness of fit");
        FitResult.Goodness g = r.goodness();
        List<List<String>> gof = new ArrayList<>();
        gof.add(List.of("observations, free parameters", g.n() + ", " + g.p()));
        gof.add(List.of("weighting of the residuals", g.weighting()));
        gof.add(List.of("SSR (assay units²)", String.format(Locale.ROOT, "%.4g", g.ssr())));
        if (g.weighted()) {
            gof.add(List.of("χ² (weighted residuals)", String.format(Locale.ROOT, "%.4g", g.chiSquare())));
            gof.add(List.of("reduced χ² (χ² / (n − p))", String.format(Locale.ROOT, "%.3f", g.reducedChiSquare())));
        }
        gof.add(List.of("residual SD", String.format(Locale.ROOT, "%.4g", g.residualSd())));
        gof.add(List.of("AIC, AICc", String.format(Locale.ROOT, "%.2f, %.2f", g.aic(), g.aicc())));
        g.perAssay().forEach((p, a) -> gof.add(List.of(p.id() + ": n, SSR, R²", String.format(Locale.ROOT,
                "%d, %.4g, %.3f", a.n(), a.ssr(), a.rSquared()))));
        gof.add(List.of("evaluations (simulated data sets), time", r.evaluations() + String.format(Locale.ROOT,
                ", %.1f s", r.seconds())));
        h.table(null, List.of("quantity", "value"), gof);
        h.section("Correlations of the estimates");
        List<String> header = new ArrayList<>(List.of(""));
        m.free().forEach(p -> header.add(p.field()));
        List<List<String>> corr = new ArrayList<>();
        for (int i = 0; i < m.free().size(); i++) {
            List<String> row = new ArrayList<>(List.of(m.free().get(i).field()));
            for (int j = 0; j < m.free().size(); j++) {
                row.add(String.format(Locale.ROOT, "%.3f", r.correlations()[i][j]));
            }
            corr.add(row);
        }
        h.table(null, header, corr);
        for (String note : r.notes()) {
            h.warning(note);
        }
        h.section("Data and model");
        for (int i = 0; i < figures.size(); i++) {
            h.figure(m.assays().get(i).label() + ": data and fitted model", figures.get(i));
        }
        h.section("Ligand entry");
        h.paragraph(yamlFileName(m.name()) + " holds " + m.name() + " in the library's format (the estimates, and "
                + m.start().name() + "'s values for the rest), ready for --library.");
        h.write(file);
    }
}
