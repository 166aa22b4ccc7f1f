package org.receptorsim.pharmacology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An in-vitro bath protocol: at given times, concentrations are set (and the bath may first be washed out);
 * concentrations then stay until the next change. Piecewise constant, so the kinetics cache works well.
 */
public final class BathProtocol implements Exposure {

    /**
     * One change of the bath.
     *
     * @param timeSeconds when it happens, seconds from the start
     * @param washout true if every ligand is removed first
     * @param ligandIndex ligands set at this time (indices into the run's ligand list)
     * @param molar their new concentrations (molar)
     */
    public record Change(double timeSeconds, boolean washout, int[] ligandIndex, double[] molar)
            implements java.io.Serializable {
    }

    private final List<Change> changes;
    private final int ligandCount;

    /**
     * @param ligandCount number of ligands in the run
     * @param changes the bath changes, in any order (stable-sorted by time)
     */
    public BathProtocol(int ligandCount, List<Change> changes) {
        this.ligandCount = ligandCount;
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparingDouble(Change::timeSeconds));
        this.changes = List.copyOf(sorted);
    }

    /** The changes, sorted by time. */
    public List<Change> changes() {
        return changes;
    }

    @Override
    public double constantUntil(double timeSeconds) {
        for (Change c : changes) {
            if (c.timeSeconds() > timeSeconds) {
                return c.timeSeconds();
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public void concentrationsAt(double timeSeconds, double[] molar) {
        java.util.Arrays.fill(molar, 0, ligandCount, 0.0);
        for (Change c : changes) {
            if (c.timeSeconds() > timeSeconds) {
                break;
            }
            if (c.washout()) {
                java.util.Arrays.fill(molar, 0, ligandCount, 0.0);
            }
            for (int k = 0; k < c.ligandIndex().length; k++) {
                molar[c.ligandIndex()[k]] = c.molar()[k];
            }
        }
    }
}
