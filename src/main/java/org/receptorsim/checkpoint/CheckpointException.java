package org.receptorsim.checkpoint;

/** A checkpoint that cannot be read or used, with a one-line message naming the file. */
public final class CheckpointException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message one line, naming the file and what was expected */
    public CheckpointException(String message) {
        super(message);
    }
}
