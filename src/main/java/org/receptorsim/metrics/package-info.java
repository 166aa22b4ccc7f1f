/** Tolerance metrics of chronic scenarios, one definition each, read off the recorded curves. */
package org.receptorsim.metrics;
