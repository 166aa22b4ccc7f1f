package org.receptorsim.bias;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.apache.commons.rng.UniformRandomProvider;
import org.receptorsim.assay.AssayData;
import org.receptorsim.assay.Pathway;
import org.receptorsim.assay.ResponseCurve;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.random.RandomStreams;
import org.receptorsim.replicates.ReplicateRunner;
import org.receptorsim.statistics.SampleStatistics;
import org.receptorsim.analysis.LogisticFit;

/**
 * Fits simulated assays and computes bias factors the way a pharmacology paper does, with bootstrap confidence
 * intervals.
 *
 * <ol>
 *   <li>A curve whose response does not rise above the noise of its replicates is "flat" and not fitted; a pathway
 *       where every curve is flat has no fit (for the arrestin pathway of an arrestin-2 knockout the message says
 *       so).</li>
 *   <li>Per ligand and pathway: a four-parameter logistic (EC50, Emax, slope, baseline).</li>
 *   <li>Per pathway and ligand: the operational model fitted to the mean curves of that ligand and the reference
 *       together ({@link OperationalFit}, Em and slope shared by the two; the reference alone for its own
 *       parameters); log(τ/KA) of the ligand, and Δlog(τ/KA) against the reference from the same fit. A ligand's
 *       result so depends on its own data and the reference's only, never on which other ligands were run.</li>
 *   <li>Bias factor ΔΔlog(τ/KA) = Δlog(τ/KA)[G pathway] − Δlog(τ/KA)[other pathway].</li>
 *   <li>Confidence intervals: a bootstrap over experiments — replicate k of every ligand and concentration of a
 *       pathway is one experiment (one day, with an assay noise model: {@link AssayNoise}), the experiments are
 *       resampled with replacement per pathway, every fit is redone on the resampled means (starting from the
 *       full-data fit) and each quantity's percentile interval is taken. Resample b of a pathway draws from its own
 *       named stream of the master seed, so intervals depend neither on the thread count nor on the other ligands.
 *       </li>
 * </ol>
 */
public final class BiasAnalysis {

    /** Default bootstrap resamples. */
    public static final int DEFAULT_BOOTSTRAP = 1000;

    /** A curve must rise above its starting level by this many standard errors not to be flat. */
    static final double FLAT_SIGNAL_TO_NOISE = 4;

    private BiasAnalysis() {
    }

    /**
     * How to analyse.
     *
     * @param reference the reference agonist (must be among the data's ligands)
     * @param bootstrap bootstrap resamples (0: no intervals)
     * @param seed master seed of the bootstrap streams
     * @param threads worker threads
     * @param level confidence level, e.g. 0.95
     */
    public record Settings(String reference, int bootstrap, long seed, int threads, double level) {

        /** Checks. */
        public Settings {
            if (bootstrap < 0 || threads < 1 || !(level > 0 && level < 1)) {
                throw new IllegalArgumentException("bootstrap >= 0, threads >= 1 and 0 < level < 1 expected");
            }
        }

        /** Defaults: 1000 resamples, seed 1, all cores, 95 %. */
        public static Settings of(String reference) {
            return new Settings(reference, DEFAULT_BOOTSTRAP, 1, Runtime.getRuntime().availableProcessors(), 0.95);
        }

        /** With another number of resamples. */
        public Settings withBootstrap(int b) {
            return new Settings(reference, b, seed, threads, level);
        }

        /** With another seed. */
        public Settings withSeed(long s) {
            return new Settings(reference, bootstrap, s, threads, level);
        }

        /** With another thread count. */
        public Settings withThreads(int t) {
            return new Settings(reference, bootstrap, seed, t, level);
        }
    }

    /**
     * The fits of one data set (all data, or one resample): per pathway and ligand, the operational model fitted to
     * that ligand with the reference (the reference alone under its own name), and the logistic fits.
     */
    private record FitSet(String reference, Map<Pathway, Map<String, OperationalFit.Result>> operational,
                          Map<Pathway, Map<String, LogisticFit.Result>> logistic) {

        private OperationalFit.LigandParameters params(Pathway p, String ligand, String of) {
            OperationalFit.Result r = operational.getOrDefault(p, Map.of()).get(ligand);
            return r == null || !r.ok() ? null : r.ligand(of);
        }

        double logR(Pathway p, String ligand) {
            OperationalFit.LigandParameters lp = params(p, ligand, ligand);
            return lp == null ? Double.NaN : lp.logTauOverKa();
        }

        /** Δlog(τ/KA) of a ligand against the reference, both from the ligand's fit with the reference. */
        double deltaLogR(Pathway p, String ligand) {
            OperationalFit.LigandParameters lp = params(p, ligand, ligand);
            OperationalFit.LigandParameters rp = params(p, ligand, reference);
            return lp == null || rp == null ? Double.NaN : lp.logTauOverKa() - rp.logTauOverKa();
        }

        double op(Pathway p, String ligand, ToDoubleFunction<OperationalFit.LigandParameters> f) {
            OperationalFit.LigandParameters lp = params(p, ligand, ligand);
            return lp == null ? Double.NaN : f.applyAsDouble(lp);
        }

        double system(Pathway p, String ligand, ToDoubleFunction<OperationalFit.Result> f) {
            OperationalFit.Result r = operational.getOrDefault(p, Map.of()).get(ligand);
            return r == null || !r.ok() ? Double.NaN : f.applyAsDouble(r);
        }

        double logistic(Pathway p, String ligand, ToDoubleFunction<LogisticFit.Result> f) {
            LogisticFit.Result r = logistic.getOrDefault(p, Map.of()).get(ligand);
            return r == null || !r.ok() ? Double.NaN : f.applyAsDouble(r);
        }
    }

    /**
     * Analyses a data set.
     *
     * @param data the simulated assays
     * @param settings reference, bootstrap and threads
     * @return fits, bias factors and intervals
     */
    public static BiasResult analyse(AssayData data, Settings settings) {
        Ligand refLigand = data.ligand(settings.reference()).orElseThrow(() -> new IllegalArgumentException(
                "reference '" + settings.reference() + "' is not among the assayed ligands "
                        + data.ligands().stream().map(Ligand::name).toList()));
        String ref = refLigand.name();
        List<Pathway> pathways = data.pathways();
        List<String> notes = new ArrayList<>();

        Map<Pathway, Map<String, String>> flat = new EnumMap<>(Pathway.class);
        Map<Pathway, List<ResponseCurve>> included = new EnumMap<>(Pathway.class);
        Map<Pathway, String> pathwayFailure = new EnumMap<>(Pathway.class);
        for (Pathway p : pathways) {
            Map<String, String> f = new LinkedHashMap<>();
            List<ResponseCurve> keep = new ArrayList<>();
            for (ResponseCurve c : data.curves(p)) {
                String why = flatness(c);
                if (why != null) {
                    f.put(c.ligand(), why);
                } else {
                    keep.add(c);
                }
            }
            flat.put(p, f);
            included.put(p, keep);
            if (keep.isEmpty()) {
                pathwayFailure.put(p, noCurveMessage(p, data));
            }
        }

        FitSet point = fitAll(ref, means(included), null);
        int b = settings.bootstrap();
        FitSet[] boot = new FitSet[b];
        if (b > 0) {
            RandomStreams streams = new RandomStreams(settings.seed());
            List<FitSet> fits = new ReplicateRunner(settings.threads()).runAll(b,
                    i -> fitAll(ref, resample(included, streams, i), point));
            fits.toArray(boot);
        }
        double level = settings.level();

        List<BiasResult.PathwayResult> pathwayResults = new ArrayList<>();
        for (Pathway p : pathways) {
            String failure = pathwayFailure.get(p);
            int bootFailures = 0;
            for (FitSet fs : boot) {
                Map<String, OperationalFit.Result> rs = fs.operational().getOrDefault(p, Map.of());
                if (rs.isEmpty() || rs.values().stream().anyMatch(r -> !r.ok())) {
                    bootFailures++;
                }
            }
            List<BiasResult.LigandResult> ligands = new ArrayList<>();
            for (ResponseCurve c : data.curves(p)) {
                String name = c.ligand();
                String curveFailure = flat.get(p).get(name);
                BiasResult.Logistic logistic;
                BiasResult.Operational operational;
                if (curveFailure != null) {
                    logistic = new BiasResult.Logistic(Estimate.NONE, Estimate.NONE, Estimate.NONE, Estimate.NONE,
                            curveFailure);
                    operational = new BiasResult.Operational(Estimate.NONE, Estimate.NONE, Estimate.NONE,
                            Estimate.NONE, false, Double.NaN, curveFailure, Estimate.NONE, Estimate.NONE);
                } else {
                    LogisticFit.Result lf = point.logistic().get(p).get(name);
                    logistic = new BiasResult.Logistic(
                            est(point, boot, level, fs -> fs.logistic(p, name, LogisticFit.Result::baseline)),
                            est(point, boot, level, fs -> fs.logistic(p, name, LogisticFit.Result::emax)),
                            est(point, boot, level, fs -> fs.logistic(p, name, r -> Math.log10(r.ec50Molar()))),
                            est(point, boot, level, fs -> fs.logistic(p, name, LogisticFit.Result::hill)),
                            lf.failure());
                    OperationalFit.Result op = point.operational().getOrDefault(p, Map.of()).get(name);
                    if (op != null && op.ok()) {
                        OperationalFit.LigandParameters lp = op.ligand(name);
                        boolean refOk = !Double.isNaN(point.deltaLogR(p, name));
                        operational = new BiasResult.Operational(
                                est(point, boot, level, fs -> fs.op(p, name, OperationalFit.LigandParameters::logTau)),
                                est(point, boot, level, fs -> fs.op(p, name, OperationalFit.LigandParameters::logKa)),
                                est(point, boot, level, fs -> fs.logR(p, name)),
                                refOk ? est(point, boot, level, fs -> fs.deltaLogR(p, name)) : Estimate.NONE,
                                lp.kaAtBound(), lp.rSquared(), null,
                                est(point, boot, level, fs -> fs.system(p, name, OperationalFit.Result::emax)),
                                est(point, boot, level, fs -> fs.system(p, name, OperationalFit.Result::hill)));
                        if (lp.rSquared() < 0.9) {
                            notes.add(String.format(Locale.ROOT, "%s, %s: the operational model fits poorly "
                                    + "(R² %.2f); the curve's shape departs from it (e.g. a fall at high "
                                    + "concentrations from desensitization before the readout).", p.label(), name,
                                    lp.rSquared()));
                        }
                    } else {
                        String why = failure != null ? failure : "operational model: " + (op == null
                                ? (flat.get(p).containsKey(ref) ? "the reference " + ref + " has no curve"
                                : "not fitted") : op.failure());
                        operational = new BiasResult.Operational(Estimate.NONE, Estimate.NONE, Estimate.NONE,
                                Estimate.NONE, false, Double.NaN, why, Estimate.NONE, Estimate.NONE);
                    }
                }
                ligands.add(new BiasResult.LigandResult(name, curveFailure, logistic, operational));
            }
            OperationalFit.Result refFit = point.operational().getOrDefault(p, Map.of()).get(ref);
            if (failure == null && (refFit == null || !refFit.ok())) {
                failure = "operational model of the reference " + ref + ": " + (refFit == null
                        ? (flat.get(p).containsKey(ref) ? flat.get(p).get(ref) : "not fitted") : refFit.failure());
            }
            boolean emAtBound = refFit != null && refFit.ok() && refFit.emaxAtBound();
            if (emAtBound) {
                notes.add(p.label() + ": the system Em is at the readout's physical maximum (100 %), where it may "
                        + "truly be (G = σ/(σ + K_E) tends to 100 %) or where the data leave it undetermined; τ and "
                        + "KA are relative to that Em, log(τ/KA) differences do not depend on it.");
            }
            if (b > 0 && bootFailures > 0) {
                notes.add(String.format(Locale.ROOT, "%s: the operational fit failed in %d of %d bootstrap "
                        + "resamples%s.", p.label(), bootFailures, b,
                        bootFailures > (1 - Estimate.MIN_VALID_SHARE) * b ? " (too many: no intervals)" : ""));
            }
            pathwayResults.add(new BiasResult.PathwayResult(p, data.design().readSeconds(p),
                    est(point, boot, level, fs -> fs.system(p, ref, OperationalFit.Result::emax)),
                    est(point, boot, level, fs -> fs.system(p, ref, OperationalFit.Result::hill)), emAtBound,
                    List.copyOf(ligands), bootFailures, failure));
        }
        List<String> full = new ArrayList<>();
        for (Pathway p : pathways) {
            point.operational().getOrDefault(p, Map.of()).forEach((name, op) -> {
                OperationalFit.LigandParameters lp = op.ok() ? op.ligand(name) : null;
                if (lp != null && lp.kaAtBound()) {
                    full.add(name + " (" + p.id() + ")");
                }
            });
        }
        if (!full.isEmpty()) {
            notes.add("Full agonists, KA at its upper bound (τ and KA given as lower bounds; log(τ/KA) is "
                    + "determined): " + String.join(", ", full) + ".");
        }

        List<BiasResult.BiasFactor> factors = new ArrayList<>();
        for (Pathway g : pathways) {
            if (!g.isGProtein()) {
                continue;
            }
            for (Pathway o : pathways) {
                if (o.isGProtein()) {
                    continue;
                }
                for (Ligand l : data.ligands()) {
                    String name = l.name();
                    if (name.equals(ref)) {
                        continue;
                    }
                    String why = biasFailure(name, ref, g, o, pathwayFailure, flat, point);
                    Estimate dd = why != null ? Estimate.NONE : est(point, boot, level,
                            fs -> fs.deltaLogR(g, name) - fs.deltaLogR(o, name));
                    factors.add(new BiasResult.BiasFactor(name, g, o, dd, why));
                }
            }
        }
        return new BiasResult(ref, data.cell().name(), data.design().replicates(), b, level,
                List.copyOf(pathwayResults), List.copyOf(factors), List.copyOf(notes));
    }

    private static String biasFailure(String ligand, String ref, Pathway g, Pathway o,
                                      Map<Pathway, String> pathwayFailure, Map<Pathway, Map<String, String>> flat,
                                      FitSet point) {
        for (Pathway p : List.of(g, o)) {
            if (pathwayFailure.containsKey(p)) {
                return pathwayFailure.get(p);
            }
            if (flat.get(p).containsKey(ref)) {
                return "the reference " + ref + " has no " + p.label() + " curve (" + flat.get(p).get(ref) + ")";
            }
            if (flat.get(p).containsKey(ligand)) {
                return "no " + p.label() + " curve for " + ligand + " (" + flat.get(p).get(ligand)
                        + "): log(τ/KA) not determinable, so the bias factor is not defined";
            }
            if (Double.isNaN(point.deltaLogR(p, ligand))) {
                OperationalFit.Result r = point.operational().getOrDefault(p, Map.of()).get(ligand);
                return p.label() + ": operational model of " + ligand + " with " + ref + " "
                        + (r == null ? "not fitted" : r.failure());
            }
        }
        return null;
    }

    /** The estimate from all data with the bootstrap interval of the same quantity. */
    private static Estimate est(FitSet point, FitSet[] boot, double level, ToDoubleFunction<FitSet> f) {
        double value = f.applyAsDouble(point);
        if (boot.length == 0) {
            return Estimate.point(value);
        }
        double[] s = new double[boot.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = f.applyAsDouble(boot[i]);
        }
        return Estimate.of(value, s, level);
    }

    /**
     * Why a curve counts as flat, or null if it rises: the largest mean response must exceed the mean at the lowest
     * concentration by more than {@value #FLAT_SIGNAL_TO_NOISE} standard errors of that difference (and by more
     * than 10^-6 percentage points at all).
     */
    public static String flatness(ResponseCurve c) {
        double[] m = c.means();
        double[] sd = c.sds();
        int top = 0;
        for (int j = 1; j < m.length; j++) {
            if (m[j] > m[top]) {
                top = j;
            }
        }
        double rise = m[top] - m[0];
        int n = c.replicates();
        double se = Math.sqrt((sd[top] * sd[top] + sd[0] * sd[0]) / n);
        if (rise > 1e-6 && rise > FLAT_SIGNAL_TO_NOISE * se) {
            return null;
        }
        return String.format(Locale.ROOT, "flat curve: no %s above noise (largest rise %.3g %% ± %.2g %% SE "
                + "over %d replicate cells per concentration)", c.pathway().label(), rise, se, n);
    }

    private static String noCurveMessage(Pathway p, AssayData data) {
        if (p == Pathway.ARRESTIN && data.cell().arrestin3Level() == 0) {
            return "no arrestin curve: the cell " + data.cell().name() + " has no arrestin-3 (beta-arrestin-2; "
                    + "arrestin3Level 0, a knockout), so no ligand recruits it; nothing to fit, and no bias factor "
                    + "against the arrestin pathway is defined";
        }
        if (p == Pathway.INTERNALIZATION && data.cell().arrestin3Level() == 0 && data.cell().arrestin2Level() == 0) {
            return "no internalization curve: the cell " + data.cell().name() + " has neither arrestin-3 nor "
                    + "arrestin-2, which internalization needs; nothing to fit";
        }
        return "no " + p.label() + " curve: no ligand gave a response above noise; nothing to fit";
    }

    private static Map<Pathway, List<OperationalFit.Curve>> means(Map<Pathway, List<ResponseCurve>> included) {
        Map<Pathway, List<OperationalFit.Curve>> out = new EnumMap<>(Pathway.class);
        included.forEach((p, curves) -> out.put(p, curves.stream()
                .map(c -> new OperationalFit.Curve(c.ligand(), c.concentrationsMolar(), c.means())).toList()));
        return out;
    }

    /**
     * Means over experiments drawn with replacement: per pathway, one draw of the replicate indices (experiments)
     * from the pathway's own stream, used for every ligand and concentration of that pathway.
     */
    private static Map<Pathway, List<OperationalFit.Curve>> resample(Map<Pathway, List<ResponseCurve>> included,
                                                                    RandomStreams streams, int b) {
        Map<Pathway, List<OperationalFit.Curve>> out = new EnumMap<>(Pathway.class);
        for (Map.Entry<Pathway, List<ResponseCurve>> e : included.entrySet()) {
            List<OperationalFit.Curve> curves = new ArrayList<>();
            if (!e.getValue().isEmpty()) {
                int n = e.getValue().get(0).replicates();
                UniformRandomProvider rng = streams.stream("bootstrap/" + e.getKey().id(), b);
                int[] drawn = new int[n];
                for (int k = 0; k < n; k++) {
                    drawn[k] = rng.nextInt(n);
                }
                for (ResponseCurve c : e.getValue()) {
                    double[] y = new double[c.concentrationsMolar().length];
                    for (int j = 0; j < y.length; j++) {
                        SampleStatistics resampled = new SampleStatistics();
                        for (int k : drawn) {
                            resampled.accept(c.responses()[k][j]);
                        }
                        y[j] = resampled.mean();
                    }
                    curves.add(new OperationalFit.Curve(c.ligand(), c.concentrationsMolar(), y));
                }
            }
            out.put(e.getKey(), curves);
        }
        return out;
    }

    private static FitSet fitAll(String ref, Map<Pathway, List<OperationalFit.Curve>> curves, FitSet start) {
        Map<Pathway, Map<String, OperationalFit.Result>> op = new EnumMap<>(Pathway.class);
        Map<Pathway, Map<String, LogisticFit.Result>> log = new EnumMap<>(Pathway.class);
        for (Map.Entry<Pathway, List<OperationalFit.Curve>> e : curves.entrySet()) {
            Pathway p = e.getKey();
            List<OperationalFit.Curve> cs = e.getValue();
            OperationalFit.Curve refCurve = cs.stream().filter(c -> c.ligand().equals(ref)).findFirst().orElse(null);
            Map<String, OperationalFit.Result> fits = new LinkedHashMap<>();
            if (refCurve != null) {
                for (OperationalFit.Curve c : cs) {
                    List<OperationalFit.Curve> pair = c == refCurve ? List.of(refCurve) : List.of(refCurve, c);
                    OperationalFit.Result s = start == null ? null
                            : start.operational().getOrDefault(p, Map.of()).get(c.ligand());
                    fits.put(c.ligand(), OperationalFit.fit(pair, p.physicalMaximum(), s));
                }
            }
            op.put(p, fits);
            Map<String, LogisticFit.Result> m = new LinkedHashMap<>();
            for (OperationalFit.Curve c : cs) {
                LogisticFit.Result s = start == null ? null : start.logistic().getOrDefault(p, Map.of())
                        .get(c.ligand());
                m.put(c.ligand(), LogisticFit.fit(c.molar(), c.response(), s));
            }
            log.put(p, m);
        }
        return new FitSet(ref, op, log);
    }
}
