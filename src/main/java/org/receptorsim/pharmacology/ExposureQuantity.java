package org.receptorsim.pharmacology;

/**
 * A quantity an exposure reports beside the ligand concentrations at the receptors, e.g. the plasma concentration of a
 * dosed ligand.
 *
 * @param column its column name in result files, unit included (e.g. {@code pkPlasma_M})
 * @param unit its unit, e.g. {@code M}, {@code L/s}, or {@code 1} for a dimensionless factor
 * @param description what it is, for people
 */
public record ExposureQuantity(String column, String unit, String description) implements java.io.Serializable {
}
