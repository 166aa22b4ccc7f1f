package org.receptorsim.analysis;

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
 * Least-squares fit of the four-parameter logistic
 * R(c) = baseline + (Emax − baseline) / (1 + 10^{n·(log EC50 − log c)}) with Hipparchus' Levenberg–Marquardt
 * optimizer. A fit that does not converge, gives a falling or non-physical curve, or puts the EC50 far outside the
 * tested concentrations is reported as a failure with its reason instead of numbers.
 */
public final class LogisticFit {

    /** Hill slopes the fit may take. */
    static final double MIN_SLOPE = 0.1;
    static final double MAX_SLOPE = 6;

    private LogisticFit() {
    }

    /**
     * The fitted curve.
     *
     * @param baseline response without agonist (bottom), NaN on failure
     * @param emax maximal response (top), NaN on failure
     * @param ec50Molar concentration of the half-maximal response (molar), NaN on failure
     * @param hill Hill slope, NaN on failure
     * @param rss residual sum of squares
     * @param failure why the fit failed, or null
     */
    public record Result(double baseline, double emax, double ec50Molar, double hill, double rss, String failure) {

        /** True if the fit succeeded. */
        public boolean ok() {
            return failure == null;
        }

        /** The fitted response at a concentration. */
        public double value(double molar) {
            return LogisticFit.value(molar, baseline, emax, ec50Molar, hill);
        }

        static Result failed(String why) {
            return new Result(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, why);
        }
    }

    /** The four-parameter logistic at a concentration. */
    public static double value(double molar, double baseline, double emax, double ec50Molar, double hill) {
        return baseline + (emax - baseline) / (1 + Math.pow(10, hill * (Math.log10(ec50Molar) - Math.log10(molar))));
    }

    /**
     * Fits a curve from starting values read off the data.
     *
     * @param molar concentrations (molar, &gt; 0, increasing)
     * @param response responses
     * @return the fit, or a failure
     */
    public static Result fit(double[] molar, double[] response) {
        return fit(molar, response, null);
    }

    /**
     * Fits a curve.
     *
     * @param molar concentrations (molar, &gt; 0, increasing)
     * @param response responses
     * @param start a previous fit to start from (e.g. the full-data fit for a bootstrap sample), or null
     * @return the fit, or a failure
     */
    public static Result fit(double[] molar, double[] response, Result start) {
        int n = molar.length;
        if (n < 5) {
            return Result.failed("too few concentrations (" + n + ") for four parameters");
        }
        double[] x = log10(molar);
        double max = java.util.Arrays.stream(response).max().orElse(Double.NaN);
        if (flat(response)) {
            return Result.failed("flat curve: the response does not change with concentration");
        }
        double[] p0;
        if (start != null && start.ok()) {
            p0 = new double[] {start.baseline(), start.emax(), Math.log10(start.ec50Molar()), start.hill()};
        } else {
            double bottom = response[0];
            double top = Math.max(response[n - 1], max);
            double half = bottom + (top - bottom) / 2;
            double mid = x[n / 2];
            for (int i = 0; i < n; i++) {
                if (response[i] >= half) {
                    mid = i == 0 ? x[0] : x[i - 1] + (x[i] - x[i - 1]) * (half - response[i - 1])
                            / (response[i] - response[i - 1]);
                    break;
                }
            }
            p0 = new double[] {bottom, top, mid, 1.0};
        }
        double lo = x[0] - 3;
        double hi = x[n - 1] + 3;
        LeastSquaresBuilder b = new LeastSquaresBuilder()
                .start(p0)
                .target(response)
                .model(point -> model(point, x))
                .parameterValidator(v -> {
                    RealVector c = v.copy();
                    c.setEntry(2, Math.max(lo, Math.min(hi, c.getEntry(2))));
                    c.setEntry(3, Math.max(MIN_SLOPE, Math.min(MAX_SLOPE, c.getEntry(3))));
                    return c;
                })
                .maxEvaluations(5_000)
                .maxIterations(5_000);
        try {
            LeastSquaresOptimizer.Optimum opt = new LevenbergMarquardtOptimizer().optimize(b.build());
            double[] p = opt.getPoint().toArray();
            for (double v : p) {
                if (!Double.isFinite(v)) {
                    return Result.failed("fit gave a non-finite parameter");
                }
            }
            if (!(p[1] > p[0])) {
                return Result.failed("fit gave a falling curve (Emax " + fmt(p[1]) + " below baseline "
                        + fmt(p[0]) + ")");
            }
            if (p[2] < x[0] - 1.5 || p[2] > x[n - 1] + 1.5) {
                return Result.failed("EC50 outside the tested concentrations (10^" + fmt(p[2]) + " M)");
            }
            double rss = opt.getCost() * opt.getCost();
            return new Result(p[0], p[1], Math.pow(10, p[2]), p[3], rss, null);
        } catch (MathIllegalStateException e) {
            return Result.failed("no convergence: " + e.getMessage());
        }
    }

    private static Pair<RealVector, RealMatrix> model(RealVector point, double[] x) {
        return curve(x, point.getEntry(0), point.getEntry(1), point.getEntry(2), point.getEntry(3), true);
    }

    /**
     * The logistic bottom + (top − bottom)/(1 + 10^{n·(log EC50 − x)}) at log concentrations x, with its Jacobian
     * in the parameters (bottom, top, log EC50, n), or (top, log EC50, n) when the bottom is held fixed.
     */
    static Pair<RealVector, RealMatrix> curve(double[] x, double bottom, double top, double logEc50, double hill,
                                              boolean bottomFree) {
        double ln10 = Math.log(10);
        int c = bottomFree ? 1 : 0;
        RealVector value = new ArrayRealVector(x.length);
        RealMatrix jacobian = new Array2DRowRealMatrix(x.length, 3 + c);
        for (int i = 0; i < x.length; i++) {
            double u = Math.pow(10, hill * (logEc50 - x[i]));
            double f = 1 / (1 + u);
            value.setEntry(i, bottom + (top - bottom) * f);
            double dfdu = -f * f;
            if (bottomFree) {
                jacobian.setEntry(i, 0, 1 - f);
            }
            jacobian.setEntry(i, c, f);
            jacobian.setEntry(i, c + 1, (top - bottom) * dfdu * u * ln10 * hill);
            jacobian.setEntry(i, c + 2, (top - bottom) * dfdu * u * ln10 * (logEc50 - x[i]));
        }
        return new Pair<>(value, jacobian);
    }

    /** Base-10 logarithms of the concentrations. */
    static double[] log10(double[] molar) {
        return java.util.Arrays.stream(molar).map(Math::log10).toArray();
    }

    /** True if the responses span (almost) nothing: no curve to fit. */
    static boolean flat(double[] response) {
        double max = java.util.Arrays.stream(response).max().orElse(Double.NaN);
        double min = java.util.Arrays.stream(response).min().orElse(Double.NaN);
        return !(max - min > 1e-9 * Math.max(1, Math.abs(max)));
    }

    static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.3g", v);
    }
}
