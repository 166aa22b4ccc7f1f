package org.receptorsim.pharmacology;

/**
 * The concentration of each ligand at the receptor over time (bath protocol now; pharmacokinetics later).
 * Implementations are deterministic and immutable.
 */
public interface Exposure {

    /**
     * Fills {@code molar} with the concentration of each ligand (molar), in the run's ligand order, at a time.
     *
     * @param timeSeconds time from the start of the run, in seconds
     * @param molar output array, one entry per ligand
     */
    void concentrationsAt(double timeSeconds, double[] molar);
}
