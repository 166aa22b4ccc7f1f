/** Per-cell response and tolerance metrics, one definition each, read off the recorded curves. */
package org.receptorsim.metrics;
