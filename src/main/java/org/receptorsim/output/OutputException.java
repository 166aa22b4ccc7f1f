package org.receptorsim.output;

/**
 * A problem with the output directory a person chose: it exists and is not empty, cannot be written, is locked by
 * another run, or holds an interrupted run that does not match. Its message is the one line the person sees.
 */
public final class OutputException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** @param message the one-line message, naming the directory */
    public OutputException(String message) {
        super(message);
    }
}
