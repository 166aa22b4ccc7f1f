package org.receptorsim.pharmacology.pk;

import java.util.Arrays;
import org.receptorsim.pharmacology.BathProtocol;
import org.receptorsim.pharmacology.Exposure;

/**
 * An effect-site clamp: one ligand held at a constant concentration at the receptors from the start, with no
 * pharmacokinetics at all (so no pharmacokinetic tolerance: whatever tolerance develops is the receptors' and the
 * cell's). An optional {@link BathProtocol} adds on top, e.g. an antagonist challenge.
 *
 * <p>Immutable and thread-safe.
 */
public final class EffectSiteClamp implements Exposure {

    private final int ligandCount;
    private final int ligandIndex;
    private final double molar;
    private final BathProtocol bath;

    /**
     * @param ligandCount number of ligands in the run (≥ 1)
     * @param ligandIndex the clamped ligand (0 ≤ index &lt; ligandCount)
     * @param molar the clamped concentration (molar, finite, ≥ 0)
     * @param bath bath concentrations added on top, or null for none
     */
    public EffectSiteClamp(int ligandCount, int ligandIndex, double molar, BathProtocol bath) {
        PharmacokineticExposure.checkIndex(ligandCount, ligandIndex);
        Checks.nonNegative("clampMolar", molar);
        this.ligandCount = ligandCount;
        this.ligandIndex = ligandIndex;
        this.molar = molar;
        this.bath = bath;
    }

    /** The clamped concentration (molar). */
    public double molar() {
        return molar;
    }

    /** Index of the clamped ligand. */
    public int ligandIndex() {
        return ligandIndex;
    }

    /** The bath on top, or null. */
    public BathProtocol bath() {
        return bath;
    }

    @Override
    public void concentrationsAt(double timeSeconds, double[] out) {
        if (bath != null) {
            bath.concentrationsAt(timeSeconds, out);
        } else {
            Arrays.fill(out, 0, ligandCount, 0.0);
        }
        out[ligandIndex] += molar;
    }

    @Override
    public double constantUntil(double timeSeconds) {
        return bath == null ? Double.POSITIVE_INFINITY : bath.constantUntil(timeSeconds);
    }
}
