package org.receptorsim.model;

/**
 * The state of a cell at one recorded time.
 *
 * @param timeSeconds seconds from the start
 * @param stateCounts receptors per {@link ReceptorState}, indexed by ordinal (DEGRADED counts all degraded so far)
 * @param synthesized receptors synthesized since the start
 * @param readouts the cell's signal readouts
 * @param concentrationsMolar ligand concentrations over the last step (molar), in ligand order
 * @param chainCounts receptors in every chain state of the cell's {@link ReceptorStateSpace} (null when not
 *     recorded, e.g. read back from an ensemble's store)
 */
public record CellSnapshot(double timeSeconds, long[] stateCounts, long synthesized, SignalReadouts readouts,
                           double[] concentrationsMolar, long[] chainCounts)
        implements java.io.Serializable {

    /** A snapshot without chain-state counts. */
    public CellSnapshot(double timeSeconds, long[] stateCounts, long synthesized, SignalReadouts readouts,
                        double[] concentrationsMolar) {
        this(timeSeconds, stateCounts, synthesized, readouts, concentrationsMolar, null);
    }

    /** Receptors not degraded. */
    public long alive() {
        long sum = 0;
        for (ReceptorState s : ReceptorState.values()) {
            if (s != ReceptorState.DEGRADED) {
                sum += stateCounts[s.ordinal()];
            }
        }
        return sum;
    }

    /** Receptors on the plasma membrane (clathrin pits included). */
    public long surface() {
        long sum = 0;
        for (ReceptorState s : ReceptorState.values()) {
            if (s.atSurface()) {
                sum += stateCounts[s.ordinal()];
            }
        }
        return sum;
    }

    /** Count in one state. */
    public long count(ReceptorState state) {
        return stateCounts[state.ordinal()];
    }
}
