/**
 * One arm of an organism experiment: its parameters (every value with its source), its resolved protocol, the
 * simulation that runs pharmacokinetics, the circuits' cells and the slow organism processes, and the named time
 * series it produces.
 */
package org.receptorsim.organism.model;
