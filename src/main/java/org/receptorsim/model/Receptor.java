package org.receptorsim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One mu-opioid receptor: an individual stochastic agent with identity and history.
 *
 * <p>Each step it moves according to the exact law of its Markov chain over the step (a row of exp(Q·dt), held by
 * the cell's {@link ReceptorKinetics}). Getters are named for MASON's inspectors.
 */
public final class Receptor implements Steppable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final double birthSeconds;
    private final transient ReceptorKinetics kinetics;
    private int chainState;
    private double lastTransitionSeconds;
    private int internalizationCycles;
    /** Position in its chain-state group (cohort engine). */
    int groupPosition;

    Receptor(long id, double birthSeconds, ReceptorKinetics kinetics) {
        this.id = id;
        this.birthSeconds = birthSeconds;
        this.kinetics = kinetics;
        this.chainState = ReceptorStateSpace.FREE;
        this.lastTransitionSeconds = birthSeconds;
    }

    @Override
    public void step(SimState state) {
        kinetics.advance(this);
    }

    /** Moves to a new chain state at the end of a step (called by the kinetics only). */
    void moveTo(int newChainState, double timeSeconds) {
        if (newChainState == ReceptorStateSpace.INTERNALIZED) {
            internalizationCycles++;
        }
        chainState = newChainState;
        lastTransitionSeconds = timeSeconds;
    }

    /** Index of this receptor's state in the cell's {@link ReceptorStateSpace}. */
    public int chainState() {
        return chainState;
    }

    /** Unique identity within the cell. */
    public long getId() {
        return id;
    }

    /** Regulatory state. */
    public ReceptorState getState() {
        return kinetics.space().publicState(chainState);
    }

    /** Name of the ligand held, or "none". */
    public String getLigand() {
        int l = kinetics.space().ligandIndex(chainState);
        return l < 0 ? "none" : kinetics.space().ligands().get(l).name();
    }

    /** True if GRK-phosphorylated. */
    public boolean isPhosphorylated() {
        return kinetics.space().phosphorylated(chainState);
    }

    /** The phosphorylation barcode: the sites phosphorylated, e.g. "S375 T370", or "none". */
    public String getPhosphosites() {
        return kinetics.space().barcode(chainState);
    }

    /** The arrestin held: "none", "arrestin-3 (β-arrestin-2)" or "arrestin-2 (β-arrestin-1)". */
    public String getArrestin() {
        return kinetics.space().arrestin(chainState).label();
    }

    /** True in the long-lived desensitized state. */
    public boolean isLongLivedDesensitized() {
        return kinetics.space().desensitized(chainState);
    }

    /** Compartment the receptor is in. */
    public Location getLocation() {
        return getState().location();
    }

    /** Time of synthesis (seconds from the start; 0 for the initial receptors). */
    public double getBirthSeconds() {
        return birthSeconds;
    }

    /** Age in seconds at the cell's current time. */
    public double getAgeSeconds() {
        return kinetics.timeSeconds() - birthSeconds;
    }

    /** Time of the last change of state (end of the step in which it happened), seconds from the start. */
    public double getLastTransitionSeconds() {
        return lastTransitionSeconds;
    }

    /** How many times the receptor has been internalized. */
    public int getInternalizationCycles() {
        return internalizationCycles;
    }

    @Override
    public String toString() {
        return "Receptor " + id + " " + kinetics.space().label(chainState);
    }
}
