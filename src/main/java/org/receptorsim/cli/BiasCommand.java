package org.receptorsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.receptorsim.assay.AssayData;
import org.receptorsim.assay.AssayDesign;
import org.receptorsim.assay.AssayLigand;
import org.receptorsim.assay.AssayNoise;
import org.receptorsim.assay.AssayRunner;
import org.receptorsim.assay.Pathway;
import org.receptorsim.bias.BiasAnalysis;
import org.receptorsim.bias.BiasResult;
import org.receptorsim.bias.BiasWriter;
import org.receptorsim.bias.ReadTimeSeries;
import org.receptorsim.bias.ReceptorReserveExperiment;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.output.OutputClaim;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.simulation.RunEstimate;
import org.receptorsim.units.Concentration;
import org.receptorsim.units.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code receptorsim bias LIGANDS...}: simulated assays (G protein, cAMP, arrestin, internalization) on fresh
 * cells, operational-model fits, bias factors against a reference with bootstrap intervals, and the
 * receptor-reserve experiment; writes tables, plots and report.html.
 */
@Command(name = "bias", mixinStandardHelpOptions = true,
        description = "Bias factors of library ligands from simulated assays: concentration-response curves on fresh "
                + "cells (G-protein activation in membranes, forskolin cAMP, arrestin recruitment, internalization), "
                + "operational-model fits, ddlog(tau/KA) against a reference with bootstrap 95%% intervals, and the "
                + "receptor-reserve experiment. Writes curves.csv, fits.csv/json, bias.csv, summary.csv, PNGs and report.html to "
                + "output/bias-<timestamp>/.")
final class BiasCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    private LibraryOptions libraryOptions;

    /** Most cells per concentration, bootstrap resamples and concentrations per ligand accepted. */
    private static final int MAX_REPLICATES = 10_000;
    private static final int MAX_BOOTSTRAP = 100_000;
    private static final int MAX_POINTS = 1_000;

    @Spec
    private CommandSpec spec;

    @Mixin
    private FigureOptions figures;

    @Parameters(paramLabel = "LIGAND", arity = "1..*", description = "Library ligands to test, e.g. morphine "
            + "oliceridine PZM21 fentanyl (./receptorsim list ligands).")
    private List<String> ligands;

    @Option(names = "--reference", defaultValue = "DAMGO", description = "Reference agonist (default: ${DEFAULT-VALUE}).")
    private String reference;

    @Option(names = "--cell", defaultValue = "HEK293-MOR", description = "Library cell type (default: ${DEFAULT-VALUE}).")
    private String cell;

    @Option(names = "--replicates", defaultValue = "6", paramLabel = "N",
            description = "Fresh cells per concentration (default: ${DEFAULT-VALUE}).")
    private int replicates;

    @Option(names = "--bootstrap", defaultValue = "1000", paramLabel = "B",
            description = "Bootstrap resamples for the intervals (default: ${DEFAULT-VALUE}; 0: none).")
    private int bootstrap;

    @Option(names = "--seed", defaultValue = "1", description = "Master random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Mixin
    private ThreadOptions threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Directory for the results (default: "
            + "output/bias-<timestamp>).")
    private Path out;

    @Option(names = "--assays", split = ",", paramLabel = "A",
            description = "Assays to run (default: all): gProtein, cAMP, arrestin, internalization.")
    private List<String> assays;

    @Option(names = "--g-readout", defaultValue = "gProtein", paramLabel = "A",
            description = "G-protein assay of the bias plot and the reserve experiment (default: ${DEFAULT-VALUE}).")
    private String gReadout;

    @Option(names = "--versus", defaultValue = "arrestin", paramLabel = "A",
            description = "Other pathway of the bias plot (default: ${DEFAULT-VALUE}).")
    private String versus;

    @Option(names = "--read", paramLabel = "ASSAY=TIME", description = "Readout time of an assay, e.g. "
            + "--read cAMP=10min (defaults: gProtein 10 min, cAMP 5 min, arrestin 10 min, internalization 30 min).")
    private Map<String, String> read;

    @Option(names = "--read-times", split = ",", paramLabel = "TIME",
            description = "Read times of the --versus assay at which the bias factors are computed again, e.g. "
                    + "10min,30min,120min (the default; 'none' for no series).")
    private List<String> readTimesOfVersus;

    @Option(names = "--receptors", paramLabel = "N",
            description = "Receptors per simulated cell (default: the cell type's; responses are per receptor, so "
                    + "this sets the noise).")
    private Integer receptors;

    @Option(names = "--points", defaultValue = "11", paramLabel = "N",
            description = "Concentrations per ligand, log-spaced from Kd/1000 to 100 Kd (default: ${DEFAULT-VALUE}).")
    private int points;

    @Option(names = "--concentrations", paramLabel = "LIGAND=C1,C2,...",
            description = "Concentrations of a ligand instead of the automatic series, each with its unit, e.g. "
                    + "--concentrations morphine=0.01nM,0.1nM,...")
    private Map<String, String> concentrations;

    @Option(names = "--assay-cv", defaultValue = "0", paramLabel = "CV",
            description = "Well-to-well noise of the assays: Gaussian, SD = CV x the assay window (the reference's "
                    + "largest mean response in that assay; default: ${DEFAULT-VALUE}, the simulated cells' own noise "
                    + "only); e.g. 0.05.")
    private double assayCv;

    @Option(names = "--day-cv", defaultValue = "0", paramLabel = "CV",
            description = "Day-to-day variability: replicate k of every ligand and concentration is read on day k, "
                    + "whose readings share one lognormal gain of this CV (default: ${DEFAULT-VALUE}); e.g. 0.15.")
    private double dayCv;

    @Option(names = "--reserve", defaultValue = "auto", paramLabel = "LIGAND",
            description = "Ligand of the receptor-reserve experiment: a tested ligand, 'auto' (the one of lowest "
                    + "G-protein efficacy) or 'none' (default: ${DEFAULT-VALUE}).")
    private String reserve;

    @Option(names = "--reserve-fractions", split = ",", paramLabel = "F",
            description = "Fractions of receptors left (default: 1,0.3,0.1,0.03,0.01).")
    private List<Double> reserveFractions;

    @Override
    public Integer call() {
        Library library = libraryOptions.library();
        var formats = figures.formats();
        PrintWriter o = spec.commandLine().getOut();
        int t = threads.threads(o);
        if (replicates < 1 || replicates > MAX_REPLICATES || bootstrap < 0 || bootstrap > MAX_BOOTSTRAP || points < 8
                || points > MAX_POINTS) {
            throw new ReceptorSimCommand.UserException("expected --replicates from 1 to " + MAX_REPLICATES
                    + ", --bootstrap from 0 to " + MAX_BOOTSTRAP + " and --points from 8 to " + MAX_POINTS + ", got "
                    + replicates + ", " + bootstrap + " and " + points);
        }
        if (bootstrap > 0 && replicates < 2) {
            throw new ReceptorSimCommand.UserException("--replicates: the bootstrap needs at least 2 cells per "
                    + "concentration (or --bootstrap 0)");
        }
        Ligand ref = libraryAgonist(library, reference, "--reference");
        List<String> names = new ArrayList<>();
        names.add(ref.name());
        for (String n : ligands) {
            Ligand l = libraryAgonist(library, n, "LIGAND");
            if (names.stream().noneMatch(x -> x.equalsIgnoreCase(l.name()))) {
                names.add(l.name());
            }
        }
        if (names.size() < 2) {
            throw new ReceptorSimCommand.UserException("LIGAND: expected at least one ligand besides the reference "
                    + ref.name());
        }
        if (library.cell(cell).isEmpty()) {
            throw new ReceptorSimCommand.UserException("--cell: unknown cell type '" + cell + "', expected one of "
                    + library.cells().stream().map(c -> c.name()).toList());
        }
        List<Pathway> pathways = new ArrayList<>();
        for (String a : assays == null ? Pathway.ids() : assays) {
            Pathway p = pathway(a, "--assays");
            if (!pathways.contains(p)) {
                pathways.add(p);
            }
        }
        pathways.sort(Comparator.naturalOrder());
        Pathway primary = pathway(gReadout, "--g-readout");
        Pathway other = pathway(versus, "--versus");
        if (!primary.isGProtein() || other.isGProtein()) {
            throw new ReceptorSimCommand.UserException("--g-readout must be a G-protein assay (gProtein, cAMP) and "
                    + "--versus another (arrestin, internalization)");
        }
        for (Pathway p : List.of(primary, other)) {
            if (!pathways.contains(p)) {
                pathways.add(p);
                pathways.sort(Comparator.naturalOrder());
            }
        }
        Map<String, Object> overrides = new LinkedHashMap<>();
        if (receptors != null) {
            if (receptors < 1) {
                throw new ReceptorSimCommand.UserException("--receptors: expected a whole number >= 1");
            }
            overrides.put("receptorCount", receptors);
        }
        AssayDesign design = new AssayDesign(library.cell(cell).orElseThrow().name(), overrides,
                names.stream().map(AssayLigand::library).toList(), pathways, readTimes(), concentrationSeries(names),
                points, 3, 2, replicates, seed, "", 1.0);
        Path target = out != null ? out : Path.of("output", "bias-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)));
        String reserveLigand = reserveLigand(library, names, ref.name());
        double[] fractions = reserveFractions == null ? ReceptorReserveExperiment.DEFAULT_FRACTIONS
                : reserveFractions.stream().mapToDouble(Double::doubleValue).toArray();
        for (double f : fractions) {
            if (!(f > 0 && f <= 1)) {
                throw new ReceptorSimCommand.UserException("--reserve-fractions: expected numbers in (0, 1], got " + f);
            }
        }

        AssayNoise noise;
        try {
            noise = new AssayNoise(assayCv, dayCv, seed);
        } catch (IllegalArgumentException e) {
            throw new ReceptorSimCommand.UserException("--assay-cv, --day-cv: expected numbers >= 0, got "
                    + assayCv + " and " + dayCv);
        }
        AssayRunner runner = new AssayRunner(library, t, noise);
        Scenario probe;
        try {
            probe = runner.probe(design);
        } catch (IllegalArgumentException e) {
            throw new ReceptorSimCommand.UserException(e.getMessage());
        }
        long cells = (long) pathways.size() * names.size() * points * replicates;
        RunEstimate.of(probe.withEngine(KineticsEngine.COHORT), cells, t, RunEstimate.Keeps.CELLS_IN_PROGRESS)
                .refusal(Runtime.getRuntime().maxMemory(), Double.POSITIVE_INFINITY).ifPresent(why -> {
                    throw new ReceptorSimCommand.UserException("bias: " + why);
                });
        try (OutputClaim claim = Outputs.claim(target, spec)) {
            return simulate(runner, design, names, ref.name(), reserveLigand, fractions, primary, other, target, t,
                    formats);
        }
    }

    /** Runs the assays, fits, bias factors and the reserve experiment, writes and prints them. */
    private int simulate(AssayRunner runner, AssayDesign design, List<String> names, String ref,
                         String reserveLigand, double[] fractions, Pathway primary, Pathway other, Path target,
                         int t,
                         java.util.Set<org.receptorsim.figure.FigureFormat> formats) {
        PrintWriter o = spec.commandLine().getOut();
        List<Pathway> pathways = design.pathways();
        o.printf(Locale.ROOT, "bias: %s vs %s on %s: %d assays x %d ligands x %d concentrations x %d cells...%n",
                String.join(", ", names.subList(1, names.size())), ref, design.cell(), pathways.size(),
                names.size(), points, replicates);
        o.flush();
        long t0 = System.nanoTime();
        AssayData data;
        try {
            data = runner.run(design);
        } catch (IllegalArgumentException e) {
            throw new ReceptorSimCommand.UserException(e.getMessage());
        }
        long t1 = System.nanoTime();
        o.printf(Locale.ROOT, "  %d cells simulated in %.1f s; fitting, %d bootstrap resamples...%n", data.cells(),
                (t1 - t0) / 1e9, bootstrap);
        o.flush();
        BiasAnalysis.Settings settings = new BiasAnalysis.Settings(ref, bootstrap, seed, t, 0.95);
        BiasResult result = BiasAnalysis.analyse(data, settings);
        ReceptorReserveExperiment.Result rr = null;
        if (reserveLigand != null) {
            o.printf(Locale.ROOT, "  receptor reserve: %s, %d levels...%n", reserveLigand, fractions.length);
            o.flush();
            rr = ReceptorReserveExperiment.run(runner, design, data, ref, reserveLigand, primary, other,
                    fractions, settings);
        }
        double[] series = versusReadTimes();
        List<ReadTimeSeries.Point> byReadTime = List.of();
        if (series.length > 0) {
            o.printf(Locale.ROOT, "  %s read at %d times...%n", other.id(), series.length);
            o.flush();
            byReadTime = ReadTimeSeries.run(runner, design, data, primary, other, series, settings);
        }
        long t2 = System.nanoTime();
        Path written = BiasWriter.write(target, new BiasWriter.BiasRun(Outputs.commandLine(spec), data, result, rr,
                primary, other, (t1 - t0) / 1e9, (t2 - t1) / 1e9, byReadTime, runner.noise()), formats);
        printTable(o, result, rr, primary, other);
        if (!byReadTime.isEmpty()) {
            o.printf(Locale.ROOT, "%s vs %s by %s read time (ddlog(tau/KA); %s at the top concentration, %% of %s):%n",
                    primary.id(), other.id(), other.id(), other.id(), ref);
            for (ReadTimeSeries.Point p : byReadTime) {
                o.printf(Locale.ROOT, "  %-14s %6.0f min  %-26s %6.1f %%%n", p.ligand(), p.readSeconds() / 60,
                        p.failure() != null ? "not defined" : p.bias().format("%.2f"),
                        p.topResponsePercentOfReference());
            }
        }
        o.printf(Locale.ROOT, "%.1f s in all -> %s%n", (System.nanoTime() - t0) / 1e9, written);
        return 0;
    }

    /** The read times of the --versus series, in seconds (empty for 'none'). */
    private double[] versusReadTimes() {
        if (readTimesOfVersus == null) {
            return ReadTimeSeries.DEFAULT_READ_SECONDS.clone();
        }
        if (readTimesOfVersus.size() == 1 && readTimesOfVersus.get(0).equalsIgnoreCase("none")) {
            return new double[0];
        }
        double[] out = new double[readTimesOfVersus.size()];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = org.receptorsim.units.Duration.parse(readTimesOfVersus.get(i)).seconds();
            } catch (IllegalArgumentException e) {
                throw new ReceptorSimCommand.UserException("--read-times: " + e.getMessage());
            }
            if (!(out[i] > 0)) {
                throw new ReceptorSimCommand.UserException("--read-times: expected times > 0, got "
                        + readTimesOfVersus.get(i));
            }
        }
        return out;
    }

    private void printTable(PrintWriter o, BiasResult result, ReceptorReserveExperiment.Result rr, Pathway primary,
                            Pathway other) {
        List<Pathway[]> pairs = new ArrayList<>();
        for (BiasResult.BiasFactor f : result.biasFactors()) {
            if (pairs.stream().noneMatch(p -> p[0] == f.pathway() && p[1] == f.versus())) {
                pairs.add(new Pathway[] {f.pathway(), f.versus()});
            }
        }
        o.printf(Locale.ROOT, "ddlog(tau/KA) vs %s, 95%% bootstrap CI (%d resamples):%n", result.reference(),
                result.bootstrapSamples());
        StringBuilder h = new StringBuilder(String.format(Locale.ROOT, "  %-14s", "ligand"));
        for (Pathway[] p : pairs) {
            h.append(String.format(Locale.ROOT, " %-26s", p[0].id() + " vs " + p[1].id()));
        }
        o.println(h);
        List<String> seen = new ArrayList<>();
        for (BiasResult.BiasFactor f : result.biasFactors()) {
            if (seen.contains(f.ligand())) {
                continue;
            }
            seen.add(f.ligand());
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-14s", f.ligand()));
            for (Pathway[] p : pairs) {
                BiasResult.BiasFactor b = result.bias(f.ligand(), p[0], p[1]);
                row.append(String.format(Locale.ROOT, " %-26s", b == null || b.failure() != null ? "not defined"
                        : b.ddLogTauOverKa().format("%.2f")));
            }
            o.println(row);
        }
        for (BiasResult.PathwayResult p : result.pathways()) {
            if (p.failure() != null) {
                o.println("  " + p.pathway().id() + ": " + p.failure());
            }
        }
        for (BiasResult.BiasFactor f : result.biasFactors()) {
            if (f.failure() != null && f.pathway() == primary && f.versus() == other
                    && result.pathways().stream().noneMatch(p -> f.failure().equals(p.failure()))) {
                o.println("  " + f.ligand() + ": " + f.failure());
            }
        }
        if (rr != null) {
            o.printf(Locale.ROOT, "receptor reserve, %s (%s vs %s):%n", rr.ligand(), rr.gPathway().id(),
                    rr.versus().id());
            for (ReceptorReserveExperiment.Level l : rr.levels()) {
                o.printf(Locale.ROOT, "  %6.3g of receptors (%s tau %.3g): ddlog(tau/KA) %s, log Emax-ratio bias %s,"
                                + " %s G Emax %.0f %% of %s%n", l.fraction(), rr.reference(), l.referenceTau(),
                        l.failure() != null ? "not defined" : l.bias().format("%.2f"),
                        Double.isFinite(l.emaxRatioBias()) ? String.format(Locale.ROOT, "%.2f", l.emaxRatioBias())
                                : "not defined", rr.ligand(), l.ligandGEmaxPercentOfReference(), rr.reference());
            }
        }
    }

    private static Ligand libraryAgonist(Library library, String name, String option) {
        Ligand l = library.ligand(name).orElseThrow(() -> new ReceptorSimCommand.UserException(option
                + ": unknown ligand '" + name + "', expected one of " + library.ligands().stream()
                .map(Ligand::name).toList()));
        if (l.releasesTransmitter() || !l.activatesReceptor()) {
            throw new ReceptorSimCommand.UserException(option + ": '" + l.name() + "' is "
                    + (l.releasesTransmitter() ? "an indirect agonist" : "an antagonist")
                    + ": it has no concentration-response of its own");
        }
        return l;
    }

    private static Pathway pathway(String text, String option) {
        Pathway p = Pathway.parse(text);
        if (p == null) {
            throw new ReceptorSimCommand.UserException(option + ": unknown assay '" + text + "', expected one of "
                    + Pathway.ids());
        }
        return p;
    }

    private Map<Pathway, Double> readTimes() {
        Map<Pathway, Double> m = new EnumMap<>(Pathway.class);
        if (read != null) {
            for (Map.Entry<String, String> e : read.entrySet()) {
                Pathway p = pathway(e.getKey(), "--read");
                double s;
                try {
                    s = Duration.parse(e.getValue()).seconds();
                } catch (IllegalArgumentException ex) {
                    throw new ReceptorSimCommand.UserException("--read " + e.getKey() + ": " + ex.getMessage());
                }
                if (!(s >= 1) || Math.abs(s - Math.rint(s)) > 1e-9) {
                    throw new ReceptorSimCommand.UserException("--read " + e.getKey() + ": expected a whole number "
                            + "of seconds >= 1 s, got " + e.getValue());
                }
                m.put(p, s);
            }
        }
        return m;
    }

    private Map<String, double[]> concentrationSeries(List<String> names) {
        Map<String, double[]> m = new LinkedHashMap<>();
        if (concentrations == null) {
            return m;
        }
        for (Map.Entry<String, String> e : concentrations.entrySet()) {
            String name = names.stream().filter(n -> n.equalsIgnoreCase(e.getKey())).findFirst().orElseThrow(
                    () -> new ReceptorSimCommand.UserException("--concentrations: '" + e.getKey() + "' is not among "
                            + "the ligands " + names));
            String[] parts = e.getValue().split(",");
            double[] c = new double[parts.length];
            for (int i = 0; i < c.length; i++) {
                try {
                    c[i] = Concentration.parse(parts[i].trim()).molar();
                } catch (IllegalArgumentException ex) {
                    throw new ReceptorSimCommand.UserException("--concentrations " + name + ": " + ex.getMessage());
                }
                if (!(c[i] > 0) || (i > 0 && !(c[i] > c[i - 1]))) {
                    throw new ReceptorSimCommand.UserException("--concentrations " + name
                            + ": expected increasing concentrations > 0");
                }
            }
            if (c.length < 8) {
                throw new ReceptorSimCommand.UserException("--concentrations " + name + ": expected at least 8, got "
                        + c.length);
            }
            m.put(name, c);
        }
        return m;
    }

    private String reserveLigand(Library library, List<String> names, String ref) {
        if (reserve.equalsIgnoreCase("none")) {
            return null;
        }
        if (reserve.equalsIgnoreCase("auto")) {
            return names.stream().filter(n -> !n.equals(ref))
                    .min(Comparator.comparingDouble(n -> library.ligand(n).orElseThrow().gProteinEfficacy()))
                    .orElse(null);
        }
        return names.stream().filter(n -> n.equalsIgnoreCase(reserve) && !n.equals(ref)).findFirst()
                .orElseThrow(() -> new ReceptorSimCommand.UserException("--reserve: expected one of the tested "
                        + "ligands " + names.subList(1, names.size()) + ", 'auto' or 'none', got '" + reserve + "'"));
    }
}
