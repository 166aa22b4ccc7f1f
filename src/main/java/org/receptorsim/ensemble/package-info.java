/**
 * Monte Carlo ensembles: many independent cells on a thread pool, each replicate committed to disk as it finishes,
 * aggregated in replicate order into streaming statistics (mean, SD, t-digest quantiles) and confidence intervals.
 */
package org.receptorsim.ensemble;
