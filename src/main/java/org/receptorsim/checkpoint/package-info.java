/**
 * Saving a running simulation and going on from it: MASON checkpoints of a scenario's arm cells written atomically
 * at fixed simulated times, read back with one-line errors, checked against the inputs they were made from, and
 * branched into new protocols from a saved state.
 */
package org.receptorsim.checkpoint;
