package org.receptorsim.analysis;

import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;

/**
 * Least-squares fit of a Hill (three-parameter logistic, baseline 0) concentration–response curve
 * R(c) = E_max / (1 + 10^{n·(log EC50 − log c)}) with Hipparchus' Levenberg–Marquardt optimizer. A curve that does
 * not rise, or a fit that does not converge, is reported as a failure with a reason instead of a number.
 */
public final class HillFit {

    private HillFit() {
    }

    /**
     * The fitted curve.
     *
     * @param ec50Molar concentration of half-maximal response (molar), NaN on failure
     * @param emax maximal response (units of the data), NaN on failure
     * @param hill Hill slope n, NaN on failure
     * @param failure why the fit failed, or null
     */
    public record Result(double ec50Molar, double emax, double hill, String failure) {

        /** True if the fit succeeded. */
        public boolean ok() {
            return failure == null;
        }

        /** A failed fit with its reason. */
        public static Result failed(String why) {
            return new Result(Double.NaN, Double.NaN, Double.NaN, why);
        }
    }

    /**
     * Fits a curve.
     *
     * @param molar concentrations (molar, &gt; 0)
     * @param response responses at those concentrations
     * @return the fit, or a failure
     */
    public static Result fit(double[] molar, double[] response) {
        int n = molar.length;
        double[] x = LogisticFit.log10(molar);
        double max = java.util.Arrays.stream(response).max().orElse(Double.NaN);
        if (n < 3 || !(max > 0) || LogisticFit.flat(response)) {
            return Result.failed("flat curve: responses do not rise with concentration");
        }
        double half = max / 2;
        double start = x[n - 1];
        for (int i = 0; i < n; i++) {
            if (response[i] >= half) {
                start = x[i];
                break;
            }
        }
        LeastSquaresBuilder b = new LeastSquaresBuilder()
                .start(new double[] {max, start, 1.0})
                .target(response)
                .model(point -> model(point, x))
                .maxEvaluations(10_000)
                .maxIterations(10_000);
        try {
            LeastSquaresOptimizer.Optimum opt = new LevenbergMarquardtOptimizer().optimize(b.build());
            double[] p = opt.getPoint().toArray();
            if (!(p[0] > 0) || !(p[2] > 0) || !Double.isFinite(p[1])) {
                return Result.failed("fit gave a non-physical curve (Emax " + p[0] + ", slope " + p[2] + ")");
            }
            if (p[1] < x[0] - 2 || p[1] > x[n - 1] + 2) {
                return Result.failed("EC50 far outside the tested concentrations");
            }
            return new Result(Math.pow(10, p[1]), p[0], p[2], null);
        } catch (MathIllegalStateException e) {
            return Result.failed("no convergence: " + e.getMessage());
        }
    }

    /** The curve in the parameters (Emax, log EC50, n), baseline 0. */
    private static Pair<RealVector, RealMatrix> model(RealVector point, double[] x) {
        return LogisticFit.curve(x, 0, point.getEntry(0), point.getEntry(1), point.getEntry(2), false);
    }
}
