package org.receptorsim.pharmacology;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * An exposure a person can change while the cell runs (the GUI's dosing actions): on top of the scenario's own
 * exposure, set a ligand's bath concentration from now on (a bolus into the bath), start or stop a constant infusion
 * that adds to it, or wash everything out (the protocol's later changes included). Actions come from any thread (the
 * Swing thread) through a concurrent queue and are applied on the model's thread when the next step asks for its
 * concentrations; because concentrations can change at any step, the cohort engine never takes long steps through
 * it. Without actions it gives exactly the base exposure's concentrations.
 */
public final class InteractiveExposure implements Exposure {

    private final Exposure base;
    private final int ligandCount;
    private static final long serialVersionUID = 1L;

    /** What a person asked for, applied at the start of the next step (saved with a checkpoint). */
    private enum Kind { SET, INFUSE, WASHOUT }

    private record Action(Kind kind, int index, double molar) implements java.io.Serializable {
    }

    private final ConcurrentLinkedQueue<Action> pending = new ConcurrentLinkedQueue<>();
    private final double[] set;
    private final double[] infusion;
    private boolean baseWashedOut;

    /**
     * @param base the scenario's exposure
     * @param ligandCount number of ligands of the run
     */
    public InteractiveExposure(Exposure base, int ligandCount) {
        this.base = base;
        this.ligandCount = ligandCount;
        this.set = new double[ligandCount];
        this.infusion = new double[ligandCount];
        reset();
    }

    /** Forgets every action (a new run). */
    public void reset() {
        pending.clear();
        Arrays.fill(set, Double.NaN);
        Arrays.fill(infusion, 0);
        baseWashedOut = false;
    }

    /** From the next step on, ligand {@code index} is at {@code molar} in the bath (replacing the protocol's). */
    public void setConcentration(int index, double molar) {
        check(index, molar);
        pending.add(new Action(Kind.SET, index, molar));
    }

    /** From the next step on, an infusion adds a steady {@code molar} of ligand {@code index}. */
    public void startInfusion(int index, double molar) {
        check(index, molar);
        pending.add(new Action(Kind.INFUSE, index, molar));
    }

    /** Stops the infusion of ligand {@code index}. */
    public void stopInfusion(int index) {
        check(index, 0);
        pending.add(new Action(Kind.INFUSE, index, 0));
    }

    /** Removes every ligand: the protocol's, the set ones and the infusions. */
    public void washout() {
        pending.add(new Action(Kind.WASHOUT, -1, 0));
    }

    private void check(int index, double molar) {
        if (index < 0 || index >= ligandCount) {
            throw new IllegalArgumentException("ligand index out of range: " + index);
        }
        if (!(molar >= 0) || Double.isInfinite(molar)) {
            throw new IllegalArgumentException("concentration must be finite and >= 0 M, got " + molar);
        }
    }

    @Override
    public void concentrationsAt(double timeSeconds, double[] molar) {
        Action a;
        while ((a = pending.poll()) != null) {
            switch (a.kind()) {
                case SET -> set[a.index()] = a.molar();
                case INFUSE -> infusion[a.index()] = a.molar();
                case WASHOUT -> {
                    baseWashedOut = true;
                    Arrays.fill(set, 0);
                    Arrays.fill(infusion, 0);
                }
            }
        }
        if (baseWashedOut) {
            Arrays.fill(molar, 0, ligandCount, 0.0);
        } else {
            base.concentrationsAt(timeSeconds, molar);
        }
        for (int i = 0; i < ligandCount; i++) {
            if (!Double.isNaN(set[i])) {
                molar[i] = set[i];
            }
            molar[i] += infusion[i];
        }
    }

    /**
     * Promises nothing beyond the instant: a person may act at any step, so the cohort engine must not take one long
     * step over the coming ones.
     */
    @Override
    public double constantUntil(double timeSeconds) {
        return timeSeconds;
    }

    @Override
    public List<ExposureQuantity> readoutQuantities() {
        return base.readoutQuantities();
    }

    @Override
    public ExposureReadouts readouts(double timeSeconds) {
        return base.readouts(timeSeconds);
    }
}
