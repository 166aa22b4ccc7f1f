package org.receptorsim.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.receptorsim.kinetics.Binomial;
import org.receptorsim.kinetics.TransitionTable;
import sim.engine.SimState;
import sim.engine.Sequence;
import sim.engine.Steppable;

/**
 * The exact per-step kinetics shared by all receptors of one cell: the current transition table for the step's
 * concentrations (cached while they do not change), the random stream of the receptors, the census of chain-state
 * counts, and the receptors grouped by chain state for the cohort engine. Every change of a receptor's state goes
 * through {@link #move}, which keeps the census, the groups and the receptor's own history consistent.
 */
public final class ReceptorKinetics {

    private static final int CACHE_SIZE = 32;

    private final ReceptorStateSpace space;
    private final CellType cell;
    private final double dtSeconds;
    private final UniformRandomProvider random;
    private final KineticsEngine engine;
    private final long[] census;
    private final Map<String, TransitionTable> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TransitionTable> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    private final ReceptorGroups groups;
    private TransitionTable table;
    private double[] tableConcentrations;
    private double stepEndSeconds;
    private Sequence sequence;
    private long transitions;

    ReceptorKinetics(ReceptorStateSpace space, CellType cell, double dtSeconds, UniformRandomProvider random,
                     KineticsEngine engine) {
        this.space = space;
        this.cell = cell;
        this.dtSeconds = dtSeconds;
        this.random = random;
        this.engine = engine;
        this.census = new long[space.size()];
        this.groups = engine == KineticsEngine.COHORT ? new ReceptorGroups(space.size()) : null;
    }

    /**
     * The Steppable that advances all receptors over a step: a MASON {@link Sequence} of the receptor agents
     * (per-receptor engine) or one cohort stepper.
     *
     * @param initial the receptors alive at the start
     * @return the Steppable to schedule
     */
    Steppable stepper(List<Receptor> initial) {
        if (engine == KineticsEngine.PER_RECEPTOR) {
            // MASON 18's Sequence(Collection) constructor leaves its size at 0 (nothing would be stepped): use the array
            sequence = new Sequence(initial.toArray(new Steppable[0]));
            return sequence;
        }
        for (Receptor r : initial) {
            groups.add(r);
        }
        return this::advanceCohorts;
    }

    /** Sets the concentrations (molar) held over the coming step and its end time (seconds). */
    void beginStep(double[] concentrationsMolar, double endSeconds) {
        stepEndSeconds = endSeconds;
        if (table == null || !Arrays.equals(concentrationsMolar, tableConcentrations)) {
            tableConcentrations = concentrationsMolar.clone();
            table = tableFor(tableConcentrations, 1);
        }
        if (engine == KineticsEngine.PER_RECEPTOR) {
            lastEnded = 1;
            lastEndedTable = table;
        }
    }

    /** The transition table over {@code steps} steps at fixed concentrations (cached). */
    private TransitionTable tableFor(double[] concentrationsMolar, long steps) {
        double[] c = concentrationsMolar.clone();
        return cache.computeIfAbsent(Arrays.toString(c) + "x" + steps,
                k -> new TransitionTable(ReceptorGenerator.build(space, cell, c), dtSeconds * steps));
    }

    /**
     * Cohort engine: plans long steps. Called at the start of every step with the number of steps over which the
     * rates are known to stay constant (1 = no leap); returns nothing, moves happen at the end of the leap.
     */
    void planLeap(long constantSteps) {
        if (leapRemaining == 0) {
            leapLength = Math.max(1, constantSteps);
            leapRemaining = leapLength;
            leapTable = leapLength == 1 ? null : tableFor(tableConcentrations, leapLength);
        }
    }

    /**
     * Steps covered by the leap that ended with the current step (0 if a leap is still under way). The
     * per-receptor engine ends a one-step "leap" every step.
     */
    long stepsEndedNow() {
        return lastEnded;
    }

    /** The table of the leap that ended with the current step. */
    TransitionTable endedTable() {
        return lastEndedTable;
    }

    private long leapRemaining;
    private long leapLength;
    private TransitionTable leapTable;
    private long lastEnded;
    private TransitionTable lastEndedTable;

    /** Per-receptor engine: moves one receptor by the exact law over the current step. */
    void advance(Receptor receptor) {
        int from = receptor.chainState();
        int to = table.next(from, random.nextDouble());
        if (to != from) {
            move(receptor, to, stepEndSeconds);
        }
    }

    private final List<Receptor> moving = new ArrayList<>();
    private int[] destinations = new int[64];

    /**
     * Cohort engine: for every chain state, draws how many of its receptors go to each destination (a multinomial
     * over the row of exp(Q·dt), as conditional binomials), picks that many receptors uniformly from the group,
     * and only then applies all moves, so that every receptor moves once from its start-of-step state.
     */
    private void advanceCohorts(SimState state) {
        if (leapRemaining == 0) {
            planLeap(1);
        }
        leapRemaining--;
        if (leapRemaining > 0) {
            lastEnded = 0;
            return;
        }
        TransitionTable law = leapLength == 1 ? table : leapTable;
        lastEnded = leapLength;
        lastEndedTable = law;
        moving.clear();
        int n = space.size();
        for (int s = 0; s < n; s++) {
            int size = groups.size(s);
            if (size == 0 || s == ReceptorStateSpace.DEGRADED) {
                continue;
            }
            long remaining = size;
            double mass = 1.0;
            int picked = 0;
            for (int to = 0; to < n && remaining > 0; to++) {
                if (to == s) {
                    continue;
                }
                double p = law.probability(s, to);
                if (p <= 0) {
                    continue;
                }
                long k = Binomial.sample(random, remaining, Math.min(1.0, p / mass));
                mass -= p;
                for (long i = 0; i < k; i++) {
                    Receptor r = groups.pickUniformly(s, picked, random);
                    moving.add(r);
                    if (moving.size() > destinations.length) {
                        destinations = Arrays.copyOf(destinations, destinations.length * 2);
                    }
                    destinations[moving.size() - 1] = to;
                    picked++;
                }
                remaining -= k;
                if (mass <= 0) {
                    break;
                }
            }
        }
        for (int i = 0; i < moving.size(); i++) {
            move(moving.get(i), destinations[i], stepEndSeconds);
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

    /** Moves a just-created receptor (not yet in any group) to a given chain state (building a copy of a cell). */
    void place(Receptor r, int chainState) {
        if (chainState != ReceptorStateSpace.FREE) {
            census[ReceptorStateSpace.FREE]--;
            census[chainState]++;
            r.moveTo(chainState, 0.0);
        }
    }

    /**
     * Registers a receptor synthesized during the step (or leap) that just ended: it appeared, free and resting, at a
     * uniform time within it, so its state at the end is drawn from the exact arrival law of that step or leap. The receptor joins
     * the stepping population unless it was already degraded.
     *
     * @param id identity
     * @param stepStartSeconds start of the step (its birth time is taken as the step's start)
     * @return the receptor, in its end-of-step state
     */
    Receptor synthesize(long id, double stepStartSeconds) {
        Receptor r = create(id, stepStartSeconds);
        place(r, lastEndedTable.nextForArrival(random.nextDouble()));
        if (r.chainState() != ReceptorStateSpace.DEGRADED) {
            if (groups != null) {
                groups.add(r);
            } else {
                sequence.addSteppable(r);
            }
        }
        return r;
    }

    private void move(Receptor receptor, int to, double timeSeconds) {
        transitions++;
        int from = receptor.chainState();
        census[from]--;
        census[to]++;
        if (groups != null) {
            groups.remove(receptor);
        }
        receptor.moveTo(to, timeSeconds);
        if (to == ReceptorStateSpace.DEGRADED) {
            if (sequence != null) {
                sequence.removeSteppable(receptor);
            }
        } else if (groups != null) {
            groups.add(receptor);
        }
    }

    /** Number of receptor state changes so far (each receptor's net change over a step counts once). */
    public long transitions() {
        return transitions;
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
