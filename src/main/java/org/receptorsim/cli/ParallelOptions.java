package org.receptorsim.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options of the commands that run many cells of a scenario (a picocli mixin): cells and worker threads. */
final class ParallelOptions {

    @Option(names = "--replicates", paramLabel = "N", description = "Number of cells (per arm; per point of a sweep); "
            + "default: the scenario's replicates for ensemble and sweep, 1 for tolerance.")
    Integer replicates;

    @Mixin
    ThreadOptions threads;

    /** The thread count, all cores by default and at most. */
    int threads(PrintWriter notes) {
        return threads.threads(notes);
    }

    /** The replicate count, {@code fallback} by default. */
    int replicates(int fallback) {
        int n = replicates != null ? replicates : fallback;
        if (n < 1) {
            throw new ReceptorSimCommand.UserException("--replicates: expected a whole number >= 1, got " + n);
        }
        return n;
    }
}
