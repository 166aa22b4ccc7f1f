package org.receptorsim.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.receptorsim.kinetics.TransitionTable;

/**
 * What the two step-based engines share: the exact law of a receptor over a step or a leap of steps, a row of
 * exp(Q·Δt) (cached while the concentrations repeat), leaps planned at the start of a step, Poisson synthesis over
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
    private long leapRemaining;
    private long leapLength;
    private TransitionTable leapTable;
    private long lastEnded;
    private TransitionTable lastEndedTable;
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

    @Override
    final void beginStep(double[] concentrationsMolar, double startSeconds, double endSeconds, long constantSteps) {
        stepStartSeconds = startSeconds;
        stepEndSeconds = endSeconds;
        if (table == null || !Arrays.equals(concentrationsMolar, tableConcentrations)) {
            tableConcentrations = concentrationsMolar.clone();
            table = tableFor(tableConcentrations, 1);
        }
        if (leapRemaining == 0) {
            leapLength = leaps ? Math.max(1, constantSteps) : 1;
            leapRemaining = leapLength;
            leapTable = leapLength == 1 ? table : tableFor(tableConcentrations, leapLength);
        }
    }

    /** The transition table over {@code steps} steps at fixed concentrations (cached). */
    private TransitionTable tableFor(double[] concentrationsMolar, long steps) {
        double[] c = concentrationsMolar.clone();
        return cache.computeIfAbsent(Arrays.toString(c) + "x" + steps,
                k -> new TransitionTable(ReceptorGenerator.build(space, cell, c), dtSeconds * steps));
    }

    /** The one-step table in force over the current step. */
    final TransitionTable table() {
        return table;
    }

    /**
     * Counts one step off the current leap; at its last step, moves the receptors by the leap's law and adds the
     * receptors synthesized during it.
     */
    final void endOfStep() {
        leapRemaining--;
        if (leapRemaining > 0) {
            lastEnded = 0;
            return;
        }
        lastEnded = leapLength;
        lastEndedTable = leapTable;
        applyLeap(leapTable);
        double mean = synthesisPerSecond * dtSeconds * leapLength;
        int newborn = mean > 0 ? PoissonSampler.of(synthesisRandom, mean).sample() : 0;
        for (int i = 0; i < newborn; i++) {
            synthesized++;
            addNewborn(leapTable.nextForArrival(random.nextDouble()), stepEndSeconds - leapLength * dtSeconds);
        }
    }

    /** Moves the receptors by the law of the leap (or step) that ends now. */
    abstract void applyLeap(TransitionTable law);

    /** Adds a receptor synthesized during the leap that ended, in its end-of-leap chain state. */
    abstract void addNewborn(int chainState, double leapStartSeconds);

    @Override
    final long stepsEndedNow() {
        return lastEnded;
    }

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

    /** The table of the leap that ended with the current step. */
    final TransitionTable endedTable() {
        return lastEndedTable;
    }
}
