package org.receptorsim.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.receptorsim.kinetics.Binomial;
import org.receptorsim.kinetics.TransitionTable;
import sim.engine.Steppable;

/**
 * The count-only engine: the receptors are held as counts per chain state and advanced by the exact multinomial law
 * over each stretch of constant rates (up to the recording interval): for every chain state, how many of its
 * receptors end in each other state is drawn from the row of exp(Q·Δt) as conditional binomials. No receptor object
 * is touched. The outcomes are taken most probable first (staying included), and the last few receptors of a state
 * draw their end states one by one from the rest of the row: the same law with far fewer draws. Agents are made from the census (same law, no individual history) only
 * when a viewer asks for them.
 * Cost ∝ states × destinations per leap plus the binomial draws, not receptors × steps. Where a leap's table is
 * not at hand (new concentrations at every step, as under pharmacokinetics) and few jumps are expected, the leap is
 * simulated jump by jump on the counts instead (Gillespie's direct method), which is exact too and cheaper than a
 * matrix exponential.
 */
final class CountKinetics extends TableKinetics {

    /** Receptors left in a state below which each draws its own end state from the rest of the row. */
    private static final long FEW = 4;

    private final long[] delta;
    /** End-state positions taken by the receptors placed one by one from the current state (distinct ones are flows). */
    private final int[] placed = new int[(int) FEW];
    private long leaps;
    private long binomialDraws;
    private long singlePlacements;
    private long flows;
    private double[][] generator;
    private transient ContinuousSampler exponential;
    private List<Receptor> materialized;
    private long materializedAtTransitions = -1;
    private double materializedAtSeconds = Double.NaN;

    CountKinetics(ReceptorStateSpace space, CellType cell, double dtSeconds, UniformRandomProvider random,
                  UniformRandomProvider synthesisRandom, double synthesisPerSecond, double[] activity) {
        super(space, cell, dtSeconds, random, synthesisRandom, synthesisPerSecond, activity, true);
        this.delta = new long[space.size()];
    }

    @Override
    void populate(long[] counts) {
        System.arraycopy(counts, 0, census, 0, counts.length);
        startDrive();
    }

    @Override
    Steppable stepper() {
        return state -> endOfStep();
    }

    @Override
    void applyLeap(TransitionTable law) {
        leaps++;
        int n = census.length;
        for (int s = 0; s < n; s++) {
            if (census[s] > 0 && s != ReceptorStateSpace.DEGRADED) {
                distribute(s, census[s], law.multinomial(s));
            }
        }
        for (int s = 0; s < n; s++) {
            census[s] += delta[s];
            delta[s] = 0;
        }
    }

    /**
     * Draws where {@code count} receptors starting in state {@code from} end (-1: newborns, counted in nowhere yet)
     * by the multinomial law of a row, into {@link #delta}.
     */
    private void distribute(int from, long count, TransitionTable.Multinomial row) {
        int[] to = row.outcomes();
        long remaining = count;
        for (int j = 0; j < to.length && remaining > 0; j++) {
            if (remaining <= FEW && to.length - j > remaining) {
                // the last few receptors each draw their end state from the rest of the row
                double[] p = row.probability();
                for (int r = 0; r < remaining; r++) {
                    double u = random.nextDouble() * row.tailMass()[j];
                    int k = j;
                    double sum = p[k];
                    while (u >= sum && k < to.length - 1) {
                        sum += p[++k];
                    }
                    move(from, to[k], 1);
                    placed[r] = k;
                    flows += isNew(k, r) ? 1 : 0;
                }
                singlePlacements += remaining;
                return;
            }
            long k;
            if (j == to.length - 1) {
                k = remaining;
            } else {
                k = Binomial.sample(random, remaining, row.conditional()[j], row.logConditional()[j],
                        row.logComplement()[j]);
                binomialDraws++;
            }
            flows += k > 0 ? 1 : 0;
            move(from, to[j], k);
            remaining -= k;
        }
    }

    /** Whether end-state position k is not among the first {@code count} placements of this state. */
    private boolean isNew(int k, int count) {
        for (int i = 0; i < count; i++) {
            if (placed[i] == k) {
                return false;
            }
        }
        return true;
    }

    @Override
    LeapWork leapWork() {
        return new LeapWork(leaps, binomialDraws, singlePlacements, flows);
    }

    private void move(int from, int to, long k) {
        if (k > 0 && to != from) {
            if (from >= 0) {
                delta[from] -= k;
                transitions += k;
            }
            delta[to] += k;
        }
    }

    /**
     * Simulates a leap jump by jump when its table is not at hand (the concentrations are new, as under
     * pharmacokinetics) and the expected jumps, Σ n_s·λ_s·Δt, cost less than the matrix exponential would (about
     * states³/10 jumps).
     */
    @Override
    boolean simulateJumps(double[] concentrationsMolar, long steps) {
        if (hasTable(concentrationsMolar, steps)) {
            return false;
        }
        double[][] q = ReceptorGenerator.build(space, cell, concentrationsMolar);
        double seconds = steps * dtSeconds;
        double jumps = synthesisPerSecond * seconds;
        for (int s = 0; s < census.length; s++) {
            jumps -= census[s] * q[s][s] * seconds;
        }
        double states = census.length;
        if (jumps > states * states * states / 10) {
            return false;
        }
        generator = q;
        return true;
    }

    /**
     * The direct method of Gillespie on the counts (exact for constant rates): the next jump of any receptor after an
     * exponential time of rate Σ n_s·λ_s + synthesis, its state in proportion to n_s·λ_s and its destination in
     * proportion to the rates; R* integrated exactly over each step.
     */
    @Override
    void runJumps(double[] drives) {
        double[][] q = generator;
        int n = census.length;
        double[] exit = new double[n];
        for (int s = 0; s < n; s++) {
            exit[s] = s == ReceptorStateSpace.DEGRADED ? 0 : -q[s][s];
        }
        if (exponential == null) {
            exponential = ZigguratSampler.Exponential.of(random);
        }
        double dt = dtSeconds;
        long steps = plannedSteps();
        double t = stepStartSeconds;
        double active = activeReceptors();
        double area = 0;
        int k = 0;
        double boundary = stepStartSeconds + dt;
        double total = totalRate(exit);
        while (true) {
            double next = total > 0 ? t + exponential.sample() / total : Double.POSITIVE_INFINITY;
            while (k < steps && next >= boundary) {
                area += active * (boundary - t);
                drives[k++] = area / dt;
                area = 0;
                t = boundary;
                boundary = stepStartSeconds + (k + 1) * dt;
                total = totalRate(exit);
            }
            if (k >= steps) {
                return;
            }
            area += active * (next - t);
            t = next;
            double u = random.nextDouble() * total;
            int from = ReceptorStateSpace.FREE;
            int to = ReceptorStateSpace.FREE;
            if (u < synthesisPerSecond) {
                synthesized++;
                from = -1;
            } else {
                u -= synthesisPerSecond;
                from = n - 1;
                for (int s = 0; s < n; s++) {
                    double a = census[s] * exit[s];
                    if (u < a) {
                        from = s;
                        break;
                    }
                    u -= a;
                }
                if (census[from] == 0 || exit[from] == 0) {
                    total = totalRate(exit); // rounding ran past the last state: draw again
                    continue;
                }
                double v = random.nextDouble() * exit[from];
                to = -1;
                for (int s = 0; s < n && to < 0; s++) {
                    if (s != from && q[from][s] > 0) {
                        if (v < q[from][s]) {
                            to = s;
                        }
                        v -= q[from][s];
                    }
                }
                if (to < 0) {
                    for (int s = n - 1; s >= 0 && to < 0; s--) {
                        to = s != from && q[from][s] > 0 ? s : -1;
                    }
                }
                census[from]--;
                transitions++;
                total -= exit[from];
                active -= activity[from];
            }
            census[to]++;
            total += exit[to];
            active += activity[to];
        }
    }

    private double totalRate(double[] exit) {
        double total = synthesisPerSecond;
        for (int s = 0; s < census.length; s++) {
            total += census[s] * exit[s];
        }
        return total;
    }

    @Override
    void addNewborns(int count, TransitionTable law, double leapStartSeconds) {
        if (count > 0) {
            distribute(-1, count, law.arrivalMultinomial());
            for (int s = 0; s < census.length; s++) {
                census[s] += delta[s];
                delta[s] = 0;
            }
        }
    }

    /**
     * Agents made from the census, in chain-state order, numbered from 0 (the count-only engine keeps no identities
     * or histories: births and last transitions read as the current time). Remade only when the census has changed.
     */
    @Override
    List<Receptor> receptors() {
        if (materialized == null || materializedAtTransitions != transitions + synthesized
                || materializedAtSeconds != stepEndSeconds) {
            List<Receptor> list = new ArrayList<>();
            long id = 0;
            for (int s = 0; s < census.length; s++) {
                for (long i = 0; i < census[s]; i++) {
                    Receptor r = new Receptor(id++, stepEndSeconds, this, list.size());
                    r.place(s);
                    list.add(r);
                }
            }
            materialized = Collections.unmodifiableList(list);
            materializedAtTransitions = transitions + synthesized;
            materializedAtSeconds = stepEndSeconds;
        }
        return materialized;
    }
}
