package org.receptorsim.kinetics;

/**
 * The exact per-step law of one receptor: for each starting state, the cumulative distribution of its state after
 * one time step (a row of exp(Q·dt)). Immutable once built; shared by every receptor of a cell.
 */
public final class TransitionTable implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final double[][] probabilities;
    private final double[][] cumulative;
    private final double[] stayProbability;
    private final double[][] generator;
    private final double stepSeconds;
    // derived on first use (not saved with a checkpoint: recomputed to the same values)
    private transient volatile double[] arrivalRow;
    private transient volatile double[] arrivalCumulative;
    private transient volatile Multinomial arrivalMultinomial;
    private transient volatile Multinomial[] multinomials;

    /**
     * A row of the table as a chain of conditional binomials over its outcomes (staying included), most probable
     * first, so that the receptors are used up after the first few outcomes: outcome j's probability given that none
     * of the earlier ones was taken, p_j / (1 − Σ_{i<j} p_i) (capped at 1), its log and log(1 − it) for
     * {@link Binomial#sample(UniformRandomProvider, long, double, double, double)}, and the tail masses Σ_{i≥j} p_i for
     * drawing the last few receptors one by one.
     *
     * @param outcomes end states with positive probability, most probable first
     * @param probability their probabilities
     * @param conditional conditional probabilities
     * @param logConditional log(conditional)
     * @param logComplement log(1 − conditional)
     * @param tailMass Σ_{i≥j} probability_i
     */
    public record Multinomial(int[] outcomes, double[] probability, double[] conditional, double[] logConditional,
                              double[] logComplement, double[] tailMass) {
    }

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
        this.generator = generator;
        this.stepSeconds = stepSeconds;
    }

    /**
     * Row 0 of ∫₀^Δ exp(Q·s) ds, in seconds: the expected time that a receptor entering state 0 at the start of the
     * step spends in each state during it (the row sums to Δ). Divided by Δ it is the law at the end of the step of a
     * receptor that arrives in state 0 at a uniformly distributed time within it (a Poisson arrival). From the
     * exponential of the augmented matrix [[Q, I], [0, 0]]·Δ, whose upper-right block is that integral; computed on
     * first use (most tables of a count-only run never place a newborn). Do not modify.
     */
    public double[] arrivalIntegral() {
        double[] row = arrivalRow;
        if (row == null) {
            row = arrivalRow(generator, stepSeconds, probabilities.length);
            arrivalRow = row;
        }
        return row;
    }

    private double[] arrivalCumulative() {
        double[] c = arrivalCumulative;
        if (c == null) {
            c = normalizedCumulative(arrivalIntegral());
            arrivalCumulative = c;
        }
        return c;
    }

    private static double[] arrivalRow(double[][] generator, double stepSeconds, int n) {
        double[][] augmented = new double[2 * n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(generator[i], 0, augmented[i], 0, n);
            augmented[i][n + i] = 1.0;
        }
        double[][] e = MatrixExponential.exponential(augmented, stepSeconds);
        double[] row = new double[n];
        System.arraycopy(e[0], n, row, 0, n);
        return row;
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
        double[] c = arrivalCumulative();
        while (uniform >= c[j]) {
            j++;
        }
        return j;
    }

    /**
     * The row of a starting state as conditional binomials (computed once per table, on first use): a
     * multinomial draw of where n receptors go is n₁ ~ Bin(n, c₁), n₂ ~ Bin(n − n₁, c₂), …, the last outcome taking
     * what remains.
     */
    public Multinomial multinomial(int from) {
        Multinomial[] m = multinomials;
        if (m == null) {
            int n = probabilities.length;
            m = new Multinomial[n];
            for (int s = 0; s < n; s++) {
                m[s] = chain(probabilities[s]);
            }
            multinomials = m;
        }
        return m[from];
    }

    /** The arrival law ({@link #nextForArrival}) as conditional binomials, for placing many newborns at once. */
    public Multinomial arrivalMultinomial() {
        Multinomial m = arrivalMultinomial;
        if (m == null) {
            m = chain(arrivalIntegral());
            arrivalMultinomial = m;
        }
        return m;
    }

    private static Multinomial chain(double[] row) {
        int n = row.length;
        Integer[] order = java.util.stream.IntStream.range(0, n).filter(t -> row[t] > 0).boxed()
                .toArray(Integer[]::new);
        java.util.Arrays.sort(order, (x, y) -> row[x] != row[y] ? Double.compare(row[y], row[x])
                : Integer.compare(x, y));
        int k = order.length;
        int[] to = new int[k];
        double[] p = new double[k];
        double[] c = new double[k];
        double[] lc = new double[k];
        double[] lp = new double[k];
        double[] tail = new double[k];
        double total = 0;
        for (int j = 0; j < k; j++) {
            to[j] = order[j];
            p[j] = row[order[j]];
            total += p[j];
        }
        double mass = total;
        for (int j = 0; j < k; j++) {
            tail[j] = mass;
            double q = j == k - 1 ? 1.0 : Math.min(1.0, p[j] / mass);
            c[j] = q;
            lc[j] = q < 1 ? Math.log1p(-q) : Double.NEGATIVE_INFINITY;
            lp[j] = Math.log(q);
            mass -= p[j];
        }
        return new Multinomial(to, p, c, lp, lc, tail);
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
