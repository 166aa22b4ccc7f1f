package org.receptorsim.fit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.receptorsim.assay.Pathway;
import org.receptorsim.replicates.ReplicateRunner;

/**
 * Least-squares fit of a ligand's free parameters to assay data, with the mean-field assays as the model
 * ({@link LigandModel}):
 * <ul>
 *   <li>every parameter is fitted as z = log10 of its value, kept within its search range by the smooth change of
 *       variables z = lo + (hi − lo)/(1 + e^−u) with u free (bounds by transformation, not by clamping);</li>
 *   <li>residuals (observed − expected) are divided by each row's SEM where the file gives one; without SEM, by
 *       the pooled SD of each assay's replicates (rows at the same concentration and time), so that assays on
 *       different scales weigh by their precision; both give a chi-square. Without either they are left in the
 *       assay's unit;</li>
 *   <li>Hipparchus Levenberg–Marquardt, the Jacobian by forward differences of 10^−4 in z (the mean-field
 *       objective is smooth);</li>
 *   <li>before fitting, every parameter is moved two-fold each way: one that changes no prediction does not affect
 *       the data and is refused as not identifiable, as is a set whose Jacobian at the optimum is singular;</li>
 *   <li>95 % intervals by profile likelihood: for each parameter, the other parameters refitted at fixed values of
 *       it, the interval being where −2 log L rises less than the χ²(1) quantile above its minimum
 *       (−2 log L = χ² when weighted; n·ln SSR unweighted, the error variance profiled out). Where the profile stays below
 *       the threshold up to a search bound the interval is open there.</li>
 * </ul>
 */
public final class LigandFit {

    /** Step of the forward-difference Jacobian, in log10 units of a parameter. */
    static final double JACOBIAN_STEP = 1e-4;
    /** Step of the central-difference curvature at the optimum, in log10 units. */
    static final double CURVATURE_STEP = 1e-3;
    /** Accuracy of the interval ends, in log10 units. */
    static final double PROFILE_ACCURACY = 2e-3;
    /** A singular value this far below the largest marks a combination the data do not determine. */
    static final double SINGULAR = 1e-8;

    /**
     * Fit settings.
     *
     * @param maxEvaluations most data sets to simulate for the main fit (its convergence limit)
     * @param level confidence level of the intervals, e.g. 0.95
     * @param threads worker threads for the profiles (each interval end is profiled on its own)
     */
    public record Settings(int maxEvaluations, double level, int threads) {

        /** Checks the values. */
        public Settings {
            if (maxEvaluations < 10) {
                throw new IllegalArgumentException("max evaluations: expected at least 10, got " + maxEvaluations);
            }
            if (!(level > 0 && level < 1)) {
                throw new IllegalArgumentException("level: expected a number in (0, 1), got " + level);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads: expected at least 1, got " + threads);
            }
        }
    }

    private final LigandModel model;
    private final Settings settings;
    private final int n;
    private final int p;
    private final double[] y;
    private final double[] w;
    private final boolean weighted;
    private final String weighting;
    private final double[] zLo;
    private final double[] zHi;
    private long budget = Long.MAX_VALUE;

    private LigandFit(LigandModel model, Settings settings) {
        this.model = model;
        this.settings = settings;
        List<Observation> data = model.data();
        n = data.size();
        p = model.free().size();
        y = new double[n];
        w = new double[n];
        for (int k = 0; k < n; k++) {
            y[k] = data.get(k).response();
        }
        Map<Pathway, Double> pooled = pooledReplicateSd(data);
        if (!Double.isNaN(data.get(0).sem())) {
            weighting = "by the SEM of each row";
            for (int k = 0; k < n; k++) {
                w[k] = data.get(k).sem();
            }
        } else if (pooled != null) {
            weighting = "by the pooled SD of the replicates of each assay (" + String.join(", ", pooled.entrySet()
                    .stream().map(e -> String.format(Locale.ROOT, "%s %.3g", e.getKey().id(), e.getValue()))
                    .toList()) + ")";
            for (int k = 0; k < n; k++) {
                w[k] = pooled.get(data.get(k).assay());
            }
        } else {
            weighting = "none (no SEM, and not every assay has replicates)";
            java.util.Arrays.fill(w, 1);
        }
        weighted = !weighting.startsWith("none");
        zLo = new double[p];
        zHi = new double[p];
        for (int i = 0; i < p; i++) {
            zLo[i] = Math.log10(model.free().get(i).lower());
            zHi[i] = Math.log10(model.free().get(i).upper());
        }
    }

    /**
     * Fits the model's free parameters to its data.
     *
     * @param model the data and the model
     * @param settings evaluation limit and confidence level
     * @return the estimates, intervals and goodness of fit
     * @throws FitException if a parameter is not identifiable or the fit does not converge
     */
    public static FitResult fit(LigandModel model, Settings settings) {
        return new LigandFit(model, settings).run();
    }

    private FitResult run() {
        long t0 = System.nanoTime();
        if (n <= p) {
            throw new FitException("not identifiable: " + n + " observations for " + p + " free parameters");
        }
        double[] z0 = new double[p];
        double[] start = model.startValues();
        for (int i = 0; i < p; i++) {
            double margin = 0.05 * (zHi[i] - zLo[i]);
            z0[i] = start[i] > 0 ? Math.max(zLo[i] + margin, Math.min(zHi[i] - margin, Math.log10(start[i])))
                    : (zLo[i] + zHi[i]) / 2;
        }
        requireEveryParameterMatters(z0);
        budget = model.evaluations() + settings.maxEvaluations();
        Optimum best = optimize(z0, -1, Double.NaN);
        budget = Long.MAX_VALUE;
        double[] z = best.z();
        requireEveryParameterMatters(z);
        double[][] jac = weightedJacobian(z);
        double s2 = weighted ? 1 : best.ssrWeighted() / (n - p);
        double[][] cov = covariance(jac, s2);
        double[][] corr = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                corr[i][j] = cov[i][j] / Math.sqrt(cov[i][i] * cov[j][j]);
            }
        }
        double threshold = new ChiSquaredDistribution(1).inverseCumulativeProbability(settings.level());
        double lHat = objective(best.ssrWeighted());
        List<FitResult.Estimate> estimates = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<double[]> ends = new ReplicateRunner(Math.min(settings.threads(), 2 * p)).runAll(2 * p,
                k -> profileEnd(k / 2, k % 2 == 0 ? -1 : 1, best, cov, lHat, threshold));
        for (int i = 0; i < p; i++) {
            double se = Math.sqrt(cov[i][i]);
            double[] lo = ends.get(2 * i);
            double[] hi = ends.get(2 * i + 1);
            FreeParameter fp = model.free().get(i);
            estimates.add(new FitResult.Estimate(fp, Math.pow(10, z[i]), Math.pow(10, lo[0]), Math.pow(10, hi[0]),
                    lo[1] > 0, hi[1] > 0, start[i], se));
            if (Math.min(z[i] - zLo[i], zHi[i] - z[i]) < 0.05) {
                notes.add(String.format(Locale.ROOT, "%s is at its search bound (%.3g %s): the data push it beyond, "
                        + "so the estimate is a bound", fp.field(), Math.pow(10, z[i]), fp.unit()).trim());
            }
            if (lo[1] > 0 && hi[1] > 0) {
                notes.add("not identifiable: " + fp.field() + ": the " + Math.round(100 * settings.level())
                        + " % profile likelihood stays below its threshold across the whole search range, so the "
                        + "data do not bound it");
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = i + 1; j < p; j++) {
                if (Math.abs(corr[i][j]) > 0.95) {
                    notes.add(String.format(Locale.ROOT, "%s and %s are strongly correlated (%.3f): the data "
                            + "determine a combination of them better than either", model.free().get(i).field(),
                            model.free().get(j).field(), corr[i][j]));
                }
            }
        }
        double[] values = new double[p];
        for (int i = 0; i < p; i++) {
            values[i] = Math.pow(10, z[i]);
        }
        double[] f = model.predict(values);
        return new FitResult(estimates, corr, goodness(f), f, values, model.evaluations(), best.iterations(),
                (System.nanoTime() - t0) / 1e9, notes);
    }

    /**
     * Per assay, the pooled SD of rows read at the same concentration and time (replicates), sqrt(Σ within-group
     * squares / Σ (group size − 1)); null unless every assay has replicates with some spread.
     */
    static Map<Pathway, Double> pooledReplicateSd(List<Observation> data) {
        Map<String, List<Double>> groups = new java.util.LinkedHashMap<>();
        for (Observation o : data) {
            groups.computeIfAbsent(o.assay() + "|" + o.molar() + "|" + o.seconds(), k -> new ArrayList<>())
                    .add(o.response());
        }
        Map<Pathway, double[]> sums = new EnumMap<>(Pathway.class);
        for (Observation o : data) {
            sums.putIfAbsent(o.assay(), new double[2]);
        }
        for (Map.Entry<String, List<Double>> e : groups.entrySet()) {
            List<Double> v = e.getValue();
            if (v.size() < 2) {
                continue;
            }
            double mean = v.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double ss = v.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
            double[] a = sums.get(Pathway.valueOf(e.getKey().substring(0, e.getKey().indexOf('|'))));
            a[0] += ss;
            a[1] += v.size() - 1;
        }
        Map<Pathway, Double> out = new EnumMap<>(Pathway.class);
        for (Map.Entry<Pathway, double[]> e : sums.entrySet()) {
            double[] a = e.getValue();
            if (a[1] < 1 || !(a[0] > 0)) {
                return null;
            }
            out.put(e.getKey(), Math.sqrt(a[0] / a[1]));
        }
        return out;
    }

    /** −2 log L up to a constant: χ² with SEM, n·ln(SSR) without. */
    private double objective(double ssrWeighted) {
        return weighted ? ssrWeighted : n * Math.log(ssrWeighted);
    }

    /** Refuses a parameter whose two-fold change in either direction changes no predicted response. */
    private void requireEveryParameterMatters(double[] z) {
        double[] f0 = predict(z);
        double scale = 1;
        for (double v : f0) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < p; i++) {
            double change = 0;
            for (double d : new double[] {-Math.log10(2), Math.log10(2)}) {
                double[] zi = z.clone();
                zi[i] += d;
                double[] fi = predict(zi);
                for (int k = 0; k < n; k++) {
                    change = Math.max(change, Math.abs(fi[k] - f0[k]));
                }
            }
            if (change <= 1e-9 * scale) {
                FreeParameter fp = model.free().get(i);
                throw new FitException("not identifiable: " + fp.field() + " does not affect the data (assays: "
                        + String.join(", ", model.assays().stream().map(Pathway::id).toList()) + "): a two-fold "
                        + "change of it changes no predicted response");
            }
        }
    }

    private double[] predict(double[] z) {
        if (model.evaluations() >= budget) {
            throw new FitException("no convergence after " + settings.maxEvaluations() + " evaluations (simulated "
                    + "data sets; raise --max-evaluations, free fewer parameters or start nearer)");
        }
        double[] v = new double[p];
        for (int i = 0; i < p; i++) {
            v[i] = Math.pow(10, z[i]);
        }
        return model.predict(v);
    }

    /** A minimum: the full z vector, the weighted sum of squares and the iterations it took. */
    private record Optimum(double[] z, double ssrWeighted, int iterations) {
    }

    /**
     * Minimizes the weighted sum of squares over the free parameters other than {@code fixed} (-1: none), which is
     * held at {@code fixedZ}, from {@code zStart}.
     */
    private Optimum optimize(double[] zStart, int fixed, double fixedZ) {
        return optimize(zStart, fixed, fixedZ, 1e-10);
    }

    /** As above, stopping when the cost changes by less than {@code tolerance} relative in an iteration. */
    private Optimum optimize(double[] zStart, int fixed, double fixedZ, double tolerance) {
        int[] idx = new int[fixed < 0 ? p : p - 1];
        for (int i = 0, k = 0; i < p; i++) {
            if (i != fixed) {
                idx[k++] = i;
            }
        }
        double[] base = zStart.clone();
        if (fixed >= 0) {
            base[fixed] = fixedZ;
        }
        if (idx.length == 0) {
            return new Optimum(base, ssr(predict(base)), 0);
        }
        double[] u0 = new double[idx.length];
        for (int k = 0; k < idx.length; k++) {
            int i = idx[k];
            double f = (base[i] - zLo[i]) / (zHi[i] - zLo[i]);
            f = Math.max(1e-6, Math.min(1 - 1e-6, f));
            u0[k] = Math.log(f / (1 - f));
        }
        double[] target = new double[n];
        for (int k = 0; k < n; k++) {
            target[k] = y[k] / w[k];
        }
        Cache cache = new Cache();
        LeastSquaresBuilder b = new LeastSquaresBuilder()
                .start(u0)
                .target(target)
                .model(u -> cache.weighted(toZ(u, idx, base)), u -> jacobian(u, idx, base, cache))
                .lazyEvaluation(true)
                .maxEvaluations(Integer.MAX_VALUE)
                .maxIterations(Integer.MAX_VALUE);
        try {
            LeastSquaresOptimizer.Optimum o = new LevenbergMarquardtOptimizer()
                    .withCostRelativeTolerance(tolerance)
                    .withParameterRelativeTolerance(1e-8)
                    .optimize(b.build());
            double[] z = toZ(o.getPoint().toArray(), idx, base);
            return new Optimum(z, o.getCost() * o.getCost(), o.getIterations());
        } catch (MathIllegalStateException e) {
            throw new FitException("no convergence: " + e.getMessage());
        }
    }

    /** The last point's weighted predictions, so that the Jacobian at an accepted point does not recompute them. */
    private final class Cache {
        private double[] z;
        private double[] value;

        double[] weighted(double[] at) {
            if (z == null || !java.util.Arrays.equals(z, at)) {
                double[] f = predict(at);
                for (int k = 0; k < n; k++) {
                    f[k] /= w[k];
                }
                z = at.clone();
                value = f;
            }
            return value.clone();
        }
    }

    private double[] toZ(double[] u, int[] idx, double[] base) {
        double[] z = base.clone();
        for (int k = 0; k < idx.length; k++) {
            int i = idx[k];
            z[i] = zLo[i] + (zHi[i] - zLo[i]) / (1 + Math.exp(-u[k]));
        }
        return z;
    }

    private double[][] jacobian(double[] u, int[] idx, double[] base, Cache cache) {
        double[] z = toZ(u, idx, base);
        double[] f0 = cache.weighted(z);
        double[][] j = new double[n][idx.length];
        for (int k = 0; k < idx.length; k++) {
            int i = idx[k];
            double s = 1 / (1 + Math.exp(-u[k]));
            double dzdu = (zHi[i] - zLo[i]) * s * (1 - s);
            double[] zh = z.clone();
            zh[i] += JACOBIAN_STEP;
            double[] fh = predict(zh);
            for (int m = 0; m < n; m++) {
                j[m][k] = (fh[m] / w[m] - f0[m]) / JACOBIAN_STEP * dzdu;
            }
        }
        return j;
    }

    /** Jacobian of the weighted predictions with respect to z by central differences. */
    private double[][] weightedJacobian(double[] z) {
        double[][] j = new double[n][p];
        for (int i = 0; i < p; i++) {
            double[] up = z.clone();
            double[] down = z.clone();
            up[i] += CURVATURE_STEP;
            down[i] -= CURVATURE_STEP;
            double[] fu = predict(up);
            double[] fd = predict(down);
            for (int k = 0; k < n; k++) {
                j[k][i] = (fu[k] - fd[k]) / (2 * CURVATURE_STEP * w[k]);
            }
        }
        return j;
    }

    /** s²·(JᵀJ)⁻¹ by singular values; a singular J is a combination the data do not determine. */
    private double[][] covariance(double[][] jac, double s2) {
        SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(jac, false));
        double[] sv = svd.getSingularValues();
        if (sv[sv.length - 1] <= SINGULAR * sv[0]) {
            RealMatrix v = svd.getV();
            Set<String> names = new LinkedHashSet<>();
            double max = 0;
            for (int i = 0; i < p; i++) {
                max = Math.max(max, Math.abs(v.getEntry(i, p - 1)));
            }
            for (int i = 0; i < p; i++) {
                if (Math.abs(v.getEntry(i, p - 1)) > 0.2 * max) {
                    names.add(model.free().get(i).field());
                }
            }
            throw new FitException("not identifiable: the data determine only a combination of "
                    + String.join(" and ", names) + ", not each of them (free fewer parameters or add assays)");
        }
        RealMatrix jm = new Array2DRowRealMatrix(jac, false);
        RealMatrix inv = new SingularValueDecomposition(jm.transpose().multiply(jm)).getSolver().getInverse();
        return inv.scalarMultiply(s2).getData();
    }

    /**
     * One end of a parameter's profile-likelihood interval: {z, open (1) or not (0)}. Steps outward from the
     * estimate (first 1.5 times the Wald distance, then doubling) until −2 log L has risen by the threshold or the
     * search bound is reached, then finds the crossing with Brent's method. Each point of the profile refits the
     * other parameters, started where the curvature at the optimum predicts them.
     */
    private double[] profileEnd(int i, int dir, Optimum best, double[][] cov, double lHat, double threshold) {
        double se = Math.sqrt(cov[i][i]);
        double edge = dir > 0 ? zHi[i] : zLo[i];
        double[] zHat = best.z();
        java.util.function.DoubleUnaryOperator h = zi -> {
            double[] start = zHat.clone();
            for (int j = 0; j < p; j++) {
                if (j != i && Double.isFinite(cov[j][i] / cov[i][i])) {
                    start[j] = Math.max(zLo[j], Math.min(zHi[j], zHat[j] + cov[j][i] / cov[i][i] * (zi - zHat[i])));
                }
            }
            Optimum o = optimize(start, i, zi, 1e-7);
            return objective(o.ssrWeighted()) - lHat - threshold;
        };
        double step = Double.isFinite(se) && se > 0 ? 1.5 * Math.sqrt(threshold) * se : 0.3;
        step = Math.max(step, 0.01);
        double a = zHat[i];
        double ha = -threshold;
        while (true) {
            double b = a + dir * step;
            boolean atEdge = dir > 0 ? b >= edge : b <= edge;
            if (atEdge) {
                b = edge;
            }
            double hb = h.applyAsDouble(b);
            if (hb >= 0) {
                double root = solve(h, a, ha, b, hb);
                return new double[] {root, 0};
            }
            if (atEdge) {
                return new double[] {edge, 1};
            }
            a = b;
            ha = hb;
            step *= 2;
        }
    }

    /** The root of h between a and b, where h(a) &lt; 0 ≤ h(b), by Brent's method (Hipparchus). */
    private static double solve(java.util.function.DoubleUnaryOperator h, double a, double ha, double b, double hb) {
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        return new BrentSolver(PROFILE_ACCURACY).solve(60, x -> x == a ? ha : x == b ? hb : h.applyAsDouble(x), lo,
                hi);
    }

    private double ssr(double[] f) {
        double s = 0;
        for (int k = 0; k < n; k++) {
            double r = (y[k] - f[k]) / w[k];
            s += r * r;
        }
        return s;
    }

    private FitResult.Goodness goodness(double[] f) {
        double ssr = 0;
        double chi = 0;
        Map<Pathway, double[]> per = new EnumMap<>(Pathway.class);
        List<Observation> data = model.data();
        for (int k = 0; k < n; k++) {
            double r = y[k] - f[k];
            ssr += r * r;
            chi += r * r / (w[k] * w[k]);
            double[] a = per.computeIfAbsent(data.get(k).assay(), x -> new double[4]);
            a[0]++;
            a[1] += r * r;
            a[2] += y[k];
            a[3] += y[k] * y[k];
        }
        Map<Pathway, FitResult.AssayFit> perAssay = new EnumMap<>(Pathway.class);
        per.forEach((pw, a) -> {
            double sst = a[3] - a[2] * a[2] / a[0];
            perAssay.put(pw, new FitResult.AssayFit((int) a[0], a[1], sst > 0 ? 1 - a[1] / sst : Double.NaN));
        });
        double rss = weighted ? chi : ssr;
        double aic = n * Math.log(rss / n) + 2 * p;
        double aicc = n - p - 1 > 0 ? aic + 2.0 * p * (p + 1) / (n - p - 1) : Double.NaN;
        return new FitResult.Goodness(n, p, weighted, weighting, ssr, weighted ? chi : Double.NaN,
                weighted ? chi / (n - p) : Double.NaN, Math.sqrt(ssr / (n - p)), aic, aicc, perAssay);
    }
}
