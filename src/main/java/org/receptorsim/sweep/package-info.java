/**
 * Parameter sweeps: an ensemble at every point of a grid or Latin hypercube over model parameters, with common
 * random numbers across points, resumable, summarized as a table of metrics with confidence intervals and heat maps.
 */
package org.receptorsim.sweep;
