/** Metrics read off simulated curves: peaks, desensitization, recovery, internalization. */
package org.receptorsim.analysis;
