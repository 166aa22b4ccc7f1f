package org.receptorsim.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.receptorsim.kinetics.TransitionTable;
import sim.engine.Sequence;

/**
 * The exact per-step kinetics shared by all receptors of one cell: the current transition table for the step's
 * concentrations (cached while they do not change), the random stream of the receptors, and the census of
 * chain-state counts kept up to date as receptors move.
 */
public final class ReceptorKinetics {

    private static final int CACHE_SIZE = 32;

    private final ReceptorStateSpace space;
    private final CellType cell;
    private final double dtSeconds;
    private final UniformRandomProvider random;
    private final long[] census;
    private final Map<String, TransitionTable> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TransitionTable> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    private TransitionTable table;
    private double[] tableConcentrations;
    private double stepEndSeconds;
    private Sequence population;

    ReceptorKinetics(ReceptorStateSpace space, CellType cell, double dtSeconds, UniformRandomProvider random) {
        this.space = space;
        this.cell = cell;
        this.dtSeconds = dtSeconds;
        this.random = random;
        this.census = new long[space.size()];
    }

    void attach(Sequence receptors) {
        this.population = receptors;
    }

    /** Sets the concentrations (molar) held over the coming step and its end time (seconds). */
    void beginStep(double[] concentrationsMolar, double endSeconds) {
        stepEndSeconds = endSeconds;
        if (table != null && Arrays.equals(concentrationsMolar, tableConcentrations)) {
            return;
        }
        tableConcentrations = concentrationsMolar.clone();
        table = cache.computeIfAbsent(Arrays.toString(tableConcentrations),
                k -> new TransitionTable(ReceptorGenerator.build(space, cell, tableConcentrations), dtSeconds));
    }

    /** Moves one receptor by the exact law over the current step. */
    void advance(Receptor receptor) {
        int from = receptor.chainState();
        int to = table.next(from, random.nextDouble());
        if (to != from) {
            census[from]--;
            census[to]++;
            receptor.moveTo(to, stepEndSeconds);
            if (to == ReceptorStateSpace.DEGRADED) {
                population.removeSteppable(receptor);
            }
        }
    }

    /** Registers a new receptor (initial or synthesized) in the free resting state. */
    Receptor create(long id, double birthSeconds) {
        census[ReceptorStateSpace.FREE]++;
        return new Receptor(id, birthSeconds, this);
    }

    /** Counts receptors degraded before this cell was copied (no agents are made for them). */
    void countDegraded(long n) {
        census[ReceptorStateSpace.DEGRADED] += n;
    }

    /** Moves a just-created receptor to a given chain state (building a copy of a cell). */
    void place(Receptor r, int chainState) {
        if (chainState != ReceptorStateSpace.FREE) {
            census[ReceptorStateSpace.FREE]--;
            census[chainState]++;
            r.moveTo(chainState, 0.0);
        }
    }

    /**
     * Registers a receptor synthesized during the current step: it appeared, free and resting, at a uniform time
     * within the step, so its state at the end of the step is drawn from the exact arrival law.
     *
     * @param id identity
     * @param stepStartSeconds start of the step (its birth time is taken as the step's start)
     * @return the receptor, already moved to its end-of-step state (possibly degraded)
     */
    Receptor synthesize(long id, double stepStartSeconds) {
        Receptor r = create(id, stepStartSeconds);
        int to = table.nextForArrival(random.nextDouble());
        if (to != ReceptorStateSpace.FREE) {
            census[ReceptorStateSpace.FREE]--;
            census[to]++;
            r.moveTo(to, stepEndSeconds);
        }
        return r;
    }

    /** The chain states of the cell. */
    public ReceptorStateSpace space() {
        return space;
    }

    /** Count of receptors in a chain state. */
    public long count(int chainState) {
        return census[chainState];
    }

    /** Cell time in seconds (end of the last step begun). */
    public double timeSeconds() {
        return stepEndSeconds;
    }

    /** The transition table in force over the current step. */
    public TransitionTable table() {
        return table;
    }
}
