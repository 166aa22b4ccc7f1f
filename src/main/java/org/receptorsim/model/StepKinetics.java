package org.receptorsim.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.receptorsim.kinetics.TransitionTable;
import sim.engine.Sequence;
import sim.engine.Steppable;

/**
 * The per-step reference engine: the receptor agents form a MASON {@link Sequence}; every step each draws its
 * state at the end of the step from its row of exp(Q·dt). Cost ∝ receptors × steps, whatever happens; kept as the
 * reference the other engines are tested against.
 *
 * <p>The Sequence is built from an array (MASON 18's Collection constructor leaves it empty); degraded receptors are
 * removed from it, which costs a scan only in steps where one is degraded.
 */
final class StepKinetics extends TableKinetics {

    private final List<Receptor> receptors = new ArrayList<>();
    private Sequence sequence;

    StepKinetics(ReceptorStateSpace space, CellType cell, double dtSeconds, UniformRandomProvider random,
                 UniformRandomProvider synthesisRandom, double synthesisPerSecond, double[] activity) {
        super(space, cell, dtSeconds, random, synthesisRandom, synthesisPerSecond, activity, false);
    }

    @Override
    void populate(long[] counts) {
        census[ReceptorStateSpace.DEGRADED] += counts[ReceptorStateSpace.DEGRADED];
        List<Steppable> living = new ArrayList<>();
        for (int s = 0; s < counts.length; s++) {
            if (s == ReceptorStateSpace.DEGRADED) {
                continue;
            }
            for (long i = 0; i < counts[s]; i++) {
                Receptor r = new Receptor(nextId++, 0.0, this, receptors.size());
                receptors.add(r);
                census[s]++;
                r.place(s);
                living.add(r);
            }
        }
        sequence = new Sequence(living.toArray(new Steppable[0]));
        startDrive();
    }

    @Override
    Steppable stepper() {
        return state -> {
            sequence.step(state);
            endOfStep();
        };
    }

    @Override
    void advance(Receptor receptor) {
        int from = receptor.chainState();
        int to = table().next(from, random.nextDouble());
        if (to != from) {
            transitions++;
            census[from]--;
            census[to]++;
            receptor.moveTo(to, stepEndSeconds);
            if (to == ReceptorStateSpace.DEGRADED) {
                sequence.removeSteppable(receptor);
            }
        }
    }

    @Override
    void applyLeap(TransitionTable law) {
        // the Sequence has moved every receptor already
    }

    @Override
    void addNewborns(int count, TransitionTable law, double leapStartSeconds) {
        for (int i = 0; i < count; i++) {
            addNewborn(law.nextForArrival(random.nextDouble()), leapStartSeconds);
        }
    }

    private void addNewborn(int chainState, double leapStartSeconds) {
        Receptor r = new Receptor(nextId++, leapStartSeconds, this, receptors.size());
        receptors.add(r);
        census[chainState]++;
        r.place(chainState);
        if (chainState != ReceptorStateSpace.DEGRADED) {
            sequence.addSteppable(r);
        }
    }

    @Override
    List<Receptor> receptors() {
        return Collections.unmodifiableList(receptors);
    }
}
