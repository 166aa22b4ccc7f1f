package org.receptorsim.meanfield;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.receptorsim.kinetics.MatrixExponential;
import org.receptorsim.model.CellSetup;
import org.receptorsim.model.ReceptorGenerator;
import org.receptorsim.model.ReceptorStateSpace;
import org.receptorsim.pharmacology.BathProtocol;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.scenario.Arm;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.simulation.CellFactory;

/**
 * The expected number of receptors in every chain state of one arm's cell over time: n(t) solves
 * dn/dt = Qᵀ(c(t))·n + s·e_FREE, with Q the receptor generator ({@link ReceptorGenerator}) at the bath's
 * concentrations c(t) and s the zero-order synthesis (receptors per second), starting from every receptor free at
 * t = 0. The bath is piecewise constant, so each stretch is solved exactly: n(t + τ) = n(t)·exp(Q·τ) + s·e_FREE·
 * ∫₀^τ exp(Q·u) du, the integral read off the exponential of the augmented matrix [[Q, I], [0, 0]]. Because every
 * receptor follows the same chain independently, this is exactly the mean of the stochastic cell (either engine).
 */
public final class MeanFieldSolution {

    private final ReceptorStateSpace space;
    private final double synthesisPerSecond;
    private final double[] times;
    private final double[][] counts;

    private MeanFieldSolution(ReceptorStateSpace space, double synthesisPerSecond, double[] times,
                              double[][] counts) {
        this.space = space;
        this.synthesisPerSecond = synthesisPerSecond;
        this.times = times;
        this.counts = counts;
    }

    /**
     * The mean-field solution of an arm at the scenario's recording times (every outputInterval from 0 to the
     * duration).
     *
     * @param scenario the resolved scenario
     * @param arm one of its arms
     * @return the solution
     * @throws IllegalArgumentException if the arm's exposure is not a piecewise-constant bath (pharmacokinetics) or
     *     a ligand releases a transmitter from a depleting pool (not a linear chain)
     */
    public static MeanFieldSolution of(Scenario scenario, Arm arm) {
        CellSetup setup = CellFactory.nominalSetup(scenario, arm);
        BathProtocol bath = requireLinear(scenario, arm);
        int count = (int) Math.round(setup.durationSeconds() / setup.outputIntervalSeconds()) + 1;
        double[] t = new double[count];
        for (int i = 0; i < count; i++) {
            t[i] = i * setup.outputIntervalSeconds();
        }
        return of(setup, bath, t);
    }

    /**
     * The bath of an arm whose chain is linear, so that the mean-field law is exact.
     *
     * @throws IllegalArgumentException naming what is not
     */
    public static BathProtocol requireLinear(Scenario scenario, Arm arm) {
        if (arm.protocol().pharmacokinetics() != null) {
            throw new IllegalArgumentException("arm '" + arm.name() + "': pharmacokinetics give a continuously "
                    + "changing concentration; expected a bath protocol (piecewise-constant exposure)");
        }
        for (Ligand l : scenario.ligands()) {
            if (l.releasesTransmitter()) {
                throw new IllegalArgumentException("ligand '" + l.name() + "' releases a transmitter from a "
                        + "depleting pool, which is not a mass-action chain; expected direct ligands only");
            }
        }
        return arm.bath(scenario.ligands());
    }

    /**
     * The mean-field solution of a cell setup under a bath, at given times.
     *
     * @param setup the cell, ligands and timing
     * @param bath the bath protocol
     * @param timesSeconds increasing times from 0 (seconds)
     * @return the solution
     */
    public static MeanFieldSolution of(CellSetup setup, BathProtocol bath, double[] timesSeconds) {
        ReceptorStateSpace space = new ReceptorStateSpace(setup.ligands());
        int n = space.size();
        double synthesis = ReceptorGenerator.synthesisPerSecond(space, setup.cell());
        double[] state = new double[n];
        state[ReceptorStateSpace.FREE] = setup.cell().receptorCount();
        double[][] out = new double[timesSeconds.length][];
        Map<String, double[][]> cache = new HashMap<>();
        double[] c = new double[space.ligandCount()];
        double now = 0;
        for (int i = 0; i < timesSeconds.length; i++) {
            while (now < timesSeconds[i]) {
                bath.concentrationsAt(now, c);
                double until = Math.min(timesSeconds[i], bath.constantUntil(now));
                double tau = until - now;
                String key = Arrays.toString(c) + "@" + tau;
                double[][] propagator = cache.computeIfAbsent(key,
                        k -> augmentedExponential(ReceptorGenerator.build(space, setup.cell(), c.clone()), tau));
                state = advance(propagator, state, synthesis);
                now = until;
            }
            out[i] = state.clone();
        }
        return new MeanFieldSolution(space, synthesis, timesSeconds.clone(), out);
    }

    /** exp of [[Q, I], [0, 0]]·τ: upper-left block exp(Q·τ), upper-right ∫₀^τ exp(Q·u) du. */
    private static double[][] augmentedExponential(double[][] q, double tau) {
        int n = q.length;
        double[][] a = new double[2 * n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(q[i], 0, a[i], 0, n);
            a[i][n + i] = 1.0;
        }
        return MatrixExponential.exponential(a, tau);
    }

    private static double[] advance(double[][] e, double[] state, double synthesis) {
        int n = state.length;
        double[] next = new double[n];
        for (int i = 0; i < n; i++) {
            double x = state[i];
            if (x != 0) {
                for (int j = 0; j < n; j++) {
                    next[j] += x * e[i][j];
                }
            }
        }
        for (int j = 0; j < n; j++) {
            next[j] += synthesis * e[ReceptorStateSpace.FREE][n + j];
        }
        return next;
    }

    /** The chain states. */
    public ReceptorStateSpace space() {
        return space;
    }

    /** Zero-order synthesis into the free state (receptors per second). */
    public double synthesisPerSecond() {
        return synthesisPerSecond;
    }

    /** The times of the solution (seconds). */
    public double[] times() {
        return times.clone();
    }

    /** Expected receptors in chain state {@code state} at time index {@code i}. */
    public double count(int i, int state) {
        return counts[i][state];
    }

    /** Expected receptors per user-facing state ({@code ReceptorState} ordinal) at time index {@code i}. */
    public double[] publicCounts(int i) {
        double[] p = new double[org.receptorsim.model.ReceptorState.values().length];
        for (int s = 0; s < space.size(); s++) {
            p[space.publicState(s).ordinal()] += counts[i][s];
        }
        return p;
    }
}
