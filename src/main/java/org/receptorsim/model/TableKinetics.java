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

    private final Map<String, TransitionTable> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TransitionTable> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    private final boolean leaps;
    private TransitionTable table;
    private double[] tableConcentrations;
    private long leapLength = 1;
    private TransitionTable leapTable;
    private long lastEnded;
    private double leapStartActive;

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

    /** The transition table over {@code steps} steps at fixed concentrations (cached). */
    private TransitionTable tableFor(double[] concentrationsMolar, long steps) {
        double[] c = concentrationsMolar.clone();
        return cache.computeIfAbsent(Arrays.toString(c) + "x" + steps,
                k -> TransitionTables.of(ReceptorGenerator.build(space, cell, c), dtSeconds * steps));
    }

    /** The one-step table in force over the current step. */
    final TransitionTable table() {
        return table;
    }

    /** Moves the receptors by the law of the planned leap and adds the receptors synthesized during it. */
    final void endOfStep() {
        lastEnded = leapLength;
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

    @Override
    final void endedStepDrives(DoubleConsumer drive) {
        double end = activeReceptors();
        for (long i = 1; i <= lastEnded; i++) {
            drive.accept(leapStartActive + (end - leapStartActive) * i / lastEnded);
        }
        if (lastEnded > 0) {
            leapStartActive = end;
        }
    }
}
