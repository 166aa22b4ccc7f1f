package org.receptorsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.receptorsim.assay.MeanFieldAssay;
import org.receptorsim.assay.Pathway;
import org.receptorsim.fit.DataFile;
import org.receptorsim.fit.FitException;
import org.receptorsim.fit.FitResult;
import org.receptorsim.fit.FitWriter;
import org.receptorsim.fit.FreeParameter;
import org.receptorsim.fit.LigandFit;
import org.receptorsim.fit.LigandModel;
import org.receptorsim.fit.Observation;
import org.receptorsim.fit.SyntheticData;
import org.receptorsim.output.OutputClaim;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.ScenarioException;
import org.receptorsim.units.AssociationRate;
import org.receptorsim.units.Concentration;
import org.receptorsim.units.Rate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code receptorsim fit DATA.csv --ligand NAME --free kd,gProteinEfficacy,...}: fits a ligand's parameters to assay
 * data (the expected responses of the simulated assays as the model), with profile-likelihood intervals, goodness of
 * fit, correlations, data-vs-model figures and a ligand entry for {@code --library}. With {@code --simulate FILE} it
 * instead simulates the data file's design on agent cells with noise and writes the data.
 */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Fit a ligand's parameters to assay data in a tidy CSV file (columns assay, ligand, "
                + "concentration, time, response, optional sem and replicate): bounded Levenberg-Marquardt on the "
                + "simulated assays' expected responses, 95%% profile-likelihood intervals, goodness of fit, "
                + "correlations, a data-vs-model figure per assay and the fitted ligand as a library entry. Writes "
                + "to output/fit-<ligand>-<timestamp>/. With --simulate FILE: simulate DATA.csv's rows on agent "
                + "cells instead, with --set values and --noise, and write them as a data file.")
final class FitCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private FigureOptions figures;

    @Mixin
    private ThreadOptions threads;

    @Mixin
    private LibraryOptions libraryOptions;

    @Parameters(paramLabel = "DATA.csv", description = "The data: one row per measured response (see README, "
            + "'Fitting a ligand to data').")
    private Path data;

    @Option(names = "--ligand", required = true, paramLabel = "NAME",
            description = "The ligand whose rows are fitted (rows of other ligands are left out), and the name of the "
                    + "fitted entry.")
    private String ligand;

    @Option(names = "--free", split = ",", paramLabel = "P",
            description = "Parameters to fit: any of kd, kon, koff (at most two), gProteinEfficacy, grk23Efficacy, "
                    + "grk5Efficacy, arrestin3Efficacy, arrestin2Efficacy.")
    private List<String> free;

    @Option(names = "--start", paramLabel = "LIGAND",
            description = "Library ligand (bundled or from --library) whose values start the free parameters and fix "
                    + "the others (default: the library ligand named by --ligand).")
    private String start;

    @Option(names = "--cell", defaultValue = "HEK293-MOR",
            description = "Library cell type the assays ran on (default: ${DEFAULT-VALUE}).")
    private String cell;

    @Option(names = "--assay", split = ",", paramLabel = "A",
            description = "Assays of the data to fit (default: all in the file): gProtein, cAMP, arrestin, "
                    + "internalization.")
    private List<String> assays;

    @Option(names = "--max-evaluations", defaultValue = "500", paramLabel = "N",
            description = "Most simulated data sets for the fit before it gives up (default: ${DEFAULT-VALUE}).")
    private int maxEvaluations;

    @Option(names = "--out", paramLabel = "DIR", description = "Directory for the results (default: "
            + "output/fit-<ligand>-<timestamp>).")
    private Path out;

    @Option(names = "--simulate", paramLabel = "FILE", description = "Instead of fitting: simulate DATA.csv's rows "
            + "(its assays, concentrations, times and replicates; responses ignored) on agent cells and write them "
            + "to FILE in the data format.")
    private Path simulate;

    @Option(names = "--set", split = ",", paramLabel = "P=VALUE", description = "With --simulate: the true "
            + "values, e.g. kd=5nM,gProteinEfficacy=0.6 (others: the --start ligand's).")
    private Map<String, String> set;

    @Option(names = "--noise", split = ",", paramLabel = "ASSAY=SD", description = "With --simulate: SD of the "
            + "Gaussian measurement noise added to the responses of an assay, in its unit, e.g. "
            + "gProtein=1,arrestin=0.03 (default: none).")
    private Map<String, Double> noise;

    @Option(names = "--seed", defaultValue = "1", description = "With --simulate: master random seed (default: "
            + "${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() {
        Library library = libraryOptions.library();
        PrintWriter o = spec.commandLine().getOut();
        int t = threads.threads(o);
        if (library.cell(cell).isEmpty()) {
            throw new ReceptorSimCommand.UserException("--cell: unknown cell type '" + cell + "', expected one of "
                    + library.cells().stream().map(c -> c.name()).toList());
        }
        Ligand template = startLigand(library);
        if (simulate != null) {
            return simulate(library, template, t);
        }
        if (set != null || noise != null) {
            throw new ReceptorSimCommand.UserException("--set and --noise go with --simulate FILE");
        }
        if (free == null || free.isEmpty()) {
            throw new ReceptorSimCommand.UserException("--free: expected the parameters to fit, e.g. --free "
                    + "kd,gProteinEfficacy (any of " + FreeParameter.fields() + ")");
        }
        List<FreeParameter> parameters = new ArrayList<>();
        for (String f : free) {
            FreeParameter p = FreeParameter.parse(f);
            if (p == null) {
                throw new ReceptorSimCommand.UserException("--free: unknown parameter '" + f + "', expected any of "
                        + FreeParameter.fields());
            }
            if (!parameters.contains(p)) {
                parameters.add(p);
            }
        }
        if (parameters.stream().filter(FreeParameter::binding).count() > 2) {
            throw new ReceptorSimCommand.UserException("--free: at most two of kd, kon, koff (the third follows "
                    + "from them)");
        }
        if (maxEvaluations < 10) {
            throw new ReceptorSimCommand.UserException("--max-evaluations: expected at least 10, got "
                    + maxEvaluations);
        }
        List<Observation> rows = rowsToFit(DataFile.read(data), o);
        Path target = out != null ? out : Path.of("output", "fit-" + ligand.replaceAll("[^A-Za-z0-9._-]", "_") + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)));
        LigandModel model = new LigandModel(new MeanFieldAssay(library), library.cell(cell).orElseThrow().name(),
                template, ligand, parameters, rows);
        try (OutputClaim claim = Outputs.claim(target, spec)) {
            o.printf(Locale.ROOT, "fit: %s, %d observations (%s) on %s, free %s, start %s...%n", ligand, rows.size(),
                    String.join(", ", model.assays().stream().map(Pathway::id).toList()), model.cell(),
                    String.join(", ", parameters.stream().map(FreeParameter::field).toList()), template.name());
            o.flush();
            FitResult result;
            try {
                result = LigandFit.fit(model, new LigandFit.Settings(maxEvaluations, 0.95, t));
            } catch (FitException e) {
                throw new ReceptorSimCommand.UserException(ligand + ": " + e.getMessage());
            }
            Path written = FitWriter.write(target, new FitWriter.FitRun(Outputs.commandLine(spec), data.toString(),
                    model, result, 0.95), figures.formats());
            print(o, result);
            o.printf(Locale.ROOT, "%d evaluations, %.1f s -> %s%n", result.evaluations(), result.seconds(), written);
            return 0;
        }
    }

    private void print(PrintWriter o, FitResult r) {
        o.printf(Locale.ROOT, "  %-18s %-12s %-28s %s%n", "parameter", "estimate", "95 % CI (profile likelihood)",
                "start");
        for (FitResult.Estimate e : r.estimates()) {
            FreeParameter p = e.parameter();
            String ci = (e.openLow() ? "<= " : "") + p.format(e.low()) + " - " + (e.openHigh() ? ">= " : "")
                    + p.format(e.high());
            o.printf(Locale.ROOT, "  %-18s %-12s %-28s %s%n", p.field(), p.format(e.value()), ci, p.format(e.start()));
        }
        FitResult.Goodness g = r.goodness();
        o.printf(Locale.ROOT, "  n %d, SSR %.4g, %sresidual SD %.3g, AIC %.2f%n", g.n(), g.ssr(), g.weighted()
                ? String.format(Locale.ROOT, "chi-square %.4g, reduced %.3f, ", g.chiSquare(), g.reducedChiSquare())
                : "", g.residualSd(), g.aic());
        r.notes().forEach(n -> o.println("  note: " + n));
    }

    /** The rows of the fitted ligand and chosen assays; rows of other ligands are left out with a note. */
    private List<Observation> rowsToFit(List<Observation> all, PrintWriter o) {
        List<Observation> rows = all.stream().filter(r -> r.ligand().equalsIgnoreCase(ligand)).toList();
        if (rows.isEmpty()) {
            throw new ScenarioException(data.toString(), 0, 0, "ligand", "no rows of ligand '" + ligand
                    + "'; the file has " + new TreeSet<>(all.stream().map(Observation::ligand).toList()));
        }
        if (rows.size() < all.size()) {
            o.printf(Locale.ROOT, "note: %d rows of other ligands (%s) left out%n", all.size() - rows.size(),
                    String.join(", ", new TreeSet<>(all.stream().map(Observation::ligand)
                            .filter(l -> !l.equalsIgnoreCase(ligand)).toList())));
        }
        if (assays != null) {
            List<Pathway> chosen = new ArrayList<>();
            for (String a : assays) {
                Pathway p = Pathway.parse(a);
                if (p == null) {
                    throw new ReceptorSimCommand.UserException("--assay: unknown assay '" + a + "', expected one of "
                            + Pathway.ids());
                }
                if (rows.stream().noneMatch(r -> r.assay() == p)) {
                    throw new ReceptorSimCommand.UserException("--assay: " + data + " has no " + p.id() + " rows of "
                            + ligand);
                }
                chosen.add(p);
            }
            rows = rows.stream().filter(r -> chosen.contains(r.assay())).toList();
        }
        return rows;
    }

    /** The ligand whose values start the fit: --start, or the library ligand named by --ligand. */
    private Ligand startLigand(Library library) {
        String name = start != null ? start : ligand;
        Ligand l = library.ligand(name).orElseThrow(() -> new ReceptorSimCommand.UserException((start != null
                ? "--start: unknown ligand '" + name + "'" : "--ligand: '" + name + "' is not a library ligand, so "
                + "name one whose values start the fit with --start (e.g. --start morphine)") + "; library ligands: "
                + library.ligands().stream().map(Ligand::name).toList()));
        if (l.releasesTransmitter() || !l.activatesReceptor() || l.isIrreversible()) {
            throw new ReceptorSimCommand.UserException((start != null ? "--start" : "--ligand") + ": '" + l.name()
                    + "' is not a reversible agonist, so it has no concentration-response to fit");
        }
        return l;
    }

    /** --simulate: the design's rows on agent cells with the --set values and noise, written as a data file. */
    private int simulate(Library library, Ligand template, int t) {
        if (free != null || out != null) {
            throw new ReceptorSimCommand.UserException("--simulate writes a data file: it takes --set, --noise and "
                    + "--seed, not --free or --out");
        }
        Map<Pathway, Double> noiseSd = new java.util.EnumMap<>(Pathway.class);
        if (noise != null) {
            for (Map.Entry<String, Double> e : noise.entrySet()) {
                Pathway p = Pathway.parse(e.getKey());
                if (p == null) {
                    throw new ReceptorSimCommand.UserException("--noise: unknown assay '" + e.getKey()
                            + "', expected one of " + Pathway.ids());
                }
                if (!(e.getValue() >= 0) || Double.isInfinite(e.getValue())) {
                    throw new ReceptorSimCommand.UserException("--noise " + e.getKey() + ": expected an SD >= 0, got "
                            + e.getValue());
                }
                noiseSd.put(p, e.getValue());
            }
        }
        double[] values = new double[0];
        List<FreeParameter> changed = new ArrayList<>();
        if (set != null) {
            values = new double[set.size()];
            int i = 0;
            for (Map.Entry<String, String> e : set.entrySet()) {
                FreeParameter p = FreeParameter.parse(e.getKey());
                if (p == null) {
                    throw new ReceptorSimCommand.UserException("--set: unknown parameter '" + e.getKey()
                            + "', expected any of " + FreeParameter.fields());
                }
                changed.add(p);
                values[i++] = value(p, e.getValue());
            }
        }
        if (changed.stream().filter(FreeParameter::binding).count() > 2) {
            throw new ReceptorSimCommand.UserException("--set: at most two of kd, kon, koff");
        }
        List<Observation> design = DataFile.read(data, false).stream()
                .filter(r -> r.ligand().equalsIgnoreCase(ligand)).toList();
        if (design.isEmpty()) {
            throw new ScenarioException(data.toString(), 0, 0, "ligand", "no rows of ligand '" + ligand + "'");
        }
        String cellName = library.cell(cell).orElseThrow().name();
        LigandModel truth = new LigandModel(null, cellName, template, ligand, changed, design);
        Map<String, Object> definition = new LinkedHashMap<>(truth.definition(values));
        long t0 = System.nanoTime();
        List<Observation> rows;
        try {
            truth.ligand(values);
            rows = SyntheticData.simulate(library, cellName, definition, design, noiseSd, seed, t);
        } catch (IllegalArgumentException e) {
            throw new ReceptorSimCommand.UserException("--set: " + e.getMessage());
        }
        SyntheticData.write(simulate, rows);
        PrintWriter o = spec.commandLine().getOut();
        List<String> truthText = new ArrayList<>();
        for (int i = 0; i < changed.size(); i++) {
            truthText.add(changed.get(i).field() + " " + changed.get(i).format(values[i]));
        }
        List<String> noiseText = new ArrayList<>();
        noiseSd.forEach((p, sd) -> noiseText.add(p.id() + " " + sd));
        o.printf(Locale.ROOT, "simulated %d rows of %s (%s; other values %s's) on agent cells of %s, noise SD %s, "
                + "seed %d in %.1f s -> %s%n", rows.size(), ligand, String.join(", ", truthText), template.name(),
                cellName, noiseText.isEmpty() ? "none" : String.join(", ", noiseText), seed,
                (System.nanoTime() - t0) / 1e9, simulate);
        return 0;
    }

    private static double value(FreeParameter p, String text) {
        try {
            double v = switch (p) {
                case KD -> Concentration.parse(text).molar();
                case KON -> AssociationRate.parse(text).perMolarPerSecond();
                case KOFF -> Rate.parse(text).perSecond();
                default -> Double.parseDouble(text.trim());
            };
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("expected a value > 0");
            }
            return v;
        } catch (IllegalArgumentException e) {
            throw new ReceptorSimCommand.UserException("--set " + p.field() + ": " + (e instanceof
                    NumberFormatException ? "expected a number, got '" + text + "'" : e.getMessage()));
        }
    }
}
