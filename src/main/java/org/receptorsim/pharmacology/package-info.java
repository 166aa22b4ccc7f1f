/** Ligands (affinity, binding kinetics, per-pathway efficacy) and the exposure of the cell to them over time. */
package org.receptorsim.pharmacology;
