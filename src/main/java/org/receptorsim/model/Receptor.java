package org.receptorsim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One mu-opioid receptor: an individual stochastic agent with identity and history.
 *
 * <p>It moves according to the exact law of its Markov chain, held by the cell's {@link ReceptorKinetics}: in the
 * event engine it carries its own clock (its next transition time, in the cell's event queue under its
 * {@link #handle}); in the per-step engine it is stepped on the MASON schedule and draws its state at the end of each
 * step. Getters are named for MASON's inspectors.
 */
public final class Receptor implements Steppable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final double birthSeconds;
    private final ReceptorKinetics kinetics;
    private int chainState;
    private double lastTransitionSeconds;
    private int internalizationCycles;
    /** Index of this receptor among the cell's receptors: its clock's handle in the event engine. */
    final int handle;
    /** Position in the event engine's group of receptors free to bind a ligand (-1 when not in it). */
    int groupPosition = -1;

    Receptor(long id, double birthSeconds, ReceptorKinetics kinetics, int handle) {
        this.id = id;
        this.handle = handle;
        this.birthSeconds = birthSeconds;
        this.kinetics = kinetics;
        this.chainState = ReceptorStateSpace.FREE;
        this.lastTransitionSeconds = birthSeconds;
    }

    @Override
    public void step(SimState state) {
        kinetics.advance(this);
    }

    /** Puts a receptor just made in its first chain state (no transition is recorded). */
    void place(int firstChainState) {
        chainState = firstChainState;
    }

    /** Moves to a new chain state at a given time (called by the kinetics only). */
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

    /**
     * Time of the last change of state, seconds from the start: exact in the event engine, the end of the step in
     * which it happened in the per-step engine.
     */
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
