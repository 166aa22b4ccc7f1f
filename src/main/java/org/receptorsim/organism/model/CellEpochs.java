package org.receptorsim.organism.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.receptorsim.replicates.ReplicateRunner;
import org.receptorsim.organism.cell.CellCircuitAdapter;
import org.receptorsim.organism.circuit.Circuit;
import org.receptorsim.organism.circuit.CircuitSpec;
import org.receptorsim.organism.transcription.TranscriptionalState;
import org.receptorsim.pharmacology.pk.DosingEvent;

/**
 * Runs the circuits' cells over an arm and the transcriptional state they drive, with the feedback of that state on
 * the cells' set points.
 *
 * <p>The arm's time line is cut into epochs: a new one starts at each dose given after at least {@code cellRestartGap}
 * without drug (a brain clamp makes one epoch). Each epoch's cells start afresh, at rest, with their cyclase
 * up-regulation ceiling raised by the circuit's transcriptional gain A at the epoch's start
 * ({@link CellCircuitAdapter#withCyclaseSetPointGain}; A = 1 with {@code cellSetPointFeedback} off), and run to the
 * next epoch on their own named streams ({@code .../epoch:k}). A cell's parameters are fixed over its run, so within
 * an epoch the set point is that of its start; the transcriptional state, driven by the cells' G-protein activation,
 * is advanced step by step ({@link TranscriptionalState}, input held at its mean over the step) and written as the
 * series {@code <circuit>Creb}, {@code DeltaFosB} and {@code AdaptationGain}.
 */
final class CellEpochs {

    private CellEpochs() {
    }

    /**
     * The cells' mean readouts per circuit over the whole arm, and the transcriptional series written into
     * {@code out}.
     *
     * @param arm the arm
     * @param brain per ligand of {@link ArmSetup#ligands()}, the unbound brain concentration held over each step
     *     (molar)
     * @param unboundPlasma the same for unbound plasma
     * @param threads threads for the cells (≥ 1)
     * @param out the arm's series, holding the transcriptional ones
     * @return readouts at t_0..t_N per circuit
     */
    static Map<Circuit, CellCircuitAdapter.Readouts> run(ArmSetup arm, double[][] brain, double[][] unboundPlasma,
                                                        int threads, Map<String, double[]> out) {
        ParameterSet p = arm.parameters();
        int steps = arm.stepCount();
        double dt = arm.stepSeconds();
        TranscriptionalState.Parameters tp = new TranscriptionalState.Parameters(
                p.get(OrganismParameter.CREB_INDUCTION_RATE), p.rateOf(OrganismParameter.CREB_DECAY_TIME),
                p.get(OrganismParameter.DELTAFOSB_INDUCTION_RATE), p.rateOf(OrganismParameter.DELTAFOSB_DECAY_TIME),
                p.get(OrganismParameter.CREB_GAIN), p.get(OrganismParameter.DELTAFOSB_GAIN));
        Map<Circuit, TranscriptionalState> transcription = new EnumMap<>(Circuit.class);
        Map<Circuit, double[][]> readouts = new EnumMap<>(Circuit.class);
        for (Circuit c : Circuit.values()) {
            transcription.put(c, new TranscriptionalState(tp));
            readouts.put(c, new double[3][steps + 1]);
        }
        boolean feedback = p.isOn(OrganismParameter.CELL_SET_POINT_FEEDBACK);
        int[] starts = epochStarts(arm);
        for (int k = 0; k < starts.length; k++) {
            int from = starts[k];
            int to = k + 1 < starts.length ? starts[k + 1] : steps;
            Map<Circuit, Double> gain = new EnumMap<>(Circuit.class);
            for (Circuit c : Circuit.values()) {
                gain.put(c, feedback ? transcription.get(c).gain() : 1.0);
            }
            Map<Circuit, CellCircuitAdapter.Readouts> epoch = runEpoch(arm, brain, unboundPlasma, threads, k, from, to,
                    gain);
            for (Circuit c : Circuit.values()) {
                CellCircuitAdapter.Readouts r = epoch.get(c);
                double[][] into = readouts.get(c);
                // the epoch's first point is its cells at rest; the grid keeps the previous cells' last point there
                int first = k == 0 ? 0 : 1;
                for (int i = first; i <= to - from; i++) {
                    into[0][from + i] = r.gProteinActivation()[i];
                    into[1][from + i] = r.effect()[i];
                    into[2][from + i] = r.cAMPRelative()[i];
                }
            }
            advanceTranscription(transcription, readouts, from, to, dt, out);
        }
        Map<Circuit, CellCircuitAdapter.Readouts> result = new EnumMap<>(Circuit.class);
        for (Circuit c : Circuit.values()) {
            double[][] r = readouts.get(c);
            result.put(c, new CellCircuitAdapter.Readouts(r[0], r[1], r[2]));
        }
        return result;
    }

    /**
     * Grid indices at which epochs start: 0, and each dose of the drug given after at least {@code cellRestartGap}
     * without it (from the previous dose's end; an antagonist's doses do not count). None but 0 under a brain clamp.
     */
    static int[] epochStarts(ArmSetup arm) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        if (arm.brainClampMolar() == null) {
            double gap = arm.parameters().get(OrganismParameter.CELL_RESTART_GAP);
            double lastEnd = Double.NaN;
            for (DosingEvent d : DosingEvent.expandAll(arm.doses())) {
                int n = (int) Math.rint(d.timeSeconds() / arm.stepSeconds());
                if (!Double.isNaN(lastEnd) && d.timeSeconds() - lastEnd >= gap && n > starts.get(starts.size() - 1)
                        && n < arm.stepCount()) {
                    starts.add(n);
                }
                double end = d instanceof DosingEvent.Infusion i ? i.endSeconds() : d.timeSeconds();
                lastEnd = Double.isNaN(lastEnd) ? end : Math.max(lastEnd, end);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The transcriptional states from grid point {@code from} to {@code to}, written at each point. */
    private static void advanceTranscription(Map<Circuit, TranscriptionalState> transcription,
                                             Map<Circuit, double[][]> readouts, int from, int to, double dt,
                                             Map<String, double[]> out) {
        for (Circuit c : Circuit.values()) {
            TranscriptionalState t = transcription.get(c);
            double[] g = readouts.get(c)[0];
            for (int n = from; ; n++) {
                out.get(Series.creb(c))[n] = t.creb();
                out.get(Series.deltaFosB(c))[n] = t.deltaFosB();
                out.get(Series.gain(c))[n] = t.gain();
                if (n == to) {
                    break;
                }
                t.step(0.5 * (g[n] + g[n + 1]), dt);
            }
        }
    }

    /** One epoch's cells, grid points {@code from}..{@code to}, in their compartment's concentration. */
    private static Map<Circuit, CellCircuitAdapter.Readouts> runEpoch(ArmSetup arm, double[][] brain,
                                                                   double[][] unboundPlasma, int threads,
                                                                   int epoch, int from, int to,
                                                                   Map<Circuit, Double> gain) {
        /** One cell of one circuit. */
        record Task(Circuit circuit, CellCircuitAdapter.Population cells, double[][] exposure, String prefix,
                    int replicate) {
        }
        List<Task> tasks = new ArrayList<>();
        double dt = arm.stepSeconds();
        for (Circuit c : Circuit.values()) {
            CircuitSpec spec = arm.circuits().get(c);
            CellCircuitAdapter.Population cells = CellCircuitAdapter.withCyclaseSetPointGain(spec.cells(),
                    arm.drug().ligandDefinition(), dt, gain.get(c));
            double[][] site = c.site() == Circuit.Site.BRAIN ? brain : unboundPlasma;
            double[][] exposure = new double[site.length][];
            for (int j = 0; j < site.length; j++) {
                exposure[j] = java.util.Arrays.copyOfRange(site[j], from, to);
            }
            String prefix = "arm:" + arm.name() + "/circuit:" + c.key() + (epoch == 0 ? "" : "/epoch:" + epoch);
            for (int r = 0; r < cells.cells(); r++) {
                tasks.add(new Task(c, cells, exposure, prefix, r));
            }
        }
        List<CellCircuitAdapter.Readouts> results = new ReplicateRunner(threads).runAll(tasks.size(), i -> {
            Task t = tasks.get(i);
            return CellCircuitAdapter.runCell(t.cells(), arm.ligands(), t.exposure(), dt, arm.seed(), t.prefix(),
                    t.replicate());
        });
        Map<Circuit, CellCircuitAdapter.Readouts> mean = new EnumMap<>(Circuit.class);
        for (Circuit c : Circuit.values()) {
            List<CellCircuitAdapter.Readouts> list = new ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
                if (tasks.get(i).circuit() == c) {
                    list.add(results.get(i));
                }
            }
            mean.put(c, CellCircuitAdapter.Readouts.mean(list));
        }
        return mean;
    }
}
