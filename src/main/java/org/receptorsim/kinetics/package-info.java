/**
 * Exact stochastic kinetics of one receptor: transition matrices of its continuous-time Markov chain over a step
 * (matrix exponential) and sampling of the next state. Pure math, no MASON.
 */
package org.receptorsim.kinetics;
