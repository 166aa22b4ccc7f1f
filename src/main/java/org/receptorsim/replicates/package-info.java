/**
 * Running independent replicates (cells, assay wells, bootstrap resamples) on worker threads: one runner for every
 * parallel command, with results in replicate order, cancellation, progress and error handling.
 */
package org.receptorsim.replicates;
