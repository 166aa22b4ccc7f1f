package org.receptorsim.meanfield;

import org.receptorsim.model.CellSetup;
import org.receptorsim.model.MeanFieldCell;
import org.receptorsim.model.ReceptorGenerator;
import org.receptorsim.model.ReceptorStateSpace;
import org.receptorsim.pharmacology.BathProtocol;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.scenario.Arm;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.simulation.CellFactory;

/**
 * The expected number of receptors in every chain state of one arm's cell at its recording times, as the exported
 * model (SBML) states it: n(t) solves dn/dt = Qᵀ(c(t))·n + s·e_FREE, with Q the receptor generator
 * ({@link ReceptorGenerator}) at the bath's concentrations c(t) and s the zero-order synthesis, from every receptor
 * free at t = 0. Solved by the project's one mean-field law, {@link MeanFieldCell} (exact over each step of the
 * piecewise-constant bath); because every receptor follows the same chain independently, this is exactly the mean
 * of the stochastic cell (any engine).
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
        requireLinear(scenario, arm);
        CellSetup setup = CellFactory.nominalSetup(scenario, arm);
        MeanFieldCell.Course course = MeanFieldCell.run(setup);
        ReceptorStateSpace space = new ReceptorStateSpace(setup.ligands());
        int count = course.points().size();
        double[] t = new double[count];
        double[][] n = new double[count][];
        for (int i = 0; i < count; i++) {
            t[i] = course.points().get(i).timeSeconds();
            n[i] = course.points().get(i).chainCounts();
        }
        return new MeanFieldSolution(space, ReceptorGenerator.synthesisPerSecond(space, setup.cell()), t, n);
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
