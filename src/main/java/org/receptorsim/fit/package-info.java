/**
 * Fitting a ligand's parameters to experimental assay data: the tidy data file, the simulated assays' expected
 * responses as the model (mean-field law of the agent cells), the least-squares fit with bounds, profile-likelihood
 * intervals, goodness of fit, and the result files (estimates, correlations, data-vs-model figures, a ligand entry
 * in the library's format).
 */
package org.receptorsim.fit;
