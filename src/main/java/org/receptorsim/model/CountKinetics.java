package org.receptorsim.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
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
 * Cost ∝ states × destinations per leap plus the binomial draws, not receptors × steps.
 */
final class CountKinetics extends TableKinetics {

    /** Receptors left in a state below which each draws its own end state from the rest of the row. */
    private static final long FEW = 4;

    private final long[] delta;
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
                for (long r = 0; r < remaining; r++) {
                    double u = random.nextDouble() * row.tailMass()[j];
                    int k = j;
                    double sum = p[k];
                    while (u >= sum && k < to.length - 1) {
                        sum += p[++k];
                    }
                    move(from, to[k], 1);
                }
                return;
            }
            long k = j == to.length - 1 ? remaining
                    : Binomial.sample(random, remaining, row.conditional()[j], row.logComplement()[j]);
            move(from, to[j], k);
            remaining -= k;
        }
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
