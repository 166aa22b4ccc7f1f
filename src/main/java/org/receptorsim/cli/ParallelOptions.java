package org.receptorsim.cli;

import picocli.CommandLine.Option;

/**
 * Options of the commands that run many cells and can be resumed (a picocli mixin).
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

}
