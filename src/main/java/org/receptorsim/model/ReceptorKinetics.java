package org.receptorsim.model;

import java.util.List;
import java.util.function.DoubleConsumer;
import org.apache.commons.rng.UniformRandomProvider;
import org.receptorsim.random.RandomStreams;
import sim.engine.Steppable;

/**
 * How the receptors of one cell move through their Markov chain: the census of chain-state counts, the receptors'
 * random stream, zero-order synthesis, and the bookkeeping every engine shares. Three engines follow the same exact
 * law (see {@link KineticsEngine}): {@link EventKinetics} (continuous time, one clock per receptor),
 * {@link StepKinetics} (every receptor draws its state after each step) and {@link CountKinetics} (counts only,
 * exact multinomial leaps).
 *
 * <p>The cell calls, for every step or leap: {@link #beginStep} (concentrations held over it), then the
 * {@link #stepper()} at its end, then reads the drive of the G-protein cycle over the steps that ended
 * ({@link #endedStepDrives}).
 */
abstract sealed class ReceptorKinetics implements java.io.Serializable permits EventKinetics, TableKinetics {

    private static final long serialVersionUID = 1L;

    final ReceptorStateSpace space;
    final CellType cell;
    final double dtSeconds;
    /** The receptors' stream (saved with a checkpoint as its generator state). */
    transient UniformRandomProvider random;
    /** The stream of receptor synthesis (saved as its generator state). */
    transient UniformRandomProvider synthesisRandom;
    final double synthesisPerSecond;
    /** G-protein activity of one receptor in each chain state (active-receptor equivalents). */
    final double[] activity;
    final long[] census;
    long transitions;
    long synthesized;
    long nextId;
    double stepStartSeconds;
    double stepEndSeconds;

    ReceptorKinetics(ReceptorStateSpace space, CellType cell, double dtSeconds, UniformRandomProvider random,
                     UniformRandomProvider synthesisRandom, double synthesisPerSecond, double[] activity) {
        this.space = space;
        this.cell = cell;
        this.dtSeconds = dtSeconds;
        this.random = random;
        this.synthesisRandom = synthesisRandom;
        this.synthesisPerSecond = synthesisPerSecond;
        this.activity = activity;
        this.census = new long[space.size()];
    }

    /**
     * The engine of a setup.
     *
     * @param engine which engine
     * @param random the receptors' stream
     * @param synthesisRandom the stream of receptor synthesis
     * @param synthesisPerSecond zero-order synthesis (receptors per second)
     * @param activity G-protein activity per chain state
     */
    static ReceptorKinetics of(KineticsEngine engine, ReceptorStateSpace space, CellType cell, double dtSeconds,
                               UniformRandomProvider random, UniformRandomProvider synthesisRandom,
                               double synthesisPerSecond, double[] activity) {
        return switch (engine) {
            case EVENT -> new EventKinetics(space, cell, dtSeconds, random, synthesisRandom, synthesisPerSecond,
                    activity);
            case PER_RECEPTOR -> new StepKinetics(space, cell, dtSeconds, random, synthesisRandom,
                    synthesisPerSecond, activity);
            case COHORT -> new CountKinetics(space, cell, dtSeconds, random, synthesisRandom, synthesisPerSecond,
                    activity);
        };
    }

    /**
     * Puts the cell's first receptors in place: {@code counts[s]} receptors in chain state s (those in DEGRADED are
     * only counted). Called once, before {@link #stepper()}.
     */
    abstract void populate(long[] counts);

    /** The Steppable that advances the receptors over each step (scheduled by the cell after its exposure). */
    abstract Steppable stepper();

    /**
     * Sets the concentrations held over the coming step.
     *
     * @param concentrationsMolar ligand concentrations (molar), held from {@code startSeconds} to {@code endSeconds}
     * @param endSeconds end of the step (seconds)
     * @param constantSteps steps from this one over which the concentrations are known to stay as they are, with no
     *     recording or challenge inside (an engine may take them in one leap, see {@link #plannedSteps()})
     */
    abstract void beginStep(double[] concentrationsMolar, double startSeconds, double endSeconds, long constantSteps);

    /**
     * Steps the engine will take in one go from the start set by {@link #beginStep} (a leap of the count-only engine;
     * 1 otherwise): the cell schedules its next step at their end.
     */
    abstract long plannedSteps();

    /**
     * Hands the G-protein cycle its drive (active-receptor equivalents) for each of the {@link #plannedSteps()}
     * steps that the last call of the stepper covered, in order.
     */
    abstract void endedStepDrives(DoubleConsumer drive);

    /** Moves one receptor over the current step (the per-step engine's agents call this when stepped). */
    void advance(Receptor receptor) {
        throw new IllegalStateException("receptors of the " + getClass().getSimpleName() + " are not stepped");
    }

    /** The receptor agents, degraded ones included (made from the census on demand by the count-only engine). */
    abstract List<Receptor> receptors();

    /** Active-receptor equivalents R* = Σ_states count × activity, from the census. */
    final double activeReceptors() {
        double sum = 0;
        for (int s = 0; s < activity.length; s++) {
            if (activity[s] != 0) {
                sum += activity[s] * census[s];
            }
        }
        return sum;
    }

    /** Receptor state changes so far: every jump of a receptor (event engine) or its net change over a step or leap. */
    final long transitions() {
        return transitions;
    }

    /** The work of the multinomial leaps so far ({@link LeapWork#NONE} for engines that make none). */
    LeapWork leapWork() {
        return LeapWork.NONE;
    }

    /** Receptors synthesized so far. */
    final long synthesized() {
        return synthesized;
    }

    /** The chain states of the cell. */
    final ReceptorStateSpace space() {
        return space;
    }

    /** Count of receptors in a chain state. */
    final long count(int chainState) {
        return census[chainState];
    }

    /** Cell time in seconds (end of the last step begun). */
    final double timeSeconds() {
        return stepEndSeconds;
    }

    /** Saves the random streams as their generators' states (Commons RNG's restorable state). */
    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        out.defaultWriteObject();
        out.writeObject(RandomStreams.state(random));
        out.writeObject(RandomStreams.state(synthesisRandom));
    }

    /** Restores the random streams where they stood when saved. */
    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        random = RandomStreams.restore((byte[]) in.readObject());
        synthesisRandom = RandomStreams.restore((byte[]) in.readObject());
    }
}
