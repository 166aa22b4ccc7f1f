package org.receptorsim.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.receptorsim.kinetics.MatrixExponential;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.signaling.CyclaseCascade;

/**
 * The expected course of a cell: the mean-field law of the agent model, for fitting where an objective must be a
 * smooth function of the parameters. The expected number of receptors in each chain state follows the master
 * equation dn/dt = n·Q + s·e_FREE (Q the same generator the agents step by, s the zero-order synthesis), solved
 * exactly over each step as the row vector [n, 1] times exp(A·dt), A = [[Q, 0], [s·e_FREE, 0]]; the same
 * {@link CyclaseCascade} as the agent cell is driven by the expected active receptors R* at the end of each step,
 * in the agent cell's order (exposure → receptors → synthesis → signal → record). The receptor numbers are exact
 * expectations; the signal is the cascade's response to the expected R* (the cascade is nonlinear in R*, so it
 * differs from the agent cells' mean by terms of the order of the variance of R*, small for thousands of
 * receptors).
 *
 * <p>Covers cells without challenge experiments and without indirect agonists (transmitter release makes the
 * concentrations depend on the cell's own state).
 */
public final class MeanFieldCell {

    private MeanFieldCell() {
    }

    /**
     * The cell at one recorded time.
     *
     * @param timeSeconds seconds from the start
     * @param stateCounts expected receptors per {@link ReceptorState}, indexed by ordinal (DEGRADED: degraded so far)
     * @param readouts the expected course's signal readouts
     * @param chainCounts expected receptors per chain state of the setup's {@link ReceptorStateSpace}
     */
    public record Point(double timeSeconds, double[] stateCounts, SignalReadouts readouts, double[] chainCounts) {

        /** Expected receptors on the plasma membrane. */
        public double surface() {
            double sum = 0;
            for (ReceptorState s : ReceptorState.values()) {
                if (s.atSurface()) {
                    sum += stateCounts[s.ordinal()];
                }
            }
            return sum;
        }
    }

    /**
     * The recorded course.
     *
     * @param points one point per recording, the first at t = 0
     */
    public record Course(List<Point> points) {
    }

    /**
     * Runs a setup's protocol to its end, recording at its output interval (and at the end).
     *
     * @param setup the cell, ligands, exposure and timing (no challenges)
     * @return the expected course
     * @throws IllegalArgumentException for a setup with challenges or an indirect agonist
     */
    public static Course run(CellSetup setup) {
        if (setup.challenges() != null) {
            throw new IllegalArgumentException("challenges: the mean-field law covers cells without challenge "
                    + "experiments");
        }
        for (Ligand l : setup.ligands()) {
            if (l.releasesTransmitter()) {
                throw new IllegalArgumentException("ligand '" + l.name() + "' is an indirect agonist: the mean-field "
                        + "law covers ligands that bind the receptor");
            }
        }
        CellType cell = setup.cell();
        ReceptorStateSpace space = new ReceptorStateSpace(setup.ligands());
        int size = space.size();
        double[] activity = CellSimulation.activityByState(space, cell);
        double synthesis = ReceptorGenerator.synthesisPerSecond(space, cell);
        CyclaseCascade signal = new CyclaseCascade(CellSimulation.cascadeParameters(cell), setup.adaptations(),
                setup.forskolinAssay());
        double dt = setup.dtSeconds();
        double[] n = new double[size + 1];
        n[ReceptorStateSpace.FREE] = cell.receptorCount();
        n[size] = 1;
        signal.update(active(n, activity), dt);
        List<Point> points = new ArrayList<>();
        points.add(point(0, n, space, signal, setup, cell));
        Map<String, Step> steps = new HashMap<>();
        double[] concentrations = new double[space.ligandCount()];
        double[] stepConcentrations = null;
        Step step = null;
        double[] next = new double[size + 1];
        long count = setup.stepCount();
        long perOutput = setup.stepsPerOutput();
        for (long k = 1; k <= count; k++) {
            setup.exposure().concentrationsAt((k - 1) * dt, concentrations);
            if (step == null || !Arrays.equals(concentrations, stepConcentrations)) {
                stepConcentrations = concentrations.clone();
                step = steps.get(Arrays.toString(stepConcentrations));
            }
            if (step == null || !step.holds(n)) {
                step = Step.of(space, cell, stepConcentrations, synthesis, dt, n);
                steps.put(Arrays.toString(stepConcentrations), step);
            }
            step.advance(n, next);
            double[] swap = n;
            n = next;
            next = swap;
            n[size] = 1;
            signal.update(active(n, activity), dt);
            if (k % perOutput == 0 || k == count) {
                points.add(point(k * dt, n, space, signal, setup, cell));
            }
        }
        return new Course(List.copyOf(points));
    }

    /**
     * One step at fixed concentrations, exp(A·dt) for A = [[Q, 0], [s·e_FREE, 0]], restricted to the chain states
     * reachable from those occupied (and from FREE, where synthesis puts receptors): the others stay empty, so the
     * exact law is unchanged while the exponential is that of a smaller matrix (a membrane assay without GRK or
     * arrestin reaches only a few of the chain's states).
     *
     * @param states the reachable chain states, then the constant (index {@code size} of the full vector)
     * @param member whether each chain state is among them
     * @param matrix exp(A·dt) over them
     */
    private record Step(int[] states, boolean[] member, double[][] matrix) {

        static Step of(ReceptorStateSpace space, CellType cell, double[] concentrations, double synthesisPerSecond,
                       double dt, double[] occupied) {
            double[][] q = ReceptorGenerator.build(space, cell, concentrations);
            int size = q.length;
            boolean[] member = new boolean[size];
            int[] queue = new int[size];
            int count = 0;
            for (int s = 0; s < size; s++) {
                if (occupied[s] != 0 || s == ReceptorStateSpace.FREE) {
                    member[s] = true;
                    queue[count++] = s;
                }
            }
            for (int head = 0; head < count; head++) {
                int s = queue[head];
                for (int t = 0; t < size; t++) {
                    if (!member[t] && q[s][t] > 0) {
                        member[t] = true;
                        queue[count++] = t;
                    }
                }
            }
            int[] states = new int[count + 1];
            for (int s = 0, i = 0; s < size; s++) {
                if (member[s]) {
                    states[i++] = s;
                }
            }
            states[count] = size;
            double[][] a = new double[count + 1][count + 1];
            for (int i = 0; i < count; i++) {
                for (int j = 0; j < count; j++) {
                    a[i][j] = q[states[i]][states[j]];
                }
                if (states[i] == ReceptorStateSpace.FREE) {
                    a[count][i] = synthesisPerSecond;
                }
            }
            return new Step(states, member, MatrixExponential.exponential(a, dt));
        }

        /** True if every occupied chain state is among this step's states. */
        boolean holds(double[] n) {
            for (int s = 0; s < member.length; s++) {
                if (n[s] != 0 && !member[s]) {
                    return false;
                }
            }
            return true;
        }

        /** next = [n, 1]·exp(A·dt) on the reachable states (the others stay empty). */
        void advance(double[] n, double[] next) {
            Arrays.fill(next, 0);
            int m = states.length;
            for (int i = 0; i < m; i++) {
                double ni = n[states[i]];
                if (ni == 0) {
                    continue;
                }
                double[] row = matrix[i];
                for (int j = 0; j < m; j++) {
                    next[states[j]] += ni * row[j];
                }
            }
        }
    }

    private static double active(double[] n, double[] activity) {
        double sum = 0;
        for (int s = 0; s < activity.length; s++) {
            sum += activity[s] * n[s];
        }
        return sum;
    }

    private static Point point(double time, double[] n, ReceptorStateSpace space, CyclaseCascade signal,
                               CellSetup setup, CellType cell) {
        double[] counts = new double[ReceptorState.values().length];
        double arrestin3 = 0;
        double arrestin2 = 0;
        for (int s = 0; s < space.size(); s++) {
            counts[space.publicState(s).ordinal()] += n[s];
            if (space.arrestin(s) == Arrestin.ARRESTIN_3) {
                arrestin3 += n[s];
            } else if (space.arrestin(s) == Arrestin.ARRESTIN_2) {
                arrestin2 += n[s];
            }
        }
        // the transmitter pool stays full without indirect agonists
        SignalReadouts readouts = SignalReadouts.of(signal, 1, arrestin3 / cell.receptorCount(),
                arrestin2 / cell.receptorCount(), setup.exposure().readouts(time));
        return new Point(time, counts, readouts, Arrays.copyOf(n, space.size()));
    }
}
