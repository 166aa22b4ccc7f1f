package org.receptorsim.model;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.receptorsim.records.InvalidFieldException;

/**
 * Cell-to-cell variability of an ensemble: each replicate cell draws its receptor number, GRK2/3 level and arrestin-3 (β-arrestin-2)
 * level from lognormal distributions with the cell type's value as mean and the given coefficient of variation
 * (σ_log² = ln(1 + CV²), μ_log = ln(mean) − σ_log²/2). A null or zero CV leaves that parameter fixed.
 *
 * @param receptorCount CV of the receptor number (dimensionless, ≥ 0)
 * @param grk23Level CV of the GRK2/3 level (dimensionless, ≥ 0)
 * @param arrestin3Level CV of the arrestin-3 (β-arrestin-2) level (dimensionless, ≥ 0)
 */
public record CellVariability(Double receptorCount, Double grk23Level, Double arrestin3Level) {

    /** No variability. */
    public static final CellVariability NONE = new CellVariability(null, null, null);

    /** Checks the coefficients. */
    public CellVariability {
        requireCoefficient("receptorCount", receptorCount);
        requireCoefficient("grk23Level", grk23Level);
        requireCoefficient("arrestin3Level", arrestin3Level);
    }

    private static void requireCoefficient(String field, Double cv) {
        if (cv != null && (!(cv >= 0) || Double.isInfinite(cv))) {
            throw new InvalidFieldException(field, "expected a coefficient of variation >= 0, got " + cv);
        }
    }

    /** True if any parameter varies. */
    public boolean any() {
        return positive(receptorCount) || positive(grk23Level) || positive(arrestin3Level);
    }

    /**
     * Draws one cell's parameters.
     *
     * @param cell the cell type (means)
     * @param random the replicate's variability stream
     * @return the cell type with drawn values (receptor number rounded, at least 1)
     */
    public CellType draw(CellType cell, UniformRandomProvider random) {
        if (!any()) {
            return cell;
        }
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(random);
        long n = Math.max(1, Math.round(lognormal(cell.receptorCount(), receptorCount, gauss)));
        double grk = lognormal(cell.grk23Level(), grk23Level, gauss);
        double arr = lognormal(cell.arrestin3Level(), arrestin3Level, gauss);
        return cell.withVariableParameters((int) Math.min(Integer.MAX_VALUE, n), grk, arr);
    }

    /**
     * A lognormal deviate with the given mean and CV (always consumes one normal deviate).
     *
     * @param mean the mean (returned as it is if not > 0)
     * @param cv coefficient of variation (dimensionless; null or 0: no variation)
     * @param gauss the normal deviates
     * @return the deviate
     */
    public static double lognormal(double mean, Double cv, ZigguratSampler.NormalizedGaussian gauss) {
        double z = gauss.sample();
        if (!positive(cv) || mean <= 0) {
            return mean;
        }
        double s2 = Math.log1p(cv * cv);
        return mean * Math.exp(Math.sqrt(s2) * z - s2 / 2);
    }

    private static boolean positive(Double v) {
        return v != null && v > 0;
    }
}
