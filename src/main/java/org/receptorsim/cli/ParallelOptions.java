package org.receptorsim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Option;

/**
 * Options of the commands that run many cells and can be resumed (a picocli mixin), and the Ctrl-C handling they
 * share: a shutdown hook asks the run to stop cleanly while the body is running.
 */
final class ParallelOptions {

    @Option(names = "--replicates", paramLabel = "N", description = "Number of cells (per point for a sweep; "
            + "default: the scenario's).")
    Integer replicates;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--resume", description = "Resume the interrupted run in --out DIR.")
    boolean resume;

    /** The thread count, all cores by default. */
    int threads() {
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (t < 1) {
            throw new ReceptorSimCommand.UserException("--threads: expected a whole number >= 1, got " + t);
        }
        return t;
    }

    /** The replicate count, {@code fallback} by default. */
    int replicates(int fallback) {
        int n = replicates != null ? replicates : fallback;
        if (n < 1) {
            throw new ReceptorSimCommand.UserException("--replicates: expected a whole number >= 1, got " + n);
        }
        return n;
    }

    /** Checks that --resume names the directory to resume. */
    void checkResume(ScenarioOptions scenario) {
        if (resume && scenario.out == null) {
            throw new ReceptorSimCommand.UserException("--resume: give the interrupted run's --out DIR");
        }
    }

    /**
     * Runs a body with Ctrl-C turned into {@code cancel}, and the runners' state errors into user errors.
     *
     * @param cancel what Ctrl-C does
     * @param body the run
     * @param <T> the body's result
     * @return the body's result
     */
    static <T> T cancellable(Runnable cancel, Callable<T> body) throws Exception {
        Thread hook = new Thread(cancel);
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return body.call();
        } catch (IllegalStateException e) {
            throw new ReceptorSimCommand.UserException(e.getMessage());
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting after Ctrl-C: the run has been told to stop
            }
        }
    }
}
