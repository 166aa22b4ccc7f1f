/** Running scenarios: one MASON cell per arm, with streams derived from the scenario's seed. */
package org.receptorsim.simulation;
