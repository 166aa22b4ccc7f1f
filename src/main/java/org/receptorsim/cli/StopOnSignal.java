package org.receptorsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;

/**
 * Ctrl-C (SIGINT) and SIGTERM turned into a clean stop of a resumable run: a shutdown hook asks the run to stop,
 * then holds the JVM until the command has finished its work — cells in progress committed, the partial run
 * marked, the "interrupted, resume with ..." line printed — and closed this guard. Use with try-with-resources
 * around everything the command does after it starts the run.
 */
final class StopOnSignal implements AutoCloseable {

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    private StopOnSignal(Runnable cancel, PrintWriter err) {
        hook = new Thread(() -> {
            err.println("stopping: letting the cells in progress finish and saving them...");
            err.flush();
            cancel.run();
            try {
                finished.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stop-on-signal");
    }

    /**
     * Installs the hook.
     *
     * @param cancel asks the run to stop (thread-safe; returns at once)
     * @param err where to say that the run is stopping
     * @return the guard; close it when the command is done
     */
    static StopOnSignal install(Runnable cancel, PrintWriter err) {
        StopOnSignal s = new StopOnSignal(cancel, err);
        Runtime.getRuntime().addShutdownHook(s.hook);
        return s;
    }

    /** Lets a waiting shutdown go on, or removes the hook if there was no signal. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // a signal arrived: the hook is running and now returns
        }
    }
}
