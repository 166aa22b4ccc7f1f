package org.receptorsim.fit;

/**
 * A fit that cannot give estimates, with the one-line reason a user sees, e.g.
 * {@code not identifiable: arrestin3Efficacy does not affect the data (assays: gProtein)} or
 * {@code no convergence after 400 evaluations}.
 */
public final class FitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message the reason */
    public FitException(String message) {
        super(message);
    }
}
