package org.receptorsim.organism.math;

/**
 * Exact solution of the first-order relaxation dx/dt = r·(T − x) over a step in which the target T and the rate r are
 * held, and its average over the step. Every slow state of the organism layer is advanced with it, its inputs held at
 * their mean over the step.
 */
public final class Relaxation {

    private Relaxation() {
    }

    /**
     * x after {@code dtSeconds} of relaxation toward {@code target}: T + (x − T)·exp(−r·dt).
     *
     * @param x value at the start of the step
     * @param target the held target T
     * @param ratePerSecond r (per second, ≥ 0)
     * @param dtSeconds step (seconds, ≥ 0)
     * @return the value at the end of the step
     */
    public static double relax(double x, double target, double ratePerSecond, double dtSeconds) {
        return target + (x - target) * Math.exp(-ratePerSecond * dtSeconds);
    }

    /**
     * Relaxation with one rate while rising toward a higher target and another while falling toward a lower one. The
     * solution never crosses the target, so the rate chosen at the start holds over the whole step (exact).
     *
     * @param x value at the start of the step
     * @param target the held target
     * @param riseRatePerSecond rate when target &gt; x (per second)
     * @param fallRatePerSecond rate when target ≤ x (per second)
     * @param dtSeconds step (seconds)
     * @return the value at the end of the step
     */
    public static double relax(double x, double target, double riseRatePerSecond, double fallRatePerSecond,
                               double dtSeconds) {
        return relax(x, target, target > x ? riseRatePerSecond : fallRatePerSecond, dtSeconds);
    }

    /**
     * The exact average of x over the step: T + (x − T)·(1 − exp(−r·dt))/(r·dt) (x itself when r·dt = 0).
     *
     * @param x value at the start of the step
     * @param target the held target
     * @param ratePerSecond r (per second, ≥ 0)
     * @param dtSeconds step (seconds, &gt; 0)
     * @return the average over the step
     */
    public static double stepAverage(double x, double target, double ratePerSecond, double dtSeconds) {
        double z = ratePerSecond * dtSeconds;
        double factor = z < 1e-8 ? 1 - z / 2 : -Math.expm1(-z) / z;
        return target + (x - target) * factor;
    }

    /**
     * x after {@code dtSeconds} of dx/dt = a − b·x with a, b held (b ≥ 0): the relaxation toward a/b at rate b, or
     * x + a·dt when b = 0.
     *
     * @param x value at the start of the step
     * @param production a (per second)
     * @param loss b (per second, ≥ 0)
     * @param dtSeconds step (seconds)
     * @return the value at the end of the step
     */
    public static double linear(double x, double production, double loss, double dtSeconds) {
        if (loss <= 0) {
            return x + production * dtSeconds;
        }
        return relax(x, production / loss, loss, dtSeconds);
    }
}
