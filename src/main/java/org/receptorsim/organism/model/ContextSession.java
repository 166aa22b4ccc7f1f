package org.receptorsim.organism.model;

/**
 * A stretch of time in which a context's cue is present (a room, a ritual): the sessions of learned tolerance.
 *
 * @param context the context's name
 * @param startSeconds when the cue appears (seconds from the start)
 * @param endSeconds when it goes (seconds, &gt; start)
 */
public record ContextSession(String context, double startSeconds, double endSeconds) {

    /** Checks the values. */
    public ContextSession {
        if (context == null || context.isBlank()) {
            throw new IllegalArgumentException("context: expected the name of a context, e.g. 'home'");
        }
        if (!(startSeconds >= 0) || !(endSeconds > startSeconds) || Double.isInfinite(endSeconds)) {
            throw new IllegalArgumentException("duration: expected a session of positive length, got "
                    + startSeconds + " s to " + endSeconds + " s");
        }
    }
}
