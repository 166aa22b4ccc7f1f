package org.receptorsim.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.receptorsim.kinetics.TransitionTable;
import org.receptorsim.kinetics.TransitionTables;

/**
 * What the two step-based engines share: the exact law of a receptor over a step or a leap of steps, a row of
 * exp(Q·Δt) (cached while the concentrations repeat, and shared between cells through {@link TransitionTables}), leaps planned at the start of a step, Poisson synthesis over
 * each step or leap with every newborn placed by the exact arrival law, and the drive of the G-protein cycle
 * interpolated linearly over a leap from its start census to its end census.
 */
abstract sealed class TableKinetics extends ReceptorKinetics permits StepKinetics, CountKinetics {

    private static final int CACHE_SIZE = 32;

    private final Map<TableKey, TransitionTable> cache = new TableCache();
    private final boolean leaps;
    private TransitionTable table;
    private double[] tableConcentrations;
    private long leapLength = 1;
    private TransitionTable leapTable;
    private long lastEnded;
    private double leapStartActive;
    private double[] leapStartCensus;
    /** True while the planned leap is simulated jump by jump instead of by its table ({@link #simulateJumps}). */
    private boolean jumpByJump;
    private final Map<TransitionTable, double[][]> pathWeights = new java.util.IdentityHashMap<>();
    private double[] jumpDrives = new double[1];

    TableKinetics(ReceptorStateSpace space, CellType cell, double dtSeconds, UniformRandomProvider random,
                  UniformRandomProvider synthesisRandom, double synthesisPerSecond, double[] activity,
                  boolean leaps) {
        super(space, cell, dtSeconds, random, synthesisRandom, synthesisPerSecond, activity);
        this.leaps = leaps;
    }

    /** Records the drive at the start (after {@link #populate}). */
    final void startDrive() {
        leapStartActive = activeReceptors();
    }

    /** Plans the leap (one step unless this engine leaps) and its law. */
    @Override
    final void beginStep(double[] concentrationsMolar, double startSeconds, double endSeconds, long constantSteps) {
        leapLength = leaps ? Math.max(1, constantSteps) : 1;
        stepStartSeconds = startSeconds;
        stepEndSeconds = startSeconds + leapLength * dtSeconds;
        jumpByJump = simulateJumps(concentrationsMolar, leapLength);
        if (jumpByJump) {
            return;
        }
        if (table == null || !Arrays.equals(concentrationsMolar, tableConcentrations)) {
            tableConcentrations = concentrationsMolar.clone();
            table = tableFor(tableConcentrations, 1);
        }
        leapTable = leapLength == 1 ? table : tableFor(tableConcentrations, leapLength);
    }

    @Override
    final long plannedSteps() {
        return leapLength;
    }

    /**
     * Whether the coming leap should be simulated jump by jump ({@link #runJumps}) rather than through its table: an
     * engine may say so when the table is not at hand and simulating is cheaper than computing it. No by default.
     */
    boolean simulateJumps(double[] concentrationsMolar, long steps) {
        return false;
    }

    /**
     * Simulates the planned leap jump by jump (synthesis included), writing each step's drive into {@code drives}.
     */
    void runJumps(double[] drives) {
        throw new IllegalStateException("no jump simulation");
    }

    /**
     * True if this cell has already used the table of {@code steps} steps at these concentrations. Only the cell's
     * own history counts, not the tables other cells have put in the shared cache: what the cell does (and so which
     * random numbers it draws) must not depend on which cells ran before it or beside it.
     */
    final boolean hasTable(double[] concentrationsMolar, long steps) {
        return cache.containsKey(new TableKey(concentrationsMolar, steps));
    }

    /** The transition table over {@code steps} steps at fixed concentrations (cached). */
    private TransitionTable tableFor(double[] concentrationsMolar, long steps) {
        double[] c = concentrationsMolar.clone();
        return cache.computeIfAbsent(new TableKey(c, steps),
                k -> TransitionTables.of(ReceptorGenerator.build(space, cell, c), dtSeconds * steps));
    }

    /** The one-step table in force over the current step. */
    final TransitionTable table() {
        return table;
    }

    /** Moves the receptors by the law of the planned leap and adds the receptors synthesized during it. */
    final void endOfStep() {
        lastEnded = leapLength;
        if (jumpByJump) {
            if (jumpDrives.length < leapLength) {
                jumpDrives = new double[(int) leapLength];
            }
            runJumps(jumpDrives);
            return;
        }
        if (leapLength > 1) {
            if (leapStartCensus == null) {
                leapStartCensus = new double[census.length];
            }
            for (int s = 0; s < census.length; s++) {
                leapStartCensus[s] = census[s];
            }
        }
        applyLeap(leapTable);
        double mean = synthesisPerSecond * dtSeconds * leapLength;
        int newborn = mean > 0 ? PoissonSampler.of(synthesisRandom, mean).sample() : 0;
        synthesized += newborn;
        addNewborns(newborn, leapTable, stepStartSeconds);
    }

    /** Moves the receptors by the law of the leap (or step) that ends now. */
    abstract void applyLeap(TransitionTable law);

    /**
     * Adds the receptors synthesized during the leap that ended, each in its end-of-leap chain state drawn from the
     * leap's arrival law ({@link TransitionTable#nextForArrival}).
     */
    abstract void addNewborns(int count, TransitionTable law, double leapStartSeconds);

    /** Steps between the points at which the mean path of R* within a leap is computed. */
    private static final int PATH_STEPS = 10;

    /**
     * The drive over the steps of the step or leap that ended. Over one step, R* at its end. Within a leap the counts
     * are known only at its ends, so the drive follows the expected path of R* given the start census, E[R*(t)] =
     * n₀·exp(Q·t)·a + λ·∫₀ᵗ e₀·exp(Q·s)·a ds (the receptors present at the start and those synthesized at rate λ
     * since, each entering state 0; computed every {@value #PATH_STEPS} steps and interpolated linearly between),
     * shifted linearly in time so that it ends at the R* actually reached (a bridge from the start to the end census):
     * transients inside a leap (a rise and fall of R* within minutes) reach the signal with their shape, not as a
     * straight line. The actual path differs from its expectation by the receptors' fluctuations, of relative size
     * about 1/sqrt(receptors).
     */
    @Override
    final void endedStepDrives(DoubleConsumer drive) {
        double end = activeReceptors();
        if (jumpByJump) {
            for (int i = 0; i < lastEnded; i++) {
                drive.accept(jumpDrives[i]);
            }
            leapStartActive = end;
            return;
        }
        if (lastEnded == 1) {
            drive.accept(end);
            leapStartActive = end;
            return;
        }
        int points = (int) ((lastEnded + PATH_STEPS - 1) / PATH_STEPS);
        if (pathWeights.size() > CACHE_SIZE) {
            pathWeights.clear();
        }
        double[][] weights = pathWeights.computeIfAbsent(leapTable, t -> pathWeights(points));
        double[] at = new double[points + 1];
        long[] step = new long[points + 1];
        at[0] = leapStartActive;
        for (int k = 1; k <= points; k++) {
            step[k] = Math.min((long) k * PATH_STEPS, lastEnded);
            double[] w = weights[k];
            int n = leapStartCensus.length;
            double mean = w[n];
            for (int s = 0; s < n; s++) {
                if (leapStartCensus[s] != 0) {
                    mean += leapStartCensus[s] * w[s];
                }
            }
            at[k] = mean;
        }
        double shift = end - at[points];
        int k = 1;
        for (long i = 1; i <= lastEnded; i++) {
            while (step[k] < i) {
                k++;
            }
            double f = (double) (i - step[k - 1]) / (step[k] - step[k - 1]);
            double value = at[k - 1] + (at[k] - at[k - 1]) * f;
            drive.accept(value + shift * i / lastEnded);
        }
        leapStartActive = end;
    }

    /**
     * For the current leap, the vectors w_k at the points t_k of the mean path (every {@value #PATH_STEPS} steps and
     * the leap's end), so that E[R*(t_k)] = n₀·w_k costs one dot product per point: the first n components are
     * exp(Q·t_k)·a, the last λ·∫₀^{t_k} e₀·exp(Q·s)·a ds, the R* expected of the receptors synthesized since the
     * start. Both follow from one stretch to the next by the exponential of the augmented generator [[Q, 0], [λ·e₀,
     * 0]]: w_k = [[exp(Q·Δ), 0], [λ·∫₀^Δ e₀·exp(Q·s) ds, 1]]·w_{k−1}. Computed once per leap table (the exponentials of
     * one generator commute, so the partial last stretch can be applied first).
     */
    private double[][] pathWeights(int points) {
        int n = activity.length;
        double[][] w = new double[points + 1][];
        w[0] = Arrays.copyOf(activity, n + 1);
        long done = 0;
        for (int k = 1; k <= points; k++) {
            long length = Math.min(PATH_STEPS, lastEnded - done);
            TransitionTable law = tableFor(tableConcentrations, length);
            double[] next = new double[n + 1];
            double[] prev = w[k - 1];
            for (int s = 0; s < n; s++) {
                double sum = 0;
                for (int t = 0; t < n; t++) {
                    sum += law.probability(s, t) * prev[t];
                }
                next[s] = sum;
            }
            double born = 0;
            if (synthesisPerSecond > 0) {
                double[] stay = law.arrivalIntegral();
                for (int t = 0; t < n; t++) {
                    born += stay[t] * prev[t];
                }
            }
            next[n] = prev[n] + synthesisPerSecond * born;
            w[k] = next;
            done += length;
        }
        return w;
    }

    /**
     * The cell's own tables, least recently used dropped beyond {@value #CACHE_SIZE}: which tables it holds decides
     * how the cell goes on, so a checkpoint saves them in their order of use.
     */
    /**
     * What a table is for: the concentrations held (molar, compared value for value) and the steps it spans. A lookup
     * wraps the caller's array without copying it; a stored key holds its own copy.
     */
    private record TableKey(double[] concentrationsMolar, long steps) implements java.io.Serializable {

        @Override
        public boolean equals(Object o) {
            return o instanceof TableKey k && steps == k.steps && Arrays.equals(concentrationsMolar,
                    k.concentrationsMolar);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(concentrationsMolar) + Long.hashCode(steps);
        }
    }

    private static final class TableCache extends LinkedHashMap<TableKey, TransitionTable> {

        private static final long serialVersionUID = 1L;

        TableCache() {
            super(16, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<TableKey, TransitionTable> eldest) {
            return size() > CACHE_SIZE;
        }
    }
}
