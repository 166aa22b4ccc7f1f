/** Opponent processes: a fast b-process (rebound) and the slow allostatic load that shifts the hedonic set point. */
package org.receptorsim.organism.opponent;
