/**
 * The organism's circuits — analgesia, reward, respiration, gut — each read out from its own simulated cell
 * population in its own compartment, and the readout that makes a circuit's drug effect.
 */
package org.receptorsim.organism.circuit;
