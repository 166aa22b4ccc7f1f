/**
 * The receptor agents and the cell that owns them on a MASON schedule: states, the transition rules (generator),
 * the exact per-step kinetics, and the recorded snapshots. Never imports GUI, Swing or chart classes.
 */
package org.receptorsim.model;
