/**
 * Sample statistics on Apache Commons Statistics with one NaN policy (NaN marks a value that does not apply and is
 * left out), and Student-t confidence intervals of a mean.
 */
package org.receptorsim.statistics;
