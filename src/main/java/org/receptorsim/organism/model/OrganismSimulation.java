package org.receptorsim.organism.model;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.receptorsim.organism.cell.CellCircuitAdapter;
import org.receptorsim.organism.circuit.Circuit;
import org.receptorsim.organism.circuit.CircuitSpec;
import org.receptorsim.organism.hyperalgesia.Pronociception;
import org.receptorsim.organism.learning.ContextConditioning;
import org.receptorsim.organism.opponent.OpponentProcess;
import org.receptorsim.organism.pk.BrainPkTrajectory;
import org.receptorsim.organism.sensitization.Sensitization;
import org.receptorsim.pharmacology.pk.DosingEvent;

/**
 * Runs one arm: pharmacokinetics (plasma, brain, P-gp), then each circuit's cells through the
 * {@link CellCircuitAdapter} in their compartment's concentration, with the transcriptional state they drive and its
 * feedback on their set points ({@link CellEpochs}), then the organism's other slow processes on the organism grid.
 * Those processes do not act on the cells, so the cells of each epoch are run first, in parallel; the processes are
 * then advanced step by step, each input held at the mean of its two grid values over the step and every state
 * advanced by its exact relaxation ({@link org.receptorsim.organism.math.Relaxation}).
 *
 * <p>What each process is and where its values come from: the classes of the sub-packages and
 * {@code organism-defaults.yaml}. Outputs at grid point n: the circuits' drug effects x_c(t_n) as read from the
 * cells; the slow states at t_n; the conditioned responses of the session running over [t_n, t_{n+1}); and:
 *
 * <pre>
 *   net antinociception N = x_analgesia − P − c_analgesia        pain threshold = 1 + N
 *   ventilation          = 1 − g_V·(x_respiration − c_respiration)
 *   gut transit          = 1 − (x_gut − c_gut)
 *   hedonic state        H = −L + x_reward − b − c_reward       dysphoria = max(0, −H)
 *   locomotor            = (1 + S)·x_reward
 * </pre>
 */
public final class OrganismSimulation {

    private OrganismSimulation() {
    }

    /**
     * Runs an arm.
     *
     * @param arm the resolved arm
     * @param threads threads for the cells (≥ 1; results do not depend on it)
     * @return the arm's time series
     */
    public static OrganismRun run(ArmSetup arm, int threads) {
        int steps = arm.stepCount();
        double dt = arm.stepSeconds();
        BrainPkTrajectory pk = BrainPkTrajectory.compute(arm.drug(), arm.doses(), arm.pgpInhibition(),
                arm.durationSeconds(), dt);
        double[] brainAverage = pk.brainStepAverage();
        double[] brainGrid = pk.brainMolar();
        if (arm.brainClampMolar() != null) {
            java.util.Arrays.fill(brainAverage, arm.brainClampMolar());
            java.util.Arrays.fill(brainGrid, arm.brainClampMolar());
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String name : Series.names()) {
            out.put(name, new double[steps + 1]);
        }
        double[][] brainByLigand = {brainAverage};
        double[][] unboundByLigand = {pk.unboundPlasmaStepAverage()};
        if (arm.antagonist() != null) {
            BrainPkTrajectory antagonist = BrainPkTrajectory.compute(arm.antagonist().drug(),
                    arm.antagonist().doses(), arm.pgpInhibition(), arm.durationSeconds(), dt);
            brainByLigand = new double[][] {brainAverage, antagonist.brainStepAverage()};
            unboundByLigand = new double[][] {unboundByLigand[0], antagonist.unboundPlasmaStepAverage()};
            double[] plasmaAntagonist = antagonist.plasmaMolar();
            double[] brainAntagonist = antagonist.brainStepAverage();
            for (int n = 0; n <= steps; n++) {
                out.get(Series.ANTAGONIST_PLASMA)[n] = plasmaAntagonist[n] * 1e9;
                out.get(Series.ANTAGONIST_BRAIN)[n] = brainAntagonist[Math.min(n, steps - 1)] * 1e9;
            }
        }
        Map<Circuit, CellCircuitAdapter.Readouts> cells = CellEpochs.run(arm, brainByLigand, unboundByLigand, threads,
                out);
        double[] plasma = pk.plasmaMolar();
        double[] unbound = pk.unboundPlasmaStepAverage();
        for (int n = 0; n <= steps; n++) {
            out.get(Series.PLASMA)[n] = plasma[n] * 1e9;
            out.get(Series.UNBOUND_PLASMA)[n] = n < steps ? unbound[n] * 1e9 : unbound[steps - 1] * 1e9;
            out.get(Series.BRAIN)[n] = (n < steps ? brainAverage[n] : brainAverage[steps - 1]) * 1e9;
        }
        System.arraycopy(pk.pgpExpression(), 0, out.get(Series.PGP), 0, steps + 1);
        System.arraycopy(pk.unboundPartition(), 0, out.get(Series.PARTITION), 0, steps + 1);

        Map<Circuit, double[]> drive = new EnumMap<>(Circuit.class);
        Map<Circuit, double[]> g = new EnumMap<>(Circuit.class);
        for (Circuit c : Circuit.values()) {
            CellCircuitAdapter.Readouts r = cells.get(c);
            CircuitSpec spec = arm.circuits().get(c);
            double[] x = new double[steps + 1];
            for (int n = 0; n <= steps; n++) {
                x[n] = spec.readout().drugEffect(r, n);
            }
            drive.put(c, x);
            g.put(c, r.gProteinActivation());
            System.arraycopy(r.gProteinActivation(), 0, out.get(Series.gProtein(c)), 0, steps + 1);
            System.arraycopy(r.cAMPRelative(), 0, out.get(Series.camp(c)), 0, steps + 1);
            System.arraycopy(x, 0, out.get(Series.drive(c)), 0, steps + 1);
        }
        processes(arm, drive, g, out);
        double[] times = new double[steps + 1];
        for (int n = 0; n <= steps; n++) {
            times[n] = n * dt;
        }
        List<Double> doseTimes = DosingEvent.expandAll(arm.doses()).stream().map(DosingEvent::timeSeconds).toList();
        return new OrganismRun(arm.name(), times, out, doseTimes, arm.sessions());
    }

    /** The organism's slow processes over the grid, written into {@code out}. */
    static void processes(ArmSetup arm, Map<Circuit, double[]> drive, Map<Circuit, double[]> g,
                          Map<String, double[]> out) {
        ParameterSet p = arm.parameters();
        int steps = arm.stepCount();
        double dt = arm.stepSeconds();
        double deltaFosBGain = p.get(OrganismParameter.DELTAFOSB_GAIN);
        double[] gainAnalgesia = out.get(Series.gain(Circuit.ANALGESIA));
        double[] gainReward = out.get(Series.gain(Circuit.REWARD));
        double[] fosbReward = out.get(Series.deltaFosB(Circuit.REWARD));
        Pronociception pain = new Pronociception(new Pronociception.Parameters(
                p.get(OrganismParameter.PRONOCICEPTION_MAX), p.rateOf(OrganismParameter.PRONOCICEPTION_ON_TIME),
                p.rateOf(OrganismParameter.PRONOCICEPTION_OFF_TIME)));
        OpponentProcess hedonic = new OpponentProcess(new OpponentProcess.Parameters(
                p.get(OrganismParameter.OPPONENT_GAIN), p.rateOf(OrganismParameter.OPPONENT_TIME),
                p.get(OrganismParameter.ALLOSTATIC_GAIN), p.rateOf(OrganismParameter.ALLOSTATIC_TIME)));
        Sensitization sensitization = new Sensitization(new Sensitization.Parameters(
                p.get(OrganismParameter.SENSITIZATION_RATE), p.get(OrganismParameter.SENSITIZATION_MAX),
                p.rateOf(OrganismParameter.SENSITIZATION_DECAY_TIME),
                p.rateOf(OrganismParameter.PHASIC_AVERAGING_TIME)));
        ContextConditioning learning = new ContextConditioning(Circuit.values().length,
                p.get(OrganismParameter.LEARNING_RATE), p.get(OrganismParameter.COMPENSATION_ASYMPTOTE));
        double ventilationGain = p.get(OrganismParameter.VENTILATION_GAIN);

        Map<String, Integer> contextIndex = new LinkedHashMap<>();
        for (ContextSession s : arm.sessions()) {
            contextIndex.putIfAbsent(s.context(), contextIndex.size() + 1);
        }
        int[] startAt = new int[arm.sessions().size()];
        int[] endAt = new int[arm.sessions().size()];
        for (int i = 0; i < startAt.length; i++) {
            startAt[i] = (int) Math.rint(arm.sessions().get(i).startSeconds() / dt);
            endAt[i] = Math.min(steps, (int) Math.rint(arm.sessions().get(i).endSeconds() / dt));
        }
        int next = 0;
        int running = -1;
        double[] xa = drive.get(Circuit.ANALGESIA);
        double[] xr = drive.get(Circuit.REWARD);
        double[] xv = drive.get(Circuit.RESPIRATION);
        double[] xg = drive.get(Circuit.GUT);
        int nc = Circuit.values().length;
        for (int n = 0; n <= steps; n++) {
            if (running >= 0 && endAt[running] == n) {
                learning.endSession();
                running = -1;
            }
            while (running < 0 && next < startAt.length && startAt[next] <= n && n < steps) {
                if (endAt[next] > n) {
                    learning.startSession(arm.sessions().get(next).context());
                    running = next;
                }
                next++;
            }
            double[] cr = new double[nc];
            for (Circuit c : Circuit.values()) {
                cr[c.ordinal()] = learning.response(c.ordinal());
                out.get(Series.conditioned(c))[n] = cr[c.ordinal()];
            }
            out.get(Series.CONTEXT)[n] = running < 0 ? 0 : contextIndex.get(arm.sessions().get(running).context());
            double net = xa[n] - pain.level() - cr[Circuit.ANALGESIA.ordinal()];
            out.get(Series.PRONOCICEPTION)[n] = pain.level();
            out.get(Series.NET_ANTINOCICEPTION)[n] = net;
            out.get(Series.PAIN_THRESHOLD)[n] = 1 + net;
            double ventilation = 1 - ventilationGain * (xv[n] - cr[Circuit.RESPIRATION.ordinal()]);
            out.get(Series.VENTILATION)[n] = ventilation;
            out.get(Series.VENTILATION_DEPRESSION)[n] = 1 - ventilation;
            out.get(Series.GUT_TRANSIT)[n] = 1 - (xg[n] - cr[Circuit.GUT.ordinal()]);
            double h = hedonic.hedonicState(xr[n], cr[Circuit.REWARD.ordinal()]);
            out.get(Series.OPPONENT)[n] = hedonic.opponent();
            out.get(Series.ALLOSTATIC_LOAD)[n] = hedonic.load();
            out.get(Series.HEDONIC_SET_POINT)[n] = hedonic.setPoint();
            out.get(Series.HEDONIC_STATE)[n] = h;
            out.get(Series.DYSPHORIA)[n] = Math.max(0, -h);
            out.get(Series.SENSITIZATION)[n] = sensitization.level();
            out.get(Series.LOCOMOTOR)[n] = sensitization.locomotor(xr[n]);
            if (n == steps) {
                break;
            }
            double[] held = new double[nc];
            for (Circuit c : Circuit.values()) {
                double[] x = drive.get(c);
                held[c.ordinal()] = 0.5 * (x[n] + x[n + 1]);
            }
            learning.accumulate(held, dt);
            double[] ga = g.get(Circuit.ANALGESIA);
            pain.step(0.5 * (ga[n] + ga[n + 1]), gainAnalgesia[n], dt);
            hedonic.step(held[Circuit.REWARD.ordinal()], gainReward[n], dt);
            sensitization.step(held[Circuit.REWARD.ordinal()], 1 + deltaFosBGain * fosbReward[n], dt);
        }
    }
}
