package org.receptorsim.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.random.RandomStreams;
import org.receptorsim.signaling.GProteinTransducer;
import org.receptorsim.signaling.SignalCascade;
import sim.engine.Schedule;
import sim.engine.Sequence;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One simulated cell as a MASON {@link SimState}. The schedule steps every dt seconds in a fixed order:
 * exposure (concentrations for the step) → receptors (a MASON {@link Sequence} of receptor agents) → synthesis
 * (Poisson number of new receptors, each placed in its exact end-of-step state) → signal → recorder. Schedule time
 * is the end of the step in seconds.
 *
 * <p>Receptors are conditionally independent within a step (rates are fixed over it), so the order in which the
 * Sequence steps them does not change the law; they draw from one named stream, so results depend only on the
 * seed. Knows nothing of any GUI.
 */
public final class CellSimulation extends SimState {

    private static final long serialVersionUID = 1L;

    /** Schedule orderings within one step. */
    static final int ORDER_EXPOSURE = 0;
    static final int ORDER_RECEPTORS = 1;
    static final int ORDER_SYNTHESIS = 2;
    static final int ORDER_SIGNAL = 3;
    static final int ORDER_RECORDER = 4;

    private final CellSetup setup;
    private final transient RandomStreams streams;
    private final long replicate;
    private final String streamPrefix;
    private final ReceptorStateSpace space;

    private transient ReceptorKinetics kinetics;
    private transient SignalCascade signal;
    private transient DiscreteSampler synthesis;
    private final List<Receptor> receptors = new ArrayList<>();
    private final List<CellSnapshot> snapshots = new ArrayList<>();
    private Sequence population;
    private long stepIndex;
    private long synthesized;
    private long nextId;
    private double[] concentrations;

    /**
     * @param setup the resolved cell, ligands, exposure and timing
     * @param streams the run's named random streams
     * @param replicate replicate index (selects the streams)
     * @param streamPrefix prefix of stream names, e.g. the arm of a scenario
     */
    public CellSimulation(CellSetup setup, RandomStreams streams, long replicate, String streamPrefix) {
        super(streams.seed(streamPrefix + "/mason", replicate));
        this.setup = setup;
        this.streams = streams;
        this.replicate = replicate;
        this.streamPrefix = streamPrefix;
        this.space = new ReceptorStateSpace(setup.ligands());
    }

    @Override
    public void start() {
        super.start();
        CellType cell = setup.cell();
        UniformRandomProvider receptorRandom = streams.stream(streamPrefix + "/receptor-kinetics", replicate);
        kinetics = new ReceptorKinetics(space, cell, setup.dtSeconds(), receptorRandom);
        signal = new GProteinTransducer(cell.transducerConstant());
        double synthesisMean = cell.synthesisPerSecond() * setup.dtSeconds();
        UniformRandomProvider synthesisRandom = streams.stream(streamPrefix + "/synthesis", replicate);
        synthesis = synthesisMean > 0 ? PoissonSampler.of(synthesisRandom, synthesisMean) : () -> 0;
        receptors.clear();
        snapshots.clear();
        stepIndex = 0;
        synthesized = 0;
        nextId = 0;
        concentrations = new double[space.ligandCount()];
        for (int i = 0; i < cell.receptorCount(); i++) {
            receptors.add(kinetics.create(nextId++, 0.0));
        }
        population = new Sequence(new ArrayList<Steppable>(receptors));
        population.setUsesSets(true);
        kinetics.attach(population);
        signal.update(0.0, setup.dtSeconds());
        record(0.0);

        double dt = setup.dtSeconds();
        schedule.scheduleRepeating(dt, ORDER_EXPOSURE, this::exposureStep, dt);
        schedule.scheduleRepeating(dt, ORDER_RECEPTORS, population, dt);
        schedule.scheduleRepeating(dt, ORDER_SYNTHESIS, this::synthesisStep, dt);
        schedule.scheduleRepeating(dt, ORDER_SIGNAL, this::signalStep, dt);
        schedule.scheduleRepeating(dt, ORDER_RECORDER, this::recorderStep, dt);
    }

    private void exposureStep(SimState state) {
        double start = stepIndex * setup.dtSeconds();
        stepIndex++;
        setup.exposure().concentrationsAt(start, concentrations);
        kinetics.beginStep(concentrations, timeSeconds());
    }

    private void synthesisStep(SimState state) {
        int newborn = synthesis.sample();
        double stepStart = timeSeconds() - setup.dtSeconds();
        for (int i = 0; i < newborn; i++) {
            Receptor r = kinetics.synthesize(nextId++, stepStart);
            receptors.add(r);
            if (r.chainState() != ReceptorStateSpace.DEGRADED) {
                population.addSteppable(r);
            }
        }
        synthesized += newborn;
    }

    private void signalStep(SimState state) {
        signal.update(gProteinStimulus(), setup.dtSeconds());
    }

    private void recorderStep(SimState state) {
        if (stepIndex % setup.stepsPerOutput() == 0 || stepIndex == setup.stepCount()) {
            record(timeSeconds());
        }
    }

    /**
     * The G-protein stimulus σ = Σ_i ε_i (n_bound,i + φ·n_phosphorylated-bound,i) / N_ref, from the census.
     * Arrestin-bound and internalized receptors do not couple.
     */
    public double gProteinStimulus() {
        double phi = setup.cell().phosphorylatedCoupling();
        double sum = 0;
        List<Ligand> ligands = space.ligands();
        for (int i = 0; i < ligands.size(); i++) {
            double coupled = kinetics.count(space.bound(i)) + phi * kinetics.count(space.phosphorylatedBound(i));
            sum += ligands.get(i).gProteinEfficacy() * coupled;
        }
        return sum / setup.cell().receptorCount();
    }

    private void record(double time) {
        long[] counts = new long[ReceptorState.values().length];
        for (int s = 0; s < space.size(); s++) {
            counts[space.publicState(s).ordinal()] += kinetics.count(s);
        }
        List<String> names = signal.readoutNames();
        double[] readouts = new double[names.size()];
        for (int i = 0; i < readouts.length; i++) {
            readouts[i] = signal.readout(i);
        }
        snapshots.add(new CellSnapshot(time, counts, synthesized, readouts, concentrations.clone()));
    }

    /** Runs the whole protocol from {@link #start()} to the end and calls {@link #finish()}. */
    public List<CellSnapshot> run() {
        start();
        long steps = setup.stepCount();
        while (stepIndex < steps) {
            if (!schedule.step(this)) {
                break;
            }
        }
        finish();
        return snapshots();
    }

    /** Cell time in seconds: the end of the last step taken. */
    public double timeSeconds() {
        return stepIndex * setup.dtSeconds();
    }

    /** True once the protocol's duration has been simulated. */
    public boolean isFinished() {
        return stepIndex >= setup.stepCount();
    }

    /** The recorded snapshots so far. */
    public List<CellSnapshot> snapshots() {
        return Collections.unmodifiableList(snapshots);
    }

    /** Every receptor created so far, degraded ones included (for display and inspection). */
    public List<Receptor> receptors() {
        return Collections.unmodifiableList(receptors);
    }

    /** Names of the signal readouts, in snapshot order. */
    public List<String> readoutNames() {
        return signal == null ? new GProteinTransducer(1).readoutNames() : signal.readoutNames();
    }

    /** The resolved setup. */
    public CellSetup setup() {
        return setup;
    }

    /** The chain states of this cell's receptors. */
    public ReceptorStateSpace space() {
        return space;
    }

    /** The MASON schedule (for a GUI). */
    public Schedule cellSchedule() {
        return schedule;
    }
}
