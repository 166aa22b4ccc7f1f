/**
 * The one coupling between the organism and the simulated cells: {@link
 * org.receptorsim.organism.cell.CellCircuitAdapter} builds a circuit's cells through the public scenario API, feeds
 * them the concentration the organism computes for their compartment and samples their named readouts on the
 * organism's time grid.
 */
package org.receptorsim.organism.cell;
