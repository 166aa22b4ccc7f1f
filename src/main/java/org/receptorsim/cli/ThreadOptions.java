package org.receptorsim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The worker-thread option of every parallel command (a picocli mixin), capped at the machine's cores. */
final class ThreadOptions {

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default and most: all cores).")
    Integer threads;

    /**
     * The thread count: all cores by default; more than the cores is capped, with a note.
     *
     * @param notes where the note goes
     * @return the thread count, 1 to the number of cores
     */
    int threads(PrintWriter notes) {
        int cores = Runtime.getRuntime().availableProcessors();
        int t = threads != null ? threads : cores;
        if (t < 1) {
            throw new ReceptorSimCommand.UserException("--threads: expected a whole number >= 1, got " + t);
        }
        if (t > cores) {
            notes.printf(Locale.ROOT, "note: --threads %d is more than the %d cores of this machine; using %d%n", t,
                    cores, cores);
            notes.flush();
            return cores;
        }
        return t;
    }
}
