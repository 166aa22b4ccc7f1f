package org.receptorsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import org.receptorsim.output.ShutdownActions;

/**
 * Ctrl-C (SIGINT) and SIGTERM turned into a clean stop of a resumable run: on the signal the run is asked to stop,
 * and the program is held until the command has finished its work — cells in progress committed, the partial run
 * marked, the "interrupted, resume with ..." line printed — and closed this guard; then the exit actions (locks
 * released) run ({@link ShutdownActions}). Use with try-with-resources around everything the command does after it
 * starts the run.
 */
final class StopOnSignal implements AutoCloseable {

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Runnable onSignal;

    private StopOnSignal(Runnable cancel, PrintWriter err) {
        onSignal = () -> {
            err.println("stopping: the cells in progress finish and are saved...");
            err.flush();
            cancel.run();
            try {
                finished.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        ShutdownActions.onStop(onSignal);
    }

    /**
     * Installs the guard.
     *
     * @param cancel asks the run to stop (thread-safe; returns at once)
     * @param err where to say that the run is stopping
     * @return the guard; close it when the command is done
     */
    static StopOnSignal install(Runnable cancel, PrintWriter err) {
        return new StopOnSignal(cancel, err);
    }

    /** Lets a waiting shutdown go on; without a signal, removes the guard. */
    @Override
    public void close() {
        finished.countDown();
        ShutdownActions.remove(onSignal);
    }
}
