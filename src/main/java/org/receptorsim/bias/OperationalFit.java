package org.receptorsim.bias;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;

/**
 * Global least-squares fit of the Black–Leff operational model to the curves of several ligands in one pathway:
 * <pre>
 *   E([A]) = Em·τ^n·[A]^n / (τ^n·[A]^n + ([A] + KA)^n)
 * </pre>
 * with the system's maximal response Em and slope n shared by all ligands of the pathway, and log τ, log KA per
 * ligand. The baseline is 0 (responses are agonist-induced changes). The fit is parametrized by log(τ/KA) and
 * log KA, E = Em / (1 + 10^{n·(log10(1 + [A]/KA) − log(τ/KA) − log[A])}), because log(τ/KA) — the transduction
 * coefficient bias factors are made of — stays determined when τ and KA separately are not:
 * <ul>
 *   <li>a full agonist of an amplified pathway lets KA run off to high values: KA is bounded at 100 times the highest
 *       concentration tested and reported as at its bound ({@code kaAtBound}), τ and KA then being lower bounds;</li>
 *   <li>with a slope near 1, Em itself is barely determined (each curve is then a hyperbola with
 *       Emax = Em·τ/(1 + τ) and EC50 = KA/(1 + τ), which any Em above the largest response reproduces): log τ and
 *       log KA move with Em, log(τ/KA) only by −log Em for every ligand alike, so Δlog(τ/KA) between ligands is
 *       unaffected. {@link #fitFixedEmax} fixes Em where it is known.</li>
 * </ul>
 * Em lies between 0.9 times the largest mean response and the readout's physical maximum (or 1.05 times the
 * largest response, if higher); it reaching that maximum is reported ({@code emaxAtBound}). Bounds are kept by a
 * smooth change of variables, not by clamping. Hipparchus Levenberg–Marquardt from several starting points; the
 * best converged optimum wins.
 */
public final class OperationalFit {

    /** Range of the shared slope. */
    static final double MIN_SLOPE = 0.3;
    static final double MAX_SLOPE = 3;
    /** KA may lie at most this many decades above the highest concentration tested. */
    static final double KA_DECADES_ABOVE = 2;
    /** ... and this many below the lowest. */
    static final double KA_DECADES_BELOW = 3;

    private OperationalFit() {
    }

    /**
     * One ligand's data in a pathway.
     *
     * @param ligand name
     * @param molar concentrations (molar)
     * @param response mean responses
     */
    public record Curve(String ligand, double[] molar, double[] response) {
    }

    /**
     * One ligand's fitted parameters.
     *
     * @param ligand name
     * @param logTau log10 τ (efficacy); a lower bound when {@code kaAtBound}
     * @param logKa log10 KA (molar; functional affinity); a lower bound when {@code kaAtBound}
     * @param logTauOverKa log10(τ/KA), the transduction coefficient (per molar)
     * @param kaAtBound true if KA hit its upper bound (full agonist: τ and KA not separately determined)
     * @param rSquared share of the ligand's response variance the fit explains
     */
    public record LigandParameters(String ligand, double logTau, double logKa, double logTauOverKa,
                                   boolean kaAtBound, double rSquared) {
    }

    /**
     * A pathway's fit.
     *
     * @param emax system maximal response Em (percent), NaN on failure
     * @param hill shared slope n
     * @param emaxAtBound true if Em hit the readout's physical maximum (Em and τ not separately determined)
     * @param ligands per-ligand parameters, in input order (empty on failure)
     * @param rss residual sum of squares
     * @param failure why the fit failed, or null
     */
    public record Result(double emax, double hill, boolean emaxAtBound, List<LigandParameters> ligands, double rss,
                         String failure) {

        /** True if the fit succeeded. */
        public boolean ok() {
            return failure == null;
        }

        /** The parameters of a ligand, or null. */
        public LigandParameters ligand(String name) {
            return ligands.stream().filter(l -> l.ligand().equalsIgnoreCase(name)).findFirst().orElse(null);
        }

        /** The fitted response of a ligand at a concentration. */
        public double value(String ligand, double molar) {
            LigandParameters p = ligand(ligand);
            return OperationalFit.value(molar, emax, hill, p.logTau(), p.logKa());
        }

        static Result failed(String why) {
            return new Result(Double.NaN, Double.NaN, false, List.of(), Double.NaN, why);
        }
    }

    /** The operational model's response at a concentration. */
    public static double value(double molar, double emax, double hill, double logTau, double logKa) {
        double x = Math.log10(molar);
        return emax / (1 + Math.pow(10, hill * (log1p10(x - logKa) - (logTau - logKa) - x)));
    }

    /**
     * Fits the pathway from several starting points read off the data, Em free (at most {@code emaxLimit}).
     *
     * @param curves the ligands' curves (at least one)
     * @param emaxLimit the readout's physical maximum (upper bound of Em)
     * @return the fit, or a failure
     */
    public static Result fit(List<Curve> curves, double emaxLimit) {
        return fit(curves, emaxLimit, Double.NaN, null);
    }

    /**
     * Fits the pathway, Em free.
     *
     * @param curves the ligands' curves (at least one)
     * @param emaxLimit the readout's physical maximum (upper bound of Em)
     * @param start a previous fit of the same ligands to start from (one start; several if it fails), or null
     * @return the fit, or a failure
     */
    public static Result fit(List<Curve> curves, double emaxLimit, Result start) {
        return fit(curves, emaxLimit, Double.NaN, start);
    }

    /**
     * Fits the pathway with the system's Em fixed (e.g. known from the readout). With a slope of 1 the operational
     * model cannot tell Em from τ and KA (each curve is a hyperbola of Emax = Em·τ/(1 + τ) and EC50 = KA/(1 + τ),
     * which any Em above the largest response reproduces); fixing Em makes τ and KA determined.
     *
     * @param curves the ligands' curves
     * @param emax the system's maximal response
     * @param start a previous fit to start from, or null
     * @return the fit, or a failure
     */
    public static Result fitFixedEmax(List<Curve> curves, double emax, Result start) {
        return fit(curves, emax, emax, start);
    }

    private static Result fit(List<Curve> curves, double emaxLimit, double fixedEmax, Result start) {
        if (curves.isEmpty()) {
            return Result.failed("no curves to fit");
        }
        boolean emFree = Double.isNaN(fixedEmax);
        int off = emFree ? 1 : 0;
        int k = curves.size();
        int total = 0;
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double maxObserved = Double.NEGATIVE_INFINITY;
        for (Curve c : curves) {
            total += c.molar().length;
            for (int j = 0; j < c.molar().length; j++) {
                xMin = Math.min(xMin, Math.log10(c.molar()[j]));
                xMax = Math.max(xMax, Math.log10(c.molar()[j]));
                maxObserved = Math.max(maxObserved, c.response()[j]);
            }
        }
        if (!(maxObserved > 0)) {
            return Result.failed("flat curves: no response above 0");
        }
        int parameters = off + 1 + 2 * k;
        if (total <= parameters) {
            return Result.failed("too few points (" + total + ") for " + parameters + " parameters");
        }
        double[] x = new double[total];
        double[] y = new double[total];
        int[] owner = new int[total];
        int at = 0;
        for (int i = 0; i < k; i++) {
            Curve c = curves.get(i);
            for (int j = 0; j < c.molar().length; j++) {
                x[at] = Math.log10(c.molar()[j]);
                y[at] = c.response()[j];
                owner[at] = i;
                at++;
            }
        }
        double emHi = emFree ? Math.max(emaxLimit, 1.05 * maxObserved) : fixedEmax;
        Bounds bounds = new Bounds(emFree, emFree ? 0.9 * maxObserved : fixedEmax, emHi,
                xMin - KA_DECADES_BELOW, xMax + KA_DECADES_ABOVE);
        List<double[]> starts = new ArrayList<>();
        if (start != null && start.ok() && start.ligands().size() == k) {
            double[] p = new double[2 + 2 * k];
            p[0] = emFree ? start.emax() : fixedEmax;
            p[1] = start.hill();
            for (int i = 0; i < k; i++) {
                p[2 + 2 * i] = start.ligands().get(i).logTauOverKa();
                p[3 + 2 * i] = start.ligands().get(i).logKa();
            }
            starts.add(p);
        } else if (emFree) {
            double lo = bounds.emLo();
            double em1 = Math.min(1.05 * maxObserved, lo + 0.7 * (emHi - lo));
            starts.add(dataStart(curves, em1, 1.0, bounds));
            starts.add(dataStart(curves, lo + 0.95 * (emHi - lo), 1.0, bounds));
            starts.add(dataStart(curves, em1, 1.6, bounds));
            starts.add(dataStart(curves, em1, 0.7, bounds));
        } else {
            starts.add(dataStart(curves, fixedEmax, 1.0, bounds));
            starts.add(dataStart(curves, fixedEmax, 1.6, bounds));
            starts.add(dataStart(curves, fixedEmax, 0.7, bounds));
        }
        double[] best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        String lastError = null;
        for (double[] p0 : starts) {
            try {
                LeastSquaresBuilder b = new LeastSquaresBuilder()
                        .start(bounds.toFree(p0))
                        .target(y)
                        .model(point -> model(point, x, owner, bounds))
                        .maxEvaluations(20_000)
                        .maxIterations(20_000);
                LeastSquaresOptimizer.Optimum opt = new LevenbergMarquardtOptimizer().optimize(b.build());
                double[] p = bounds.fromFree(opt.getPoint().toArray());
                boolean finite = true;
                for (double v : p) {
                    finite &= Double.isFinite(v);
                }
                if (finite && opt.getCost() < bestCost) {
                    bestCost = opt.getCost();
                    best = p;
                }
            } catch (MathIllegalStateException e) {
                lastError = e.getMessage();
            }
        }
        if (best == null && start != null) {
            return fit(curves, emaxLimit, fixedEmax, null);
        }
        if (best == null) {
            return Result.failed("no convergence" + (lastError == null ? "" : ": " + lastError));
        }
        List<LigandParameters> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double logR = best[2 + 2 * i];
            double logKa = best[3 + 2 * i];
            Curve c = curves.get(i);
            double mean = 0;
            for (double v : c.response()) {
                mean += v / c.response().length;
            }
            double ssTot = 0;
            double ssRes = 0;
            for (int j = 0; j < c.molar().length; j++) {
                double f = value(c.molar()[j], best[0], best[1], logR + logKa, logKa);
                ssRes += (c.response()[j] - f) * (c.response()[j] - f);
                ssTot += (c.response()[j] - mean) * (c.response()[j] - mean);
            }
            out.add(new LigandParameters(c.ligand(), logR + logKa, logKa, logR,
                    logKa >= bounds.kaHi() - 0.05, ssTot > 0 ? 1 - ssRes / ssTot : Double.NaN));
        }
        return new Result(best[0], best[1], emFree && best[0] >= emaxLimit * (1 - 1e-3), List.copyOf(out),
                bestCost * bestCost, null);
    }

    /**
     * Parameter bounds, kept by a smooth change of variables: Em, n and each log KA are logistic functions of free
     * parameters (v ↦ lo + (hi − lo)/(1 + e^−v)), so the optimizer never meets a hard wall (clamping stalls
     * Levenberg–Marquardt); log(τ/KA) is free. The full parameter vector is (Em, n, log(τ/KA)_1, log KA_1, ...);
     * the free vector leaves Em out when it is fixed.
     */
    private record Bounds(boolean emFree, double emLo, double emHi, double kaLo, double kaHi) {

        private static final double EDGE = 14;

        int offset() {
            return emFree ? 0 : -1;
        }

        double[] toFree(double[] p) {
            int o = offset();
            double[] v = new double[p.length + o];
            if (emFree) {
                v[0] = logit(p[0], emLo, emHi);
            }
            v[1 + o] = logit(p[1], MIN_SLOPE, MAX_SLOPE);
            for (int i = 2; i < p.length; i += 2) {
                v[i + o] = p[i];
                v[i + 1 + o] = logit(p[i + 1], kaLo, kaHi);
            }
            return v;
        }

        double[] fromFree(double[] v) {
            int o = offset();
            double[] p = new double[v.length - o];
            p[0] = emFree ? sigmoid(v[0], emLo, emHi) : emLo;
            p[1] = sigmoid(v[1 + o], MIN_SLOPE, MAX_SLOPE);
            for (int i = 2; i < p.length; i += 2) {
                p[i] = v[i + o];
                p[i + 1] = sigmoid(v[i + 1 + o], kaLo, kaHi);
            }
            return p;
        }

        static double sigmoid(double v, double lo, double hi) {
            return lo + (hi - lo) / (1 + Math.exp(-v));
        }

        /** d sigmoid / dv. */
        static double slope(double v, double lo, double hi) {
            double s = 1 / (1 + Math.exp(-v));
            return (hi - lo) * s * (1 - s);
        }

        static double logit(double p, double lo, double hi) {
            double f = (p - lo) / (hi - lo);
            if (!(f > 0)) {
                return -EDGE;
            }
            if (!(f < 1)) {
                return EDGE;
            }
            return Math.max(-EDGE, Math.min(EDGE, Math.log(f / (1 - f))));
        }
    }

    /**
     * Starting values from each curve's maximum and half-maximal concentration: fractional efficacy e = max/Em,
     * τ = e/(1 − e), KA = EC50·(1 + τ) (the operational model with n = 1).
     */
    private static double[] dataStart(List<Curve> curves, double em, double hill, Bounds bounds) {
        double[] p = new double[2 + 2 * curves.size()];
        p[0] = em;
        p[1] = hill;
        for (int i = 0; i < curves.size(); i++) {
            Curve c = curves.get(i);
            double top = Double.NEGATIVE_INFINITY;
            for (double v : c.response()) {
                top = Math.max(top, v);
            }
            double e = Math.max(0.01, Math.min(0.95, top / em));
            double tau = e / (1 - e);
            double logEc50 = Math.log10(c.molar()[c.molar().length / 2]);
            for (int j = 0; j < c.molar().length; j++) {
                if (c.response()[j] >= top / 2) {
                    logEc50 = Math.log10(c.molar()[j]);
                    break;
                }
            }
            double logKa = Math.min(bounds.kaHi() - 0.5, logEc50 + Math.log10(1 + tau));
            p[2 + 2 * i] = Math.log10(tau) - logKa;
            p[3 + 2 * i] = logKa;
        }
        return p;
    }

    private static Pair<RealVector, RealMatrix> model(RealVector free, double[] x, int[] owner, Bounds bounds) {
        double[] v = free.toArray();
        int o = bounds.offset();
        double em = bounds.emFree() ? Bounds.sigmoid(v[0], bounds.emLo(), bounds.emHi()) : bounds.emLo();
        double dEm = bounds.emFree() ? Bounds.slope(v[0], bounds.emLo(), bounds.emHi()) : 0;
        double n = Bounds.sigmoid(v[1 + o], MIN_SLOPE, MAX_SLOPE);
        double dN = Bounds.slope(v[1 + o], MIN_SLOPE, MAX_SLOPE);
        double ln10 = Math.log(10);
        RealVector value = new ArrayRealVector(x.length);
        RealMatrix jac = new Array2DRowRealMatrix(x.length, v.length);
        for (int i = 0; i < x.length; i++) {
            int r = 2 + 2 * owner[i] + o;
            double logR = v[r];
            double logKa = Bounds.sigmoid(v[r + 1], bounds.kaLo(), bounds.kaHi());
            double dKa = Bounds.slope(v[r + 1], bounds.kaLo(), bounds.kaHi());
            double z = x[i] - logKa;
            double w = log1p10(z);
            double g = w - logR - x[i];
            double d = n * g;
            double f = d > 300 ? 0 : 1 / (1 + Math.pow(10, d));
            value.setEntry(i, em * f);
            double dEdd = -em * f * (1 - f) * ln10;
            double p = 1 / (1 + Math.pow(10, -z));
            if (bounds.emFree()) {
                jac.setEntry(i, 0, f * dEm);
            }
            jac.setEntry(i, 1 + o, dEdd * g * dN);
            jac.setEntry(i, r, dEdd * -n);
            jac.setEntry(i, r + 1, dEdd * -n * p * dKa);
        }
        return new Pair<>(value, jac);
    }

    /** log10(1 + 10^z) without overflow. */
    static double log1p10(double z) {
        return z > 0 ? z + Math.log1p(Math.pow(10, -z)) / Math.log(10) : Math.log1p(Math.pow(10, z)) / Math.log(10);
    }
}
