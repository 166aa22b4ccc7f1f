/**
 * The mean-field (expected-count) solution of a scenario's receptor chain: the exact mean of the stochastic model,
 * from the matrix exponential of the generator, against which an exported model is checked.
 */
package org.receptorsim.meanfield;
