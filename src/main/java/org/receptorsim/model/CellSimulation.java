package org.receptorsim.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.random.RandomStreams;
import org.receptorsim.signaling.CascadeParameters;
import org.receptorsim.signaling.CyclaseCascade;
import org.receptorsim.signaling.TransmitterPool;
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
 * <p>The receptor Sequence is built from an array (MASON 18's Collection constructor leaves it empty) and uses the
 * array mode; degraded receptors are removed from it, which costs a scan only in steps where one is degraded.
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
    private transient CyclaseCascade signal;
    private transient TransmitterPool pool;
    private final transient InitialState initial;
    private final List<ChallengeCurve> challengeCurves = new ArrayList<>();
    private transient DiscreteSampler synthesis;
    private transient UniformRandomProvider synthesisRandom;
    private final List<Receptor> receptors = new ArrayList<>();
    private final List<CellSnapshot> snapshots = new ArrayList<>();
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
        this(setup, streams, replicate, streamPrefix, null);
    }

    private CellSimulation(CellSetup setup, RandomStreams streams, long replicate, String streamPrefix,
                           InitialState initial) {
        super(streams.seed(streamPrefix + "/mason", replicate));
        this.setup = setup;
        this.streams = streams;
        this.replicate = replicate;
        this.streamPrefix = streamPrefix;
        this.space = new ReceptorStateSpace(setup.ligands());
        this.initial = initial;
    }

    /** The state a challenge copy starts from: receptor counts per chain state, signalling and pool state. */
    private record InitialState(long[] census, CyclaseCascade signal, TransmitterPool pool) {
    }

    /** The cell's signalling parameters, from the cell type. */
    static CascadeParameters cascadeParameters(CellType c) {
        return new CascadeParameters(c.transducerConstant(), c.cyclaseInhibitionMax(),
                c.cyclaseInhibitionAmplification(),
                c.phosphodiesteraseRate().perSecond(), c.forskolinStimulation(),
                c.cyclaseUpregulationRate().perSecond(), c.cyclaseUpregulationMax(), c.couplingLossMax(),
                c.couplingLossSaturation(), c.couplingLossRate().perSecond(), c.mediatorStrength(),
                c.mediatorProductionRate().perSecond(), c.mediatorClearanceRate().perSecond());
    }

    @Override
    public void start() {
        super.start();
        CellType cell = setup.cell();
        UniformRandomProvider receptorRandom = streams.stream(streamPrefix + "/receptor-kinetics", replicate);
        kinetics = new ReceptorKinetics(space, cell, setup.dtSeconds(), receptorRandom, setup.engine());
        signal = initial != null ? initial.signal().copy()
                : new CyclaseCascade(cascadeParameters(cell), setup.adaptations(), setup.forskolinAssay());
        pool = initial != null ? initial.pool().copy()
                : new TransmitterPool(cell.transmitterPoolConcentration().molar(),
                        cell.transmitterReleaseRate().perSecond(), cell.transmitterRefillRate().perSecond(),
                        setup.adaptations().transmitterDepletion());
        double synthesisMean = cell.synthesisPerSecond() * setup.dtSeconds();
        synthesisRandom = streams.stream(streamPrefix + "/synthesis", replicate);
        synthesis = synthesisMean > 0 ? PoissonSampler.of(synthesisRandom, synthesisMean) : () -> 0;
        receptors.clear();
        snapshots.clear();
        challengeCurves.clear();
        stepIndex = 0;
        synthesized = 0;
        nextId = 0;
        concentrations = new double[space.ligandCount()];
        if (initial == null) {
            for (int i = 0; i < cell.receptorCount(); i++) {
                receptors.add(kinetics.create(nextId++, 0.0));
            }
        } else {
            kinetics.countDegraded(initial.census()[ReceptorStateSpace.DEGRADED]);
            for (int s = 0; s < initial.census().length; s++) {
                if (s == ReceptorStateSpace.DEGRADED) {
                    continue;
                }
                for (long i = 0; i < initial.census()[s]; i++) {
                    Receptor r = kinetics.create(nextId++, 0.0);
                    kinetics.place(r, s);
                    receptors.add(r);
                }
            }
        }
        List<Receptor> living = new ArrayList<>();
        for (Receptor r : receptors) {
            if (r.chainState() != ReceptorStateSpace.DEGRADED) {
                living.add(r);
            }
        }
        Steppable receptorStepper = kinetics.stepper(living);
        if (initial == null) {
            signal.update(0.0, 0.0, setup.dtSeconds());
        }
        record(0.0);
        challengeIfDue();

        double dt = setup.dtSeconds();
        schedule.scheduleRepeating(dt, ORDER_EXPOSURE, this::exposureStep, dt);
        schedule.scheduleRepeating(dt, ORDER_RECEPTORS, receptorStepper, dt);
        schedule.scheduleRepeating(dt, ORDER_SYNTHESIS, this::synthesisStep, dt);
        schedule.scheduleRepeating(dt, ORDER_SIGNAL, this::signalStep, dt);
        schedule.scheduleRepeating(dt, ORDER_RECORDER, this::recorderStep, dt);
    }

    private void exposureStep(SimState state) {
        double start = stepIndex * setup.dtSeconds();
        stepIndex++;
        setup.exposure().concentrationsAt(start, concentrations);
        releaseTransmitter();
        kinetics.beginStep(concentrations, timeSeconds());
        if (setup.engine() == KineticsEngine.COHORT) {
            kinetics.planLeap(constantSteps());
        }
    }

    /** Adds the transmitter released by indirect agonists from the cell's pool to the step's concentrations. */
    private void releaseTransmitter() {
        List<Ligand> ligands = space.ligands();
        double drive = 0;
        for (int j = 0; j < ligands.size(); j++) {
            Ligand l = ligands.get(j);
            if (l.releasesTransmitter() && concentrations[j] > 0) {
                drive += concentrations[j] / (concentrations[j] + l.releaseEc50().molar());
            }
        }
        double released = pool.release(Math.min(1, drive), setup.dtSeconds());
        if (drive <= 0) {
            return;
        }
        for (int j = 0; j < ligands.size(); j++) {
            Ligand l = ligands.get(j);
            if (l.releasesTransmitter() && concentrations[j] > 0) {
                double f = concentrations[j] / (concentrations[j] + l.releaseEc50().molar());
                concentrations[transmitterIndex(l)] += released * f / drive;
            }
        }
    }

    private int transmitterIndex(Ligand indirect) {
        List<Ligand> ligands = space.ligands();
        for (int i = 0; i < ligands.size(); i++) {
            if (ligands.get(i).name().equalsIgnoreCase(indirect.releases())) {
                return i;
            }
        }
        throw new IllegalStateException("transmitter " + indirect.releases() + " of " + indirect.name()
                + " is not among the ligands");
    }

    private void synthesisStep(SimState state) {
        long steps = kinetics.stepsEndedNow();
        if (steps == 0) {
            return;
        }
        int newborn = steps == 1 ? synthesis.sample() : leapSynthesis(steps);
        double stepStart = timeSeconds() - steps * setup.dtSeconds();
        for (int i = 0; i < newborn; i++) {
            receptors.add(kinetics.synthesize(nextId++, stepStart));
        }
        synthesized += newborn;
    }

    /** Poisson number of receptors synthesized over a leap of {@code steps} steps. */
    private int leapSynthesis(long steps) {
        double mean = setup.cell().synthesisPerSecond() * setup.dtSeconds() * steps;
        return mean > 0 ? PoissonSampler.of(synthesisRandom, mean).sample() : 0;
    }

    /**
     * Steps from the start of the current step over which the cohort engine may take one long step: the rates stay
     * constant (the exposure reports no change, no transmitter is being released) and no recording, challenge or
     * end of run falls inside. 1 for the per-receptor engine.
     */
    private long constantSteps() {
        if (setup.engine() != KineticsEngine.COHORT) {
            return 1;
        }
        for (Ligand l : space.ligands()) {
            if (l.releasesTransmitter()) {
                return 1;
            }
        }
        long here = stepIndex - 1;
        double start = here * setup.dtSeconds();
        long steps = setup.stepsPerOutput() - (here % setup.stepsPerOutput());
        steps = Math.min(steps, setup.stepCount() - here);
        double until = setup.exposure().constantUntil(start);
        if (until < Double.POSITIVE_INFINITY) {
            steps = Math.min(steps, Math.max(1, (long) Math.floor((until - start) / setup.dtSeconds() + 1e-9)));
        }
        ChallengePlan plan = setup.challenges();
        if (plan != null) {
            for (double t : plan.timesSeconds()) {
                long at = Math.round(t / setup.dtSeconds());
                if (at > here) {
                    steps = Math.min(steps, at - here);
                }
            }
        }
        return Math.max(1, steps);
    }

    private void signalStep(SimState state) {
        signal.update(gProteinStimulus(), arrestinBoundFraction(), setup.dtSeconds());
    }

    private void recorderStep(SimState state) {
        if (stepIndex % setup.stepsPerOutput() == 0 || stepIndex == setup.stepCount()) {
            record(timeSeconds());
        }
        challengeIfDue();
    }

    private void challengeIfDue() {
        ChallengePlan plan = setup.challenges();
        if (plan == null) {
            return;
        }
        int k = plan.challengeAtStep(stepIndex, setup.dtSeconds());
        if (k >= 0) {
            challengeCurves.add(challenge(plan, k));
        }
    }

    /**
     * Measures a concentration–response on copies of the current state: one copy per concentration and one
     * without test agonist as the control, each with its own named random stream.
     */
    private ChallengeCurve challenge(ChallengePlan plan, int k) {
        double[] conc = plan.concentrationsMolar();
        double[] held = concentrations.clone();
        double control = Double.NaN;
        double[] responses = new double[conc.length];
        for (int i = -1; i < conc.length; i++) {
            double[] before = plan.washout() ? new double[held.length] : held.clone();
            double[] test = before.clone();
            if (i >= 0) {
                test[plan.ligandIndex()] += conc[i];
            }
            double wash = plan.washoutSeconds();
            CellSetup copySetup = setup.forChallenge((t, out) -> {
                double[] c = t < wash ? before : test;
                System.arraycopy(c, 0, out, 0, c.length);
            }, wash + plan.durationSeconds());
            long[] census = new long[space.size()];
            for (int s = 0; s < census.length; s++) {
                census[s] = kinetics.count(s);
            }
            CellSimulation copy = new CellSimulation(copySetup, streams, replicate,
                    streamPrefix + "/challenge-" + k + "-" + i, new InitialState(census, signal.copy(), pool.copy()));
            List<CellSnapshot> trace = copy.run();
            double value = plan.readout() == ChallengePlan.Readout.G_PROTEIN
                    ? trace.stream().filter(s -> s.timeSeconds() > wash).mapToDouble(s -> s.readouts()[0]).max()
                            .orElse(0)
                    : trace.get(trace.size() - 1).readouts()[2];
            if (i < 0) {
                control = value;
            } else {
                responses[i] = switch (plan.readout()) {
                    case CAMP -> 100 * (1 - value / control);
                    case CAMP_LEVEL -> 100 * (1 - value); // cAMP readout is relative to the naive control
                    case G_PROTEIN -> 100 * (value - control);
                };
            }
        }
        return new ChallengeCurve(timeSeconds(), conc, responses, plan.readout());
    }

    /** Arrestin-bound receptors as a fraction of the cell type's nominal receptor number. */
    public double arrestinBoundFraction() {
        long n = 0;
        for (int i = 0; i < space.ligandCount(); i++) {
            n += kinetics.count(space.arrestinBound(i));
        }
        return (double) n / setup.cell().receptorCount();
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
        int n = signal.readoutNames().size();
        double[] extra = new double[setup.exposure().readoutNames().size()];
        setup.exposure().readouts(time, extra);
        double[] readouts = new double[n + 1 + extra.length];
        for (int i = 0; i < n; i++) {
            readouts[i] = signal.readout(i);
        }
        readouts[n] = pool.fraction();
        System.arraycopy(extra, 0, readouts, n + 1, extra.length);
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

    /** Receptor state changes so far (per-step net changes; a measure of the kinetic work). */
    public long receptorTransitions() {
        return kinetics == null ? 0 : kinetics.transitions();
    }

    /**
     * Steps the started cell up to a time (or the end of the protocol), for viewers that look at it on the way.
     *
     * @param seconds the time to reach, in seconds
     */
    public void advanceTo(double seconds) {
        while (!isFinished() && timeSeconds() < seconds - 1e-9) {
            if (!schedule.step(this)) {
                break;
            }
        }
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

    /** Names of the signal readouts, in snapshot order (the cascade's, then the transmitter pool fraction). */
    public List<String> readoutNames() {
        List<String> names = new ArrayList<>(CYCLASE_READOUTS);
        names.add(TRANSMITTER_POOL);
        names.addAll(setup.exposure().readoutNames());
        return names;
    }

    /** Readout name of the releasable transmitter pool fraction. */
    public static final String TRANSMITTER_POOL = "transmitterPool";

    private static final List<String> CYCLASE_READOUTS = CyclaseCascade.READOUT_NAMES;

    /** Challenge curves measured so far. */
    public List<ChallengeCurve> challengeCurves() {
        return Collections.unmodifiableList(challengeCurves);
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
