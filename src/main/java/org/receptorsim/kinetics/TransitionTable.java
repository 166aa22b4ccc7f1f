package org.receptorsim.kinetics;

/**
 * The exact per-step law of one receptor: for each starting state, the cumulative distribution of its state after
 * one time step (a row of exp(Q·dt)). Immutable once built; shared by every receptor of a cell.
 */
public final class TransitionTable {

    private final double[][] probabilities;
    private final double[][] cumulative;
    private final double[] stayProbability;
    private final double[] arrivalCumulative;

    /**
     * Builds the table for a generator held constant over a step.
     *
     * @param generator Q in per second
     * @param stepSeconds the step length dt in seconds
     */
    public TransitionTable(double[][] generator, double stepSeconds) {
        this.probabilities = MatrixExponential.transitionMatrix(generator, stepSeconds);
        int n = probabilities.length;
        this.cumulative = new double[n][n];
        this.stayProbability = new double[n];
        for (int i = 0; i < n; i++) {
            cumulative[i] = normalizedCumulative(probabilities[i]);
            stayProbability[i] = probabilities[i][i];
        }
        this.arrivalCumulative = arrivalCumulative(generator, stepSeconds, n);
    }

    /**
     * Law at the end of the step of a receptor that arrives in state 0 at a uniformly distributed time within the
     * step (a Poisson arrival): row 0 of (1/dt)·∫₀^dt exp(Q·s) ds, from the exponential of the augmented matrix
     * [[Q, I], [0, 0]]·dt, whose upper-right block is that integral.
     */
    private static double[] arrivalCumulative(double[][] generator, double stepSeconds, int n) {
        double[][] augmented = new double[2 * n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(generator[i], 0, augmented[i], 0, n);
            augmented[i][n + i] = 1.0;
        }
        double[][] e = MatrixExponential.exponential(augmented, stepSeconds);
        double[] row = new double[n];
        System.arraycopy(e[0], n, row, 0, n);
        return normalizedCumulative(row);
    }

    /**
     * Cumulative distribution of a row of probabilities (rounding negatives to 0), divided by the row total so that
     * it reaches exactly 1.0 at the last state of positive probability: a deviate just below 1 can then never select
     * a trailing state of probability 0.
     */
    private static double[] normalizedCumulative(double[] row) {
        int n = row.length;
        double total = 0;
        for (double p : row) {
            total += Math.max(0, p);
        }
        double[] c = new double[n];
        double sum = 0;
        for (int j = 0; j < n; j++) {
            sum += Math.max(0, row[j]);
            c[j] = sum / total;
        }
        return c;
    }

    /**
     * Samples the end-of-step state of a receptor that entered state 0 at a uniform time within the step.
     *
     * @param uniform a uniform deviate in [0, 1)
     * @return the state at the end of the step
     */
    public int nextForArrival(double uniform) {
        int j = 0;
        while (uniform >= arrivalCumulative[j]) {
            j++;
        }
        return j;
    }

    /** Number of states of the chain. */
    public int size() {
        return probabilities.length;
    }

    /** Probability of moving from {@code from} to {@code to} within one step. */
    public double probability(int from, int to) {
        return probabilities[from][to];
    }

    /** Probability of being in {@code from} again at the end of the step (staying or returning). */
    public double stayProbability(int from) {
        return stayProbability[from];
    }

    /** A copy of the row of exp(Q·dt) for a starting state. */
    public double[] row(int from) {
        return probabilities[from].clone();
    }

    /**
     * Samples the state after one step by inversion of the cumulative row.
     *
     * @param from the state at the start of the step
     * @param uniform a uniform deviate in [0, 1)
     * @return the state at the end of the step
     */
    public int next(int from, double uniform) {
        double[] c = cumulative[from];
        int j = 0;
        while (uniform >= c[j]) {
            j++;
        }
        return j;
    }
}
