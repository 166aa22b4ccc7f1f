/**
 * Simulated pharmacological assays on the agent model: concentration series on fresh cells, replicated, read out
 * as a pharmacologist would (cAMP inhibition, G-protein activation, arrestin recruitment, internalization).
 */
package org.receptorsim.assay;
