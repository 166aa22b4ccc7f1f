package org.receptorsim.validation;

/**
 * One line of the validation table: an emergent quantity read off simulated curves, beside its literature value.
 *
 * @param target target number, as in the literature table (LITERATURE.md)
 * @param quantity what is measured
 * @param literature the literature value or band
 * @param simulated the simulated value (mean over replicates)
 * @param spread standard deviation over replicates (0 with one replicate)
 * @param unit unit of the simulated value
 * @param pass whether the simulated value lies in the band
 */
public record ValidationRow(String target, String quantity, String literature, double simulated, double spread,
                            String unit, boolean pass) {
}
