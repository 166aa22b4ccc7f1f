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
    private transient double[] activity;
    private double leapStartActive;
    private double synthesisPerSecond;
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
        kinetics = new ReceptorKinetics(space, cell, setup.dtSeconds(), receptorRandom, setup.engine());
        signal = initial != null ? initial.signal().copy()
                : new CyclaseCascade(cascadeParameters(cell), setup.adaptations(), setup.forskolinAssay());
        pool = initial != null ? initial.pool().copy()
                : new TransmitterPool(cell.transmitterPoolConcentration().molar(),
                        cell.transmitterReleaseRate().perSecond(), cell.transmitterRefillRate().perSecond(),
                        setup.adaptations().transmitterDepletion());
        activity = activityByState(space, cell);
        synthesisPerSecond = ReceptorGenerator.synthesisPerSecond(space, cell);
        double synthesisMean = synthesisPerSecond * setup.dtSeconds();
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
            signal.update(activeReceptors(), setup.dtSeconds());
        }
        leapStartActive = activeReceptors();
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
        double mean = synthesisPerSecond * setup.dtSeconds() * steps;
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

    /**
     * Advances the signal. The cohort engine moves its receptors only at the end of a long step (leap), so the signal
     * is advanced then, step by step over the whole leap, with the active-receptor drive interpolated linearly from
     * its value at the start of the leap to the one at its end: fast variables (the G-protein cycle, cAMP) end in
     * their state for the census actually reached, and slow ones (cyclase up-regulation, mediator) integrate the
     * drive's trapezoidal average. Leaps never span a recording, a challenge or a change of concentration, so what is
     * recorded always matches the receptors recorded with it. The per-receptor engine ends a one-step leap every step.
     */
    private void signalStep(SimState state) {
        long steps = kinetics.stepsEndedNow();
        if (steps == 0) {
            return;
        }
        double end = activeReceptors();
        for (long i = 1; i <= steps; i++) {
            signal.update(leapStartActive + (end - leapStartActive) * i / steps, setup.dtSeconds());
        }
        leapStartActive = end;
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
            challengeCurves.addAll(challenge(plan, k));
        }
    }

    /**
     * Measures a concentration–response to each test agonist on copies of the current state: one copy per agonist and
     * concentration and one shared copy without test agonist as the control, each with its own named random stream.
     */
    private List<ChallengeCurve> challenge(ChallengePlan plan, int k) {
        double[] held = concentrations.clone();
        double control = challengeValue(plan, k, held, -1, 0, "challenge-" + k + "-" + -1);
        List<ChallengeCurve> curves = new ArrayList<>();
        for (int j = 0; j < plan.ligandIndices().length; j++) {
            int ligand = plan.ligandIndices()[j];
            double[] conc = plan.concentrationsMolar()[j];
            double[] responses = new double[conc.length];
            String prefix = j == 0 ? "challenge-" + k + "-" : "challenge-" + k + "-" + space.ligands().get(ligand).name()
                    + "-";
            for (int i = 0; i < conc.length; i++) {
                double value = challengeValue(plan, k, held, ligand, conc[i], prefix + i);
                responses[i] = switch (plan.readout()) {
                    case CAMP -> 100 * (1 - value / control);
                    case CAMP_LEVEL -> 100 * (1 - value); // cAMP readout is relative to the naive control
                    case G_PROTEIN -> 100 * (value - control);
                };
            }
            curves.add(new ChallengeCurve(timeSeconds(), space.ligands().get(ligand).name(), conc, responses,
                    plan.readout()));
        }
        return curves;
    }

    /** The readout of one challenge copy given {@code molar} of test agonist {@code ligand} (-1: the control). */
    private double challengeValue(ChallengePlan plan, int k, double[] held, int ligand, double molar, String stream) {
        double[] before = plan.washout() ? new double[held.length] : held.clone();
        double[] test = before.clone();
        if (ligand >= 0) {
            test[ligand] += molar;
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
        CellSimulation copy = new CellSimulation(copySetup, streams, replicate, streamPrefix + "/" + stream,
                new InitialState(census, signal.copy(), pool.copy()));
        List<CellSnapshot> trace = copy.run();
        return plan.readout() == ChallengePlan.Readout.G_PROTEIN
                ? trace.stream().filter(s -> s.timeSeconds() > wash).mapToDouble(s -> s.readouts()[0]).max()
                        .orElse(0)
                : trace.get(trace.size() - 1).readouts()[2];
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
        double sum = 0;
        for (int s = 0; s < activity.length; s++) {
            if (activity[s] != 0) {
                sum += activity[s] * kinetics.count(s);
            }
        }
        return sum;
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
        int n = signal.readoutNames().size();
        double[] extra = new double[setup.exposure().readoutNames().size()];
        setup.exposure().readouts(time, extra);
        double[] readouts = new double[n + 3 + extra.length];
        for (int i = 0; i < n; i++) {
            readouts[i] = signal.readout(i);
        }
        readouts[n] = pool.fraction();
        readouts[n + 1] = arrestinBoundFraction(Arrestin.ARRESTIN_3);
        readouts[n + 2] = arrestinBoundFraction(Arrestin.ARRESTIN_2);
        System.arraycopy(extra, 0, readouts, n + 3, extra.length);
        snapshots.add(new CellSnapshot(time, counts, synthesized, readouts, concentrations.clone(), chainCounts()));
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

    /**
     * Names of the signal readouts, in snapshot order: the cascade's, the transmitter pool fraction, the fractions of
     * the receptors holding arrestin-3 and arrestin-2, then the exposure's.
     */
    public List<String> readoutNames() {
        List<String> names = new ArrayList<>(CYCLASE_READOUTS);
        names.add(TRANSMITTER_POOL);
        names.add(ARRESTIN3_BOUND);
        names.add(ARRESTIN2_BOUND);
        names.addAll(setup.exposure().readoutNames());
        return names;
    }

    /** Readout name of the fraction of the receptors holding arrestin-3 (β-arrestin-2). */
    public static final String ARRESTIN3_BOUND = "arrestin3Bound";

    /** Readout name of the fraction of the receptors holding arrestin-2 (β-arrestin-1). */
    public static final String ARRESTIN2_BOUND = "arrestin2Bound";

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
