package org.receptorsim.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.receptorsim.kinetics.StepBuckets;
import org.receptorsim.pharmacology.Ligand;
import sim.engine.Steppable;

/**
 * The event-driven engine: receptors move in continuous time, each at its own next transition time.
 *
 * <p>Each receptor holds one clock: its next transition time, an exponential deviate of its state's total exit rate
 * λ_s (ligand binding included, at the concentrations held over the step), and when the clock fires the destination
 * is drawn in proportion to the rates. Within a step the concentrations are constant, so the receptors are
 * independent Markov chains: the engine takes the receptors whose clocks fall within the step (a calendar queue of
 * steps, {@link StepBuckets}), follows each one's jumps to the end of the step and files its next clock, with no
 * global ordering of events (none is needed for the law). Synthesis is a Poisson process: the step's newborns appear
 * at uniform times within it and are followed from birth. At a change of concentration only the receptors without a
 * ligand at the surface (whose binding rate changed) have their clocks rescaled, remaining time × λ_old / λ_new
 * (exact by memorylessness, no new random number). The cost is proportional to the transitions plus, per change of
 * concentration, the receptors free to bind; it does not depend on dt.
 *
 * <p>The G-protein cycle's drive over the step is the exact time average of the active-receptor equivalents R*(t),
 * a step function between events; see {@link CellSimulation} for the error bound of the signal on the step grid.
 */
final class EventKinetics extends ReceptorKinetics {

    /** Steps covered by the calendar ring; clocks further ahead wait in its overflow list. */
    private static final int HORIZON_STEPS = 4096;

    private final StepBuckets queue;
    private transient ContinuousSampler exponential;
    private transient DiscreteSampler births;
    private final List<Receptor> receptors = new ArrayList<>();
    private double[] nextTime = new double[64];
    /** Exit rate of each chain state without binding (per second), its destinations and their cumulative rates. */
    private final double[] ownRate;
    private final int[][] destinations;
    private final double[][] cumulativeRate;
    /** Surface states without a ligand: free to bind. */
    private final boolean[] free;
    /** State reached from a free state by binding ligand i. */
    private final int[][] bindTarget;
    private final double[] association;
    private final boolean[] binds;
    private final double[] bindRate;
    private double bindTotal;
    private Receptor[] group = new Receptor[64];
    private int groupSize;
    private int[] due = new int[64];
    private final int[] dueCount = new int[1];
    private long stepIndex = -1;
    private double active;
    private double endedDrive;

    EventKinetics(ReceptorStateSpace space, CellType cell, double dtSeconds, UniformRandomProvider random,
                  UniformRandomProvider synthesisRandom, double synthesisPerSecond, double[] activity) {
        super(space, cell, dtSeconds, random, synthesisRandom, synthesisPerSecond, activity);
        int n = space.size();
        this.queue = new StepBuckets(HORIZON_STEPS, cell.receptorCount());
        samplers();
        double[][] q = ReceptorGenerator.build(space, cell, new double[space.ligandCount()]);
        this.ownRate = new double[n];
        this.destinations = new int[n][];
        this.cumulativeRate = new double[n][];
        for (int s = 0; s < n; s++) {
            int[] to = new int[n];
            double[] c = new double[n];
            int k = 0;
            double sum = 0;
            for (int t = 0; t < n; t++) {
                if (t != s && q[s][t] > 0) {
                    sum += q[s][t];
                    to[k] = t;
                    c[k++] = sum;
                }
            }
            ownRate[s] = sum;
            destinations[s] = Arrays.copyOf(to, k);
            cumulativeRate[s] = Arrays.copyOf(c, k);
        }
        List<Ligand> ligands = space.ligands();
        this.free = new boolean[n];
        this.bindTarget = new int[n][ligands.size()];
        for (int s = 0; s < n; s++) {
            if (space.atSurface(s) && space.ligandSlot(s) == 0) {
                free[s] = true;
                for (int i = 0; i < ligands.size(); i++) {
                    bindTarget[s][i] = space.surface(i + 1, space.phosphates(s), space.arrestin(s),
                            space.desensitized(s));
                }
            }
        }
        this.association = new double[ligands.size()];
        this.binds = new boolean[ligands.size()];
        for (int i = 0; i < ligands.size(); i++) {
            association[i] = ligands.get(i).associationPerMolarPerSecond();
            binds[i] = !ligands.get(i).releasesTransmitter();
        }
        this.bindRate = new double[ligands.size()];
    }

    @Override
    void populate(long[] counts) {
        census[ReceptorStateSpace.DEGRADED] += counts[ReceptorStateSpace.DEGRADED];
        for (int s = 0; s < counts.length; s++) {
            if (s == ReceptorStateSpace.DEGRADED) {
                continue;
            }
            for (long i = 0; i < counts[s]; i++) {
                Receptor r = newReceptor(0.0);
                r.place(s);
                census[s]++;
                if (free[s]) {
                    join(r);
                }
                file(r, 0.0);
            }
        }
        active = activeReceptors();
    }

    private Receptor newReceptor(double birthSeconds) {
        Receptor r = new Receptor(nextId++, birthSeconds, this, receptors.size());
        receptors.add(r);
        if (r.handle >= nextTime.length) {
            nextTime = Arrays.copyOf(nextTime, nextTime.length * 2);
        }
        nextTime[r.handle] = Double.POSITIVE_INFINITY;
        return r;
    }

    @Override
    Steppable stepper() {
        return state -> runStep();
    }

    @Override
    void beginStep(double[] concentrationsMolar, double startSeconds, double endSeconds, long constantSteps) {
        stepStartSeconds = startSeconds;
        stepEndSeconds = endSeconds;
        stepIndex = Math.round(startSeconds / dtSeconds);
        double total = 0;
        for (int i = 0; i < bindRate.length; i++) {
            bindRate[i] = binds[i] ? association[i] * concentrationsMolar[i] : 0;
            total += bindRate[i];
        }
        if (total != bindTotal) {
            double old = bindTotal;
            bindTotal = total;
            rescaleFreeClocks(startSeconds, old);
        }
    }

    /**
     * After a change of the binding rate from {@code oldTotal}: the clocks of receptors free to bind run at a new
     * total rate; each remaining time is scaled by old rate / new rate (drawn afresh if there was no clock).
     */
    private void rescaleFreeClocks(double t, double oldTotal) {
        for (int i = 0; i < groupSize; i++) {
            Receptor r = group[i];
            int s = r.chainState();
            double oldRate = ownRate[s] + oldTotal;
            double newRate = ownRate[s] + bindTotal;
            double next = nextTime[r.handle];
            if (newRate <= 0) {
                next = Double.POSITIVE_INFINITY;
            } else if (oldRate > 0 && next < Double.POSITIVE_INFINITY) {
                next = t + (next - t) * (oldRate / newRate);
            } else {
                next = t + exponential.sample() / newRate;
            }
            schedule(r, next);
        }
    }

    /**
     * Takes the receptors whose clocks fall within the step, follows each one's jumps to the end of the step and files
     * its next clock; adds the step's newborns; the drive is the exact time average of R* over the step.
     */
    private void runStep() {
        double start = stepStartSeconds;
        double end = stepEndSeconds;
        double area = active * (end - start);
        due = queue.take(stepIndex, due, dueCount);
        int n = dueCount[0];
        for (int i = 0; i < n; i++) {
            area += follow(receptors.get(due[i]), end);
        }
        int born = births.sample();
        for (int b = 0; b < born; b++) {
            double t = start + synthesisRandom.nextDouble() * (end - start);
            Receptor r = newReceptor(t);
            census[ReceptorStateSpace.FREE]++;
            synthesized++;
            double a = activity[ReceptorStateSpace.FREE];
            active += a;
            area += a * (end - t);
            join(r);
            file(r, t);
            if (nextTime[r.handle] < end) {
                queue.remove(r.handle);
                area += follow(r, end);
            }
        }
        endedDrive = area / (end - start);
    }

    /**
     * Fires a receptor's clock and its later clocks up to {@code end}, files the next one, and returns the change
     * to the step's ∫R* dt that its jumps make.
     */
    private double follow(Receptor r, double end) {
        double t = nextTime[r.handle];
        double area = 0;
        while (t < end) {
            int from = r.chainState();
            int to = destination(from);
            transitions++;
            census[from]--;
            census[to]++;
            double change = activity[to] - activity[from];
            active += change;
            area += change * (end - t);
            r.moveTo(to, t);
            if (free[from] != free[to]) {
                if (free[to]) {
                    join(r);
                } else {
                    leave(r);
                }
            }
            double rate = exitRate(to);
            t = rate > 0 ? t + exponential.sample() / rate : Double.POSITIVE_INFINITY;
        }
        schedule(r, t);
        return area;
    }

    /** Draws where a receptor in state s goes when its clock fires, in proportion to the rates. */
    private int destination(int s) {
        double u = random.nextDouble() * exitRate(s);
        double[] c = cumulativeRate[s];
        for (int j = 0; j < c.length; j++) {
            if (u < c[j]) {
                return destinations[s][j];
            }
        }
        if (!free[s] || bindTotal <= 0) {
            return destinations[s][c.length - 1];
        }
        double sum = ownRate[s];
        int last = bindRate.length - 1;
        for (int i = 0; i < last; i++) {
            sum += bindRate[i];
            if (u < sum) {
                return bindTarget[s][i];
            }
        }
        return bindTarget[s][last];
    }

    private double exitRate(int s) {
        return free[s] ? ownRate[s] + bindTotal : ownRate[s];
    }

    /** Draws a receptor's clock from time t for its current state and files it. */
    private void file(Receptor r, double t) {
        double rate = exitRate(r.chainState());
        schedule(r, rate > 0 ? t + exponential.sample() / rate : Double.POSITIVE_INFINITY);
    }

    private void schedule(Receptor r, double time) {
        nextTime[r.handle] = time;
        if (time == Double.POSITIVE_INFINITY) {
            queue.remove(r.handle);
        } else {
            queue.put(r.handle, (long) Math.floor(time / dtSeconds));
        }
    }

    private void join(Receptor r) {
        if (groupSize == group.length) {
            group = Arrays.copyOf(group, group.length * 2);
        }
        group[groupSize] = r;
        r.groupPosition = groupSize++;
    }

    private void leave(Receptor r) {
        Receptor last = group[--groupSize];
        group[r.groupPosition] = last;
        last.groupPosition = r.groupPosition;
        group[groupSize] = null;
        r.groupPosition = -1;
    }

    @Override
    long plannedSteps() {
        return 1;
    }

    @Override
    void endedStepDrives(DoubleConsumer drive) {
        drive.accept(endedDrive);
    }

    @Override
    List<Receptor> receptors() {
        return Collections.unmodifiableList(receptors);
    }

    /** The samplers on the cell's streams (made again when a cell is read back from a checkpoint). */
    private void samplers() {
        exponential = ZigguratSampler.Exponential.of(random);
        double birthsPerStep = synthesisPerSecond * dtSeconds;
        births = birthsPerStep > 0 ? PoissonSampler.of(synthesisRandom, birthsPerStep) : () -> 0;
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        samplers();
    }
}
