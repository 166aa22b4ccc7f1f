package org.receptorsim.organism.analysis;

/**
 * A stretch of an arm's time [from, to] in seconds.
 *
 * @param fromSeconds start (seconds)
 * @param toSeconds end (seconds, ≥ start)
 */
public record Window(double fromSeconds, double toSeconds) {

    /** Checks the values. */
    public Window {
        if (!(fromSeconds >= 0) || !(toSeconds >= fromSeconds) || Double.isInfinite(toSeconds)) {
            throw new IllegalArgumentException("window: expected 0 <= from <= to, got " + fromSeconds + " s to "
                    + toSeconds + " s");
        }
    }
}
