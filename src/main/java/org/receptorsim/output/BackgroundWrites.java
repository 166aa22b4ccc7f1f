package org.receptorsim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Files of a result directory written on two background threads while the caller goes on (drawing the figures,
 * which JFreeChart allows on one thread only). {@link #await()} waits for all and rethrows the first failure;
 * {@link #close()} waits for all in any case, so that nothing is still writing when a staging directory is removed.
 */
final class BackgroundWrites implements AutoCloseable {

    /** Writing one file (or several, in order). */
    interface FileWrite {
        void run() throws IOException;
    }

    private final ExecutorService executor = Executors.newFixedThreadPool(2, task -> {
        Thread t = new Thread(task, "result-writer");
        t.setDaemon(true);
        return t;
    });
    private final List<CompletableFuture<?>> pending = new ArrayList<>();

    /** Where writes may run. */
    Executor executor() {
        return executor;
    }

    /** Starts a write. */
    void start(FileWrite write) {
        pending.add(CompletableFuture.runAsync(() -> {
            try {
                write.run();
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, executor));
    }

    /** Adds a write started elsewhere on {@link #executor()}. */
    void add(CompletableFuture<?> write) {
        pending.add(write);
    }

    /**
     * Waits for every write.
     *
     * @throws IOException the first write's failure, in the order the writes were started
     */
    void await() throws IOException {
        for (CompletableFuture<?> f : pending) {
            try {
                f.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        }
    }

    /** Waits for every write, failed or not, and ends the threads. */
    @Override
    public void close() {
        for (CompletableFuture<?> f : pending) {
            f.handle((v, e) -> null).join();
        }
        executor.shutdown();
    }
}
