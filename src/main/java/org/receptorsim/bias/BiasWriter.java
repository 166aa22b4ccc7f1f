package org.receptorsim.bias;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.receptorsim.assay.AssayData;
import org.receptorsim.assay.AssayNoise;
import org.receptorsim.assay.Pathway;
import org.receptorsim.assay.ResponseCurve;
import org.receptorsim.output.HtmlReport;
import org.receptorsim.output.Manifests;
import org.receptorsim.output.RunDirectory;
import org.receptorsim.output.RunWriter;
import org.receptorsim.output.SummaryCsv;
import org.receptorsim.statistics.SummaryRow;
import org.receptorsim.figure.Figure;
import org.receptorsim.figure.FigureFormat;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.scenario.Yaml;

/**
 * Writes a bias analysis into a new directory, atomically ({@link RunDirectory}): {@code curves.csv} (every
 * simulated cell), {@code fits.csv} and {@code fits.json} (every parameter with its interval, failures with their
 * reasons), {@code bias.csv}, the figures {@code bias-plot} and {@code curves-<pathway>}, with the receptor-reserve
 * experiment {@code reserve.csv} and the figures {@code reserve} and {@code reserve-curves} (each as PNG, SVG and/or
 * PDF), {@code manifest.json} and {@code report.html}.
 */
public final class BiasWriter {

    private BiasWriter() {
    }

    /**
     * Everything a bias run produced.
     *
     * @param command the command line as typed (for the record)
     * @param data the simulated assays
     * @param result fits and bias factors
     * @param reserve the receptor-reserve experiment, or null
     * @param primary the G-protein pathway of the bias plot
     * @param versus the other pathway of the bias plot
     * @param simulationSeconds wall time of the simulations
     * @param analysisSeconds wall time of fits and bootstrap (reserve experiment included)
     * @param byReadTime the bias factors by read time of the other pathway
     * @param noise the assay noise laid over the simulated responses
     */
    public record BiasRun(String command, AssayData data, BiasResult result, ReceptorReserveExperiment.Result reserve,
                          Pathway primary, Pathway versus, double simulationSeconds, double analysisSeconds,
                          List<ReadTimeSeries.Point> byReadTime, AssayNoise noise) {
    }

    /**
     * Writes the run.
     *
     * @param target the directory to create (must not exist)
     * @param run the results
     * @return the target
     */
    public static Path write(Path target, BiasRun run) {
        return write(target, run, FigureFormat.DEFAULT);
    }

    /**
     * Writes the run with its figures in the given formats.
     *
     * @param target the directory to create (must not exist)
     * @param run the results
     * @param formats figure formats
     * @return the target
     */
    public static Path write(Path target, BiasRun run, Set<FigureFormat> formats) {
        try (RunDirectory dir = RunDirectory.create(target)) {
            AssayData data = run.data();
            BiasResult res = run.result();
            writeCurves(dir.file("curves.csv"), data);
            writeFits(dir.file("fits.csv"), res);
            writeBias(dir.file("bias.csv"), res);
            SummaryCsv.write(dir.file("summary.csv"), summaryRows(res));
            ObjectMapper json = Yaml.jsonMapper();
            json.writeValue(dir.file("fits.json").toFile(), fitsJson(run));
            Manifests.write(dir.file("manifest.json"), manifest(run));
            List<Figure> curveFigures = new ArrayList<>();
            for (Pathway p : data.pathways()) {
                curveFigures.add(BiasCharts.curves(data, res, p));
            }
            Figure biasFigure = run.primary() != null && run.versus() != null
                    ? BiasCharts.biasPlot(data, res, run.primary(), run.versus()) : null;
            Figure reserveFigure = null;
            Figure reserveCurvesFigure = null;
            if (run.reserve() != null) {
                writeReserve(dir.file("reserve.csv"), run.reserve());
                reserveFigure = BiasCharts.reserve(run.reserve(), res.level());
                reserveCurvesFigure = BiasCharts.reserveCurves(run.reserve());
            }
            if (!run.byReadTime().isEmpty()) {
                writeReadTimes(dir.file("bias-by-read-time.csv"), run);
            }
            List<Figure> all = new ArrayList<>(curveFigures);
            for (Figure f : new Figure[] {biasFigure, reserveFigure, reserveCurvesFigure}) {
                if (f != null) {
                    all.add(f);
                }
            }
            for (Figure f : all) {
                f.write(dir.file(""), formats);
            }
            report(dir.file("report.html"), run, biasFigure, curveFigures, reserveFigure, reserveCurvesFigure);
            return dir.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results to " + target + ": " + e.getMessage(), e);
        }
    }

    // ---- tables ----

    private static void writeCurves(Path file, AssayData data) throws IOException {
        CsvSchema schema = CsvSchema.builder().setUseHeader(true).addColumn("pathway").addColumn("ligand")
                .addColumn("replicate").addColumn("concentration_M").addColumn("response_percent").build();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             var seq = new CsvMapper().writer(schema).writeValues(w)) {
            for (ResponseCurve c : data.curves()) {
                for (int r = 0; r < c.replicates(); r++) {
                    for (int j = 0; j < c.concentrationsMolar().length; j++) {
                        seq.write(List.of(c.pathway().id(), c.ligand(), r, c.concentrationsMolar()[j],
                                c.responses()[r][j]));
                    }
                }
            }
        }
    }

    /**
     * The long-format summary: per ligand ("arm"), the bias factors and, per assay, log(τ/KA), Δlog(τ/KA), logistic
     * log EC50 and Emax, each with its bootstrap interval; n is the cells per concentration.
     */
    static List<SummaryRow> summaryRows(BiasResult res) {
        List<SummaryRow> rows = new ArrayList<>();
        long n = res.replicates();
        for (BiasResult.BiasFactor f : res.biasFactors()) {
            Estimate e = f.ddLogTauOverKa();
            rows.add(SummaryRow.estimate("ddLogTauOverKA_" + f.pathway().id() + "_vs_" + f.versus().id(),
                    f.ligand(), "log10", n, e.value(), e.lower(), e.upper()));
        }
        for (BiasResult.PathwayResult p : res.pathways()) {
            for (BiasResult.LigandResult l : p.ligands()) {
                String id = p.pathway().id();
                for (Object[] q : new Object[][] {
                    {"logTauOverKA_" + id, "log10(1/M)", l.operational().logTauOverKa()},
                    {"deltaLogTauOverKA_" + id, "log10", l.operational().deltaLogTauOverKa()},
                    {"logEC50_" + id, "log10(M)", l.logistic().logEc50()},
                    {"emax_" + id, "%", l.logistic().emax()}}) {
                    Estimate e = (Estimate) q[2];
                    rows.add(SummaryRow.estimate((String) q[0], l.ligand(), (String) q[1], n, e.value(), e.lower(),
                            e.upper()));
                }
            }
        }
        return rows;
    }

    private static void writeFits(Path file, BiasResult res) throws IOException {
        List<String> cols = new ArrayList<>(List.of("pathway", "ligand", "status"));
        for (String q : List.of("baseline", "emax", "logEC50", "hill", "logTau", "logKA", "logTauOverKA",
                "deltaLogTauOverKA")) {
            cols.addAll(List.of(q, q + "_lower", q + "_upper"));
        }
        cols.addAll(List.of("systemEmax", "systemHill", "kaAtBound", "rSquared", "note"));
        CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true);
        cols.forEach(b::addColumn);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             var seq = new CsvMapper().writer(b.build()).writeValues(w)) {
            for (BiasResult.PathwayResult p : res.pathways()) {
                for (BiasResult.LigandResult l : p.ligands()) {
                    List<Object> row = new ArrayList<>(List.of(p.pathway().id(), l.ligand(), status(p, l)));
                    for (Estimate e : List.of(l.logistic().baseline(), l.logistic().emax(), l.logistic().logEc50(),
                            l.logistic().hill(), l.operational().logTau(), l.operational().logKa(),
                            l.operational().logTauOverKa(), l.operational().deltaLogTauOverKa())) {
                        row.addAll(List.of(csv(e.value()), csv(e.lower()), csv(e.upper())));
                    }
                    row.addAll(List.of(csv(l.operational().systemEmax().value()),
                            csv(l.operational().systemHill().value()),
                            l.operational().kaAtBound(), csv(l.operational().rSquared()), note(p, l)));
                    seq.write(row);
                }
            }
        }
    }

    private static String status(BiasResult.PathwayResult p, BiasResult.LigandResult l) {
        if (l.curveFailure() != null) {
            return "flat";
        }
        if (p.failure() != null || l.operational().failure() != null) {
            return "failed";
        }
        return l.logistic().failure() != null ? "logistic failed" : "ok";
    }

    private static String note(BiasResult.PathwayResult p, BiasResult.LigandResult l) {
        Set<String> n = new LinkedHashSet<>();
        for (String s : Arrays.asList(l.curveFailure(), p.failure(), l.operational().failure(),
                l.logistic().failure() == null ? null : "logistic: " + l.logistic().failure())) {
            if (s != null) {
                n.add(s);
            }
        }
        if (l.operational().kaAtBound()) {
            n.add("KA at its upper bound (full agonist): log tau and log KA are lower bounds");
        }
        return String.join("; ", n);
    }

    private static void writeBias(Path file, BiasResult res) throws IOException {
        CsvSchema schema = CsvSchema.builder().setUseHeader(true).addColumn("ligand").addColumn("reference")
                .addColumn("pathway").addColumn("versus").addColumn("ddLogTauOverKA").addColumn("lower")
                .addColumn("upper").addColumn("biasFactor").addColumn("biasFactor_lower")
                .addColumn("biasFactor_upper").addColumn("note").build();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             var seq = new CsvMapper().writer(schema).writeValues(w)) {
            for (BiasResult.BiasFactor f : res.biasFactors()) {
                Estimate e = f.ddLogTauOverKa();
                Estimate x = e.map(v -> Math.pow(10, v));
                seq.write(List.of(f.ligand(), res.reference(), f.pathway().id(), f.versus().id(), csv(e.value()),
                        csv(e.lower()), csv(e.upper()), csv(x.value()), csv(x.lower()), csv(x.upper()),
                        f.failure() == null ? "" : f.failure()));
            }
        }
    }

    private static void writeReserve(Path file, ReceptorReserveExperiment.Result r) throws IOException {
        CsvSchema schema = CsvSchema.builder().setUseHeader(true).addColumn("ligand").addColumn("reference")
                .addColumn("pathway").addColumn("versus").addColumn("receptorFraction").addColumn("receptors")
                .addColumn("referenceTau").addColumn("ligandTau").addColumn("ddLogTauOverKA").addColumn("lower")
                .addColumn("upper").addColumn("emaxRatioBias_log").addColumn("ligandGEmax_percentOfReference")
                .addColumn("note").build();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             var seq = new CsvMapper().writer(schema).writeValues(w)) {
            for (ReceptorReserveExperiment.Level l : r.levels()) {
                seq.write(List.of(r.ligand(), r.reference(), r.gPathway().id(), r.versus().id(), l.fraction(),
                        l.receptors(), l.referenceTau(), l.ligandTau(), csv(l.bias().value()), csv(l.bias().lower()),
                        csv(l.bias().upper()), csv(l.emaxRatioBias()), csv(l.ligandGEmaxPercentOfReference()),
                        l.failure() == null ? "" : l.failure()));
            }
        }
    }

    private static void writeReadTimes(Path file, BiasRun run) throws IOException {
        CsvSchema schema = CsvSchema.builder().setUseHeader(true).addColumn("ligand").addColumn("reference")
                .addColumn("pathway").addColumn("versus").addColumn("versusReadAt_min").addColumn("ddLogTauOverKA")
                .addColumn("lower").addColumn("upper").addColumn("versusTopResponse_percentOfReference")
                .addColumn("note").build();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             var seq = new CsvMapper().writer(schema).writeValues(w)) {
            for (ReadTimeSeries.Point p : run.byReadTime()) {
                seq.write(List.of(p.ligand(), run.result().reference(), run.primary().id(), run.versus().id(),
                        p.readSeconds() / 60, csv(p.bias().value()), csv(p.bias().lower()), csv(p.bias().upper()),
                        csv(p.topResponsePercentOfReference()), p.failure() == null ? "" : p.failure()));
            }
        }
    }

    private static Object csv(double v) {
        return Double.isFinite(v) ? (Object) v : "";
    }

    // ---- JSON ----

    private static Map<String, Object> est(Estimate e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", num(e.value()));
        m.put("lower", num(e.lower()));
        m.put("upper", num(e.upper()));
        return m;
    }

    private static Double num(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static Map<String, Object> fitsJson(BiasRun run) {
        BiasResult res = run.result();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("program", "ReceptorSim");
        m.put("version", RunWriter.VERSION);
        m.put("reference", res.reference());
        m.put("cell", res.cell());
        m.put("replicates", res.replicates());
        m.put("bootstrapSamples", res.bootstrapSamples());
        m.put("confidenceLevel", res.level());
        List<Object> pathways = new ArrayList<>();
        for (BiasResult.PathwayResult p : res.pathways()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("pathway", p.pathway().id());
            pm.put("label", p.pathway().label());
            pm.put("unit", p.pathway().unit());
            pm.put("readSeconds", p.readSeconds());
            pm.put("systemEmax", est(p.systemEmax()));
            pm.put("hill", est(p.hill()));
            pm.put("emaxAtBound", p.emaxAtBound());
            pm.put("bootstrapFailures", p.bootstrapFailures());
            pm.put("failure", p.failure());
            List<Object> ligands = new ArrayList<>();
            for (BiasResult.LigandResult l : p.ligands()) {
                Map<String, Object> lm = new LinkedHashMap<>();
                lm.put("ligand", l.ligand());
                lm.put("curveFailure", l.curveFailure());
                Map<String, Object> lg = new LinkedHashMap<>();
                lg.put("baseline_percent", est(l.logistic().baseline()));
                lg.put("emax_percent", est(l.logistic().emax()));
                lg.put("logEC50_M", est(l.logistic().logEc50()));
                lg.put("hill", est(l.logistic().hill()));
                lg.put("failure", l.logistic().failure());
                lm.put("logistic", lg);
                Map<String, Object> op = new LinkedHashMap<>();
                op.put("logTau", est(l.operational().logTau()));
                op.put("logKA_M", est(l.operational().logKa()));
                op.put("logTauOverKA", est(l.operational().logTauOverKa()));
                op.put("deltaLogTauOverKA", est(l.operational().deltaLogTauOverKa()));
                op.put("kaAtBound", l.operational().kaAtBound());
                op.put("rSquared", num(l.operational().rSquared()));
                op.put("failure", l.operational().failure());
                lm.put("operational", op);
                ligands.add(lm);
            }
            pm.put("ligands", ligands);
            pathways.add(pm);
        }
        m.put("pathways", pathways);
        List<Object> bias = new ArrayList<>();
        for (BiasResult.BiasFactor f : res.biasFactors()) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("ligand", f.ligand());
            b.put("pathway", f.pathway().id());
            b.put("versus", f.versus().id());
            b.put("ddLogTauOverKA", est(f.ddLogTauOverKa()));
            b.put("biasFactor", est(f.ddLogTauOverKa().map(v -> Math.pow(10, v))));
            b.put("failure", f.failure());
            bias.add(b);
        }
        m.put("biasFactors", bias);
        m.put("notes", res.notes());
        if (run.reserve() != null) {
            ReceptorReserveExperiment.Result r = run.reserve();
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("ligand", r.ligand());
            rm.put("reference", r.reference());
            rm.put("pathway", r.gPathway().id());
            rm.put("versus", r.versus().id());
            List<Object> levels = new ArrayList<>();
            for (ReceptorReserveExperiment.Level l : r.levels()) {
                Map<String, Object> lm = new LinkedHashMap<>();
                lm.put("receptorFraction", l.fraction());
                lm.put("receptors", l.receptors());
                lm.put("referenceTau", l.referenceTau());
                lm.put("ligandTau", l.ligandTau());
                lm.put("ddLogTauOverKA", est(l.bias()));
                lm.put("emaxRatioBias_log", num(l.emaxRatioBias()));
                lm.put("ligandGEmax_percentOfReference", num(l.ligandGEmaxPercentOfReference()));
                lm.put("ligandLogTauOverKA_G", est(l.ligandLogTauOverKaG()));
                lm.put("failure", l.failure());
                levels.add(lm);
            }
            rm.put("levels", levels);
            m.put("receptorReserve", rm);
        }
        return m;
    }

    private static Map<String, Object> manifest(BiasRun run) {
        AssayData d = run.data();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("program", "ReceptorSim");
        m.put("version", RunWriter.VERSION);
        m.put("command", run.command());
        m.put("seed", d.design().seed());
        m.put("engine", "cohort");
        m.put("cell", d.cell());
        m.put("cellOverrides", d.design().cellOverrides());
        m.put("ligands", d.ligands());
        Map<String, Object> assays = new LinkedHashMap<>();
        for (Pathway p : d.pathways()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("label", p.label());
            a.put("readout", p.unit());
            a.put("readSeconds", d.design().readSeconds(p));
            a.put("forskolin", p.forskolin());
            a.put("membranes", p.membrane());
            assays.put(p.id(), a);
        }
        m.put("assays", assays);
        Map<String, Object> conc = new LinkedHashMap<>();
        for (Ligand l : d.ligands()) {
            conc.put(l.name(), d.design().concentrationsFor(l.name(), l.kd().molar()));
        }
        m.put("concentrations_M", conc);
        m.put("replicates", d.design().replicates());
        m.put("cells", d.cells());
        m.put("reference", run.result().reference());
        m.put("bootstrapSamples", run.result().bootstrapSamples());
        m.put("assayNoise", Map.of("wellCv", run.noise().wellCv(), "dayCv", run.noise().dayCv()));
        m.put("simulationSeconds", run.simulationSeconds());
        m.put("analysisSeconds", run.analysisSeconds());
        return m;
    }

    // ---- report ----

    private static void report(Path file, BiasRun run, Figure biasPng, List<Figure> curvePngs, Figure reservePng,
                               Figure reserveCurvesPng) throws IOException {
        AssayData d = run.data();
        BiasResult res = run.result();
        List<String> names = d.ligands().stream().map(Ligand::name)
                .filter(n -> !n.equalsIgnoreCase(res.reference())).toList();
        HtmlReport r = new HtmlReport("ReceptorSim bias: " + String.join(", ", names) + " vs " + res.reference());
        r.run(runInfo(run));
        String ci = Math.round(100 * res.level()) + " % CI";

        r.section("Bias factors ΔΔlog(τ/KA) relative to " + res.reference());
        r.paragraph("Positive: biased toward the G-protein pathway relative to " + res.reference() + " (bias factor "
                + "10^ΔΔ), each ligand fitted with the reference alone. Intervals: percentile bootstrap over the "
                + "experiments (replicate k of every concentration; " + res.bootstrapSamples()
                + " resamples; each fit redone). " + (run.noise().isNone() ? "They carry the simulated cells' "
                + "stochastic receptor kinetics only, not assay noise or day-to-day variation (--assay-cv, "
                + "--day-cv add them)." : String.format(Locale.ROOT, "They carry the simulated cells' kinetics "
                + "and an assay noise model: well-to-well SD %.3g × the assay window (the reference's largest mean "
                + "response), day-to-day gain CV %.3g.",
                run.noise().wellCv(), run.noise().dayCv())));
        List<Pathway[]> pairs = new ArrayList<>();
        for (BiasResult.BiasFactor f : res.biasFactors()) {
            if (pairs.stream().noneMatch(p -> p[0] == f.pathway() && p[1] == f.versus())) {
                pairs.add(new Pathway[] {f.pathway(), f.versus()});
            }
        }
        pairs.sort((a, b) -> Boolean.compare(!(a[0] == run.primary() && a[1] == run.versus()),
                !(b[0] == run.primary() && b[1] == run.versus())));
        List<String> header = new ArrayList<>(List.of("ligand"));
        for (Pathway[] p : pairs) {
            header.add(p[0].shortLabel() + " vs " + p[1].shortLabel() + " (" + ci + ")");
            if (p[0] == run.primary() && p[1] == run.versus()) {
                header.add("bias factor 10^ΔΔ");
            }
        }
        List<List<String>> rows = new ArrayList<>();
        Map<String, List<String>> failures = new LinkedHashMap<>();
        for (String n : names) {
            List<String> row = new ArrayList<>(List.of(n));
            for (Pathway[] p : pairs) {
                BiasResult.BiasFactor f = res.bias(n, p[0], p[1]);
                boolean main = p[0] == run.primary() && p[1] == run.versus();
                if (f == null || f.failure() != null) {
                    row.add("not defined");
                    if (main) {
                        row.add("");
                    }
                    if (f != null) {
                        failures.computeIfAbsent(f.failure(), k -> new ArrayList<>()).add(n + ", "
                                + p[0].shortLabel() + " vs " + p[1].shortLabel());
                    }
                } else {
                    row.add(f.ddLogTauOverKa().format("%.2f"));
                    if (main) {
                        row.add(f.ddLogTauOverKa().map(v -> Math.pow(10, v)).format("%.3g"));
                    }
                }
            }
            rows.add(row);
        }
        r.table(null, header, rows);
        for (BiasResult.PathwayResult p : res.pathways()) {
            if (p.failure() != null) {
                r.warning(p.pathway().label() + ": " + p.failure());
            }
        }
        Set<String> pathwayFailures = new LinkedHashSet<>();
        res.pathways().stream().filter(p -> p.failure() != null).forEach(p -> pathwayFailures.add(p.failure()));
        failures.forEach((why, where) -> {
            if (!pathwayFailures.contains(why)) {
                r.warning("Not defined for " + String.join("; ", where) + ": " + why);
            }
        });
        r.figure("Bias plot: log(τ/KA) in " + (run.primary() == null ? "" : run.primary().label()) + " against "
                + (run.versus() == null ? "" : run.versus().label()) + ", " + ci + " in both directions.", biasPng);

        if (!run.byReadTime().isEmpty()) {
            List<List<String>> rows2 = new ArrayList<>();
            for (ReadTimeSeries.Point p : run.byReadTime()) {
                rows2.add(List.of(p.ligand(), BiasCharts.minutes(p.readSeconds()),
                        p.failure() != null ? "not defined" : p.bias().format("%.2f"),
                        String.format(Locale.ROOT, "%.3g", p.topResponsePercentOfReference())));
            }
            r.table("Bias against " + run.versus().label() + " read at several times (the G-protein assay as above; "
                    + ci + ")", List.of("ligand", run.versus().id() + " read at", "ΔΔlog(τ/KA)",
                    run.versus().id() + " at the top concentration, % of " + res.reference()), rows2);
        }

        r.section("Operational model (Black–Leff), fitted globally per pathway");
        r.paragraph("Em and slope shared by the ligands of a pathway, log τ and log KA per ligand, baseline 0. "
                + "log(τ/KA) is determined even where τ and KA separately are not (full agonists, KA at its bound; "
                + "Em barely determined with a slope near 1).");
        List<List<String>> sys = new ArrayList<>();
        for (BiasResult.PathwayResult p : res.pathways()) {
            sys.add(List.of(p.pathway().label(), BiasCharts.minutes(p.readSeconds()),
                    p.failure() != null ? "no fit" : p.systemEmax().format("%.1f") + (p.emaxAtBound() ? " (bound)"
                            : ""), p.failure() != null ? "" : p.hill().format("%.2f")));
        }
        r.table("System parameters (" + ci + ")", List.of("pathway", "read at", "Em (%)", "slope"), sys);
        List<List<String>> ops = new ArrayList<>();
        for (BiasResult.PathwayResult p : res.pathways()) {
            for (BiasResult.LigandResult l : p.ligands()) {
                BiasResult.Operational o = l.operational();
                if (o.failure() != null) {
                    ops.add(List.of(p.pathway().id(), l.ligand(), "", "", "", "", "",
                            l.curveFailure() != null ? "flat: not fitted" : "no fit"));
                    continue;
                }
                String bound = o.kaAtBound() ? "≥ " : "";
                ops.add(List.of(p.pathway().id(), l.ligand(), bound + o.logTau().format("%.2f"),
                        bound + o.logKa().format("%.2f"), o.logTauOverKa().format("%.2f"),
                        o.deltaLogTauOverKa().format("%.2f"), String.format(Locale.ROOT, "%.3f", o.rSquared()),
                        o.kaAtBound() ? "full agonist: KA at bound" : ""));
            }
        }
        r.table("Per ligand (" + ci + "; Δ relative to " + res.reference() + ")", List.of("pathway", "ligand",
                "log τ", "log KA (M)", "log(τ/KA)", "Δlog(τ/KA)", "R²", "note"), ops);

        List<List<String>> logi = new ArrayList<>();
        for (BiasResult.PathwayResult p : res.pathways()) {
            for (BiasResult.LigandResult l : p.ligands()) {
                BiasResult.Logistic g = l.logistic();
                if (g.failure() != null) {
                    logi.add(List.of(p.pathway().id(), l.ligand(), "", "", "", "", g.failure()));
                    continue;
                }
                logi.add(List.of(p.pathway().id(), l.ligand(), g.logEc50().map(v -> Math.pow(10, v + 9))
                        .format("%.3g"), g.emax().format("%.1f"), g.hill().format("%.2f"),
                        g.baseline().format("%.2f"), ""));
            }
        }
        r.section("Four-parameter logistic fits");
        r.table("Per ligand and pathway (" + ci + ")", List.of("pathway", "ligand", "EC50 (nM)", "Emax (%)",
                "Hill slope", "baseline (%)", "note"), logi);
        for (int i = 0; i < curvePngs.size(); i++) {
            r.figure(d.pathways().get(i).label() + ": simulated cells (mean ± 95 % CI) and operational-model fits.",
                    curvePngs.get(i));
        }

        if (run.reserve() != null) {
            ReceptorReserveExperiment.Result rr = run.reserve();
            r.section("Receptor reserve: bias or low intrinsic efficacy?");
            r.paragraph("The " + rr.gPathway().label() + " assay repeated with a fraction of the receptors left "
                    + "(the irreversible-antagonist method; the G-protein stimulus stays normalized to the intact "
                    + "cell, so every ligand's τ falls in proportion). The " + rr.versus().label() + " assay is not "
                    + "amplified and stays as it was. A ligand whose bias came only from low intrinsic efficacy "
                    + "amplified in the G assay would lose its apparent bias; the operational model's ΔΔlog(τ/KA) "
                    + "corrects for amplification, the Emax-ratio comparison does not. Each level is fitted with "
                    + "the reference and this ligand only (their own shared Em and slope), so the first level can "
                    + "differ slightly from the main table.");
            List<List<String>> rrows = new ArrayList<>();
            for (ReceptorReserveExperiment.Level l : rr.levels()) {
                rrows.add(List.of(String.format(Locale.ROOT, "%.3g", l.fraction()), Integer.toString(l.receptors()),
                        String.format(Locale.ROOT, "%.3g", l.referenceTau()),
                        String.format(Locale.ROOT, "%.3g", l.ligandTau()),
                        l.failure() != null ? "not defined" : l.bias().format("%.2f"),
                        Double.isFinite(l.emaxRatioBias()) ? String.format(Locale.ROOT, "%.2f", l.emaxRatioBias())
                                : "", Double.isFinite(l.ligandGEmaxPercentOfReference())
                        ? String.format(Locale.ROOT, "%.0f", l.ligandGEmaxPercentOfReference()) : "",
                        l.failure() == null ? "" : l.failure()));
            }
            r.table(rr.ligand() + " vs " + rr.reference() + ", " + rr.gPathway().shortLabel() + " vs " + rr.versus().shortLabel(),
                    List.of("receptors left", "receptors per cell", rr.reference() + " τ (model ε/K_E)",
                            rr.ligand() + " τ", "ΔΔlog(τ/KA) (" + ci + ")", "log Emax-ratio bias",
                            rr.ligand() + " G Emax (% of " + rr.reference() + ")", "note"), rrows);
            r.figure("Apparent bias of " + rr.ligand() + " against the fraction of receptors left.", reservePng);
            r.figure("The G-pathway curves at each receptor level.", reserveCurvesPng);
        }
        if (!res.notes().isEmpty()) {
            r.section("Notes");
            res.notes().forEach(r::note);
        }
        r.write(file);
    }

    private static Map<String, String> runInfo(BiasRun run) {
        AssayData d = run.data();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("command", run.command());
        m.put("cell", d.cell().name() + (d.design().cellOverrides().isEmpty() ? ""
                : " with " + d.design().cellOverrides()) + " (" + d.cell().receptorCount() + " receptors, "
                + (long) d.cell().gProteinCount() + " G proteins)");
        m.put("reference", run.result().reference());
        StringBuilder lig = new StringBuilder();
        for (Ligand l : d.ligands()) {
            if (lig.length() > 0) {
                lig.append("; ");
            }
            lig.append(String.format(Locale.ROOT, "%s (Kd %s, efficacy G %.3g, GRK2/3 %.3g, GRK5 %.3g, "
                    + "arrestin-3 %.3g, arrestin-2 %.3g)", l.name(), l.kd(), l.gProteinEfficacy(),
                    l.grk23Efficacy(), l.grk5Efficacy(), l.arrestin3Efficacy(), l.arrestin2Efficacy()));
        }
        m.put("ligands", lig.toString());
        List<String> assays = new ArrayList<>();
        for (Pathway p : d.pathways()) {
            assays.add(p.label() + " at " + BiasCharts.minutes(d.design().readSeconds(p)));
        }
        m.put("assays", String.join("; ", assays));
        m.put("concentrations", d.design().concentrations().isEmpty()
                ? String.format(Locale.ROOT, "%d log-spaced from Kd/10^%.3g to Kd·10^%.3g per ligand",
                d.design().concentrationCount(), d.design().lowDecades(), d.design().highDecades())
                : "as given (see manifest.json)");
        m.put("replicates", d.design().replicates() + " fresh cells per concentration (cohort engine)");
        m.put("cells simulated", Long.toString(d.cells() + (run.reserve() == null ? 0
                : run.reserve().data().stream().mapToLong(AssayData::cells).sum())));
        m.put("bootstrap", run.result().bootstrapSamples() + " resamples, " + Math.round(100 * run.result().level())
                + " % percentile intervals");
        m.put("assay noise", run.noise().isNone() ? "none (simulated cells only)" : String.format(Locale.ROOT,
                "well-to-well SD %.3g × assay window; day-to-day gain CV %.3g", run.noise().wellCv(),
                run.noise().dayCv()));
        m.put("seed", Long.toString(d.design().seed()));
        m.put("wall time", String.format(Locale.ROOT, "%.1f s simulation, %.1f s fits, bootstrap and receptor-reserve experiment",
                run.simulationSeconds(), run.analysisSeconds()));
        m.put("version", RunWriter.VERSION);
        return m;
    }
}
