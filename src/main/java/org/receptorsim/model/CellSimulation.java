package org.receptorsim.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.random.RandomStreams;
import org.receptorsim.signaling.CascadeParameters;
import org.receptorsim.signaling.CyclaseCascade;
import org.receptorsim.signaling.TransmitterPool;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One simulated cell as a MASON {@link SimState}. Each step (or leap of steps) is one event on the schedule, at
 * its end: receptors (the engine's Steppable: receptor clocks fired within the step, or every receptor agent
 * stepped, or a multinomial leap on counts; synthesis included) → signal → recorder and challenges → exposure of the
 * next step (the concentrations held over it), which also decides how far the next event lies: one step, or for the
 * count-only engine the whole stretch over which nothing changes, so that a leap costs one event, not one per step.
 * Schedule time is the end of the last step taken, in seconds.
 *
 * <p>Receptors are conditionally independent given the concentrations, so the engines share one law (see
 * {@link KineticsEngine}); they draw from named streams, so results depend only on the seed.
 *
 * <p>Signal on the step grid. The G-protein fraction obeys g' = k_on(t)(1 − g) − k_h·g with k_on = k_a·R*(t)/G_T
 * and is advanced over each step with the step's mean drive k̄_on (exact for a constant drive). With the event
 * engine R*(t) is a step function within the step and its exact time average is used; the error this leaves after
 * one step is at most dt·(k̄_on + k_h + max|k_on − k̄_on|)·∫|k_on(t) − k̄_on|dt (second order in dt, since the
 * first-order term ∫(k_on − k̄_on)dt vanishes), and errors of earlier steps decay at rate ≥ k_h. Slower variables
 * (cAMP, cyclase up-regulation, mediator) are driven by g and inherit that bound. Knows nothing of any GUI.
 */
public final class CellSimulation extends SimState {

    private static final long serialVersionUID = 1L;


    private final CellSetup setup;
    private final RandomStreams streams;
    private final long replicate;
    private final String streamPrefix;
    private final ReceptorStateSpace space;

    private ReceptorKinetics kinetics;
    private CyclaseCascade signal;
    private TransmitterPool pool;
    private final InitialState initial;
    private final List<ChallengeCurve> challengeCurves = new ArrayList<>();
    private final List<CellSnapshot> snapshots = new ArrayList<>();
    private Steppable receptorStepper;
    private long stepIndex;
    private long stride;
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
    private record InitialState(long[] census, CyclaseCascade signal, TransmitterPool pool)
            implements java.io.Serializable {
    }

    /**
     * The cell's signalling parameters, from the cell type: the drug-free control is the cell's receptors, all free,
     * at their constitutive activity.
     */
    public static CascadeParameters cascadeParameters(CellType c) {
        return new CascadeParameters(c.gProteinCount(), c.gProteinActivationRate().perSecond(), c.gtpasePerSecond(),
                c.cyclaseHalfInhibitionGProteins(), c.cyclaseInhibitionMax(), c.phosphodiesteraseRate().perSecond(),
                c.forskolinStimulation(), c.cyclaseUpregulationRate().perSecond(), c.cyclaseUpregulationMax(),
                c.mediatorStrength(), c.mediatorProductionRate().perSecond(),
                c.mediatorClearanceRate().perSecond(), c.constitutiveActivity() * c.receptorCount());
    }

    /**
     * G-protein activity of one receptor in each chain state (active-receptor equivalents): surface, arrestin-free
     * and not in the long-lived desensitized state, the constitutive activity plus the bound ligand's G-protein
     * efficacy (negative for an inverse agonist; never below 0), times the coupling of its barcode: each phosphate
     * removes a quarter of the loss of a fully phosphorylated receptor, 1 − (1 − φ)·n/4 (S375 alone desensitizes a
     * little, as morphine's receptor does: Schulz 2004); 0 otherwise.
     */
    public static double[] activityByState(ReceptorStateSpace space, CellType cell) {
        double[] a = new double[space.size()];
        for (int s = 0; s < a.length; s++) {
            if (!space.atSurface(s) || space.arrestin(s) != Arrestin.NONE || space.desensitized(s)) {
                continue;
            }
            int l = space.ligandIndex(s);
            double efficacy = cell.constitutiveActivity() + (l >= 0 ? space.ligands().get(l).gProteinEfficacy() : 0);
            double coupling = 1 - (1 - cell.phosphorylatedCoupling()) * space.phosphates(s)
                    / ReceptorStateSpace.MAX_PHOSPHATES;
            a[s] = Math.max(0, efficacy) * coupling;
        }
        return a;
    }

    @Override
    public void start() {
        super.start();
        CellType cell = setup.cell();
        UniformRandomProvider receptorRandom = streams.stream(streamPrefix + "/receptor-kinetics", replicate);
        UniformRandomProvider synthesisRandom = streams.stream(streamPrefix + "/synthesis", replicate);
        kinetics = ReceptorKinetics.of(setup.engine(), space, cell, setup.dtSeconds(), receptorRandom,
                synthesisRandom, ReceptorGenerator.synthesisPerSecond(space, cell), activityByState(space, cell));
        signal = initial != null ? initial.signal().copy()
                : new CyclaseCascade(cascadeParameters(cell), setup.adaptations(), setup.forskolinAssay());
        pool = initial != null ? initial.pool().copy()
                : new TransmitterPool(cell.transmitterPoolConcentration().molar(),
                        cell.transmitterReleaseRate().perSecond(), cell.transmitterRefillRate().perSecond(),
                        setup.adaptations().transmitterDepletion());
        snapshots.clear();
        challengeCurves.clear();
        stepIndex = 0;
        concentrations = new double[space.ligandCount()];
        long[] first = new long[space.size()];
        if (initial == null) {
            first[ReceptorStateSpace.FREE] = cell.receptorCount();
        } else {
            System.arraycopy(initial.census(), 0, first, 0, first.length);
        }
        kinetics.populate(first);
        receptorStepper = kinetics.stepper();
        if (initial == null) {
            signal.update(activeReceptors(), setup.dtSeconds());
        }
        record(0.0);
        challengeIfDue();

        planStep();
    }

    /** The event at the end of a step or leap: receptors, signal, recorder, then the next step's exposure. */
    private void endOfStep(SimState state) {
        receptorStepper.step(state);
        stepIndex += stride;
        signalStep();
        recorderStep();
        planStep(); // a viewer may play on after the protocol's end
    }

    /**
     * Sets the concentrations held over the step starting now and schedules its end: one step later, or for the
     * count-only engine at the end of the leap it plans.
     */
    private void planStep() {
        double dt = setup.dtSeconds();
        double start = stepIndex * dt;
        setup.exposure().concentrationsAt(start, concentrations);
        releaseTransmitter();
        kinetics.beginStep(concentrations, start, start + dt, constantSteps());
        stride = kinetics.plannedSteps();
        schedule.scheduleOnce((stepIndex + stride) * dt, 0, this::endOfStep);
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

    /**
     * Steps from the start of the current step over which the count-only engine may take one long step: the rates
     * stay constant (the exposure reports no change, no transmitter is being released) and no recording, challenge
     * or end of run falls inside. 1 for the other engines (they do not leap).
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
        long here = stepIndex;
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

    /**
     * Advances the signal over the steps that just ended, with the drive the engine hands over for each: the exact
     * time average of R* over the step (event engine), R* at the end of the step (per-step engine), or, at the end of
     * a count-only leap, R* interpolated linearly over the leap from its start census to its end census, so that fast
     * variables (the G-protein cycle, cAMP) end in their state for the census actually reached and slow ones
     * (cyclase up-regulation, mediator) integrate the drive's trapezoidal average. Leaps never span a recording, a
     * challenge or a change of concentration, so what is recorded always matches the receptors recorded with it.
     */
    private void signalStep() {
        double dt = setup.dtSeconds();
        kinetics.endedStepDrives(drive -> signal.update(drive, dt));
    }

    private void recorderStep() {
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
            challengeCurves.addAll(ChallengeExperiment.measure(this, plan, k));
        }
    }

    /**
     * A copy of this cell's current state (receptor counts per chain state, signalling and transmitter pool) that
     * runs another protocol from time 0, with its own named random streams: what a challenge experiment measures on.
     *
     * @param copySetup the copy's protocol
     * @param stream the copy's stream name, below this cell's
     */
    CellSimulation copyNow(CellSetup copySetup, String stream) {
        long[] census = new long[space.size()];
        for (int s = 0; s < census.length; s++) {
            census[s] = kinetics.count(s);
        }
        return new CellSimulation(copySetup, streams, replicate, streamPrefix + "/" + stream,
                new InitialState(census, signal.copy(), pool.copy()));
    }

    /**
     * A new cell that starts, at its time 0, in this cell's current state and runs another protocol: what
     * {@code branch} makes from a saved tolerant cell (e.g. naloxone, another challenge). It starts from this cell's
     * receptor counts per state (carried into the branch's ligands by {@link ReceptorStateSpace#carryInto}), its
     * signalling state and transmitter pool; the receptor agents are made anew from the counts (their ages and
     * internalization counts start again), and the signalling keeps this cell's parameters and adaptations.
     *
     * @param branchSetup the branch's protocol, on this cell's cell type
     * @param branchStreams the branch's random streams
     * @param streamPrefix the prefix of the branch's stream names
     * @return the branch's cell, not yet started
     * @throws IllegalArgumentException if receptors hold a ligand the branch does not list
     */
    public CellSimulation branch(CellSetup branchSetup, RandomStreams branchStreams, String streamPrefix) {
        long[] census = space.carryInto(chainCounts(), new ReceptorStateSpace(branchSetup.ligands()));
        return new CellSimulation(branchSetup, branchStreams, 0, streamPrefix,
                new InitialState(census, signal.copy(), pool.copy()));
    }

    /** The concentrations (molar) held over the current step. */
    double[] concentrationsNow() {
        return concentrations.clone();
    }

    /** Arrestin-bound receptors (either arrestin) as a fraction of the cell type's nominal receptor number. */
    public double arrestinBoundFraction() {
        return arrestinBoundFraction(Arrestin.ARRESTIN_3) + arrestinBoundFraction(Arrestin.ARRESTIN_2);
    }

    /**
     * Receptors holding one arrestin as a fraction of the cell type's nominal receptor number (a BRET-like
     * recruitment readout: per receptor, not amplified).
     */
    public double arrestinBoundFraction(Arrestin arrestin) {
        long n = 0;
        for (int s = 0; s < space.size(); s++) {
            if (space.arrestin(s) == arrestin) {
                n += kinetics.count(s);
            }
        }
        return (double) n / setup.cell().receptorCount();
    }

    /**
     * Active-receptor equivalents R* = Σ_states count × activity (see {@link #activityByState}), from the census:
     * what the receptor agents hand the G-protein cycle.
     */
    public double activeReceptors() {
        return kinetics.activeReceptors();
    }

    /** Receptors in each chain state now (index = chain state of {@link #space()}). */
    public long[] chainCounts() {
        long[] c = new long[space.size()];
        for (int s = 0; s < c.length; s++) {
            c[s] = kinetics.count(s);
        }
        return c;
    }

    private void record(double time) {
        long[] counts = new long[ReceptorState.values().length];
        for (int s = 0; s < space.size(); s++) {
            counts[space.publicState(s).ordinal()] += kinetics.count(s);
        }
        SignalReadouts readouts = SignalReadouts.of(signal, pool.fraction(),
                arrestinBoundFraction(Arrestin.ARRESTIN_3), arrestinBoundFraction(Arrestin.ARRESTIN_2),
                setup.exposure().readouts(time));
        snapshots.add(new CellSnapshot(time, counts, kinetics.synthesized(), readouts, concentrations.clone(), chainCounts()));
    }

    /** Runs the whole protocol from {@link #start()} to the end and calls {@link #finish()}. */
    public List<CellSnapshot> run() {
        start();
        return runToEnd();
    }

    /**
     * Runs a started cell (e.g. one read back from a checkpoint) from where it stands to the end of the protocol and
     * calls {@link #finish()}.
     *
     * @return every snapshot recorded, from time 0
     */
    public List<CellSnapshot> runToEnd() {
        long steps = setup.stepCount();
        while (stepIndex < steps) {
            if (!schedule.step(this)) {
                break;
            }
        }
        finish();
        return snapshots();
    }

    /**
     * Receptor state changes so far: every jump in the event engine; net changes per step (per-step engine) or per
     * leap (count-only engine) otherwise.
     */
    public long receptorTransitions() {
        return kinetics == null ? 0 : kinetics.transitions();
    }

    /** The work of the count-only engine's leaps so far ({@link LeapWork#NONE} for the other engines). */
    public LeapWork leapWork() {
        return kinetics == null ? LeapWork.NONE : kinetics.leapWork();
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
        return kinetics.receptors();
    }

    /** Challenge curves measured so far. */
    public List<ChallengeCurve> challengeCurves() {
        return Collections.unmodifiableList(challengeCurves);
    }

    /** The resolved setup. */
    public CellSetup setup() {
        return setup;
    }

    /** Labels of the chain states, in chain order (the columns of a chain-state table). */
    public List<String> chainStateLabels() {
        List<String> labels = new ArrayList<>();
        for (int st = 0; st < space.size(); st++) {
            labels.add(space.label(st));
        }
        return labels;
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
