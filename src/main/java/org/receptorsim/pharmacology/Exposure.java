package org.receptorsim.pharmacology;

import java.util.List;

/**
 * The concentration of each ligand at the receptor over time (bath protocol now; pharmacokinetics later).
 * Implementations are deterministic and immutable.
 */
public interface Exposure extends java.io.Serializable {

    /**
     * Fills {@code molar} with the concentration of each ligand (molar), in the run's ligand order, at a time.
     *
     * @param timeSeconds time from the start of the run, in seconds
     * @param molar output array, one entry per ligand
     */
    void concentrationsAt(double timeSeconds, double[] molar);

    /**
     * The time up to which the concentrations stay what they are at {@code timeSeconds} (exclusive), so that a
     * kinetics engine may take one long exact step through it. The default promises nothing beyond the instant.
     *
     * @param timeSeconds a time (seconds)
     * @return the next time the concentrations may change (seconds), +∞ if never
     */
    default double constantUntil(double timeSeconds) {
        return timeSeconds;
    }

    /** The extra quantities this exposure reports (e.g. plasma concentration), with their units; none by default. */
    default List<ExposureQuantity> readoutQuantities() {
        return List.of();
    }

    /**
     * The extra quantities at a time, those of {@link #readoutQuantities()}.
     *
     * @param timeSeconds a time (seconds)
     * @return their values
     */
    default ExposureReadouts readouts(double timeSeconds) {
        return ExposureReadouts.NONE;
    }
}
