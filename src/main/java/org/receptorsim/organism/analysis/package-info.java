/**
 * Reading numbers off an organism run: time windows (named, and automatic per dose), statistics of a series over a
 * window, quantities combining them across arms, and the literature checks (each labelled fitted, predicted or
 * design) with their outcome.
 */
package org.receptorsim.organism.analysis;
