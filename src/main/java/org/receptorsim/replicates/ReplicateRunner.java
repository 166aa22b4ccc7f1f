package org.receptorsim.replicates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs independent replicates on a fixed number of worker threads. What every parallel command shares:
 *
 * <ul>
 *   <li><b>Order.</b> Results come back in the order of the replicate indices, whatever the thread count and the
 *       order in which replicates finish; a replicate must draw its randomness from its index alone (stream r),
 *       so the results do not depend on the thread count.</li>
 *   <li><b>Cancellation.</b> {@link #cancel()} (thread-safe, also from a shutdown hook) starts no new replicate;
 *       the ones in progress finish and are delivered, so a replicate that commits its own result to disk is never
 *       lost half-way.</li>
 *   <li><b>Progress.</b> The listener is told the number of replicates finished after each one, one call at a
 *       time, with counts that only grow.</li>
 *   <li><b>Errors.</b> The first replicate that throws stops the run as a cancel does; once the replicates in
 *       progress have finished, its exception is rethrown: errors and unchecked exceptions as they are (so a
 *       user error keeps its type), an {@link IOException} as an {@link UncheckedIOException}, any other checked
 *       exception wrapped in an {@link IllegalStateException} naming the replicate.</li>
 * </ul>
 *
 * <p>A runner is used for one run: once cancelled it stays cancelled.
 */
public final class ReplicateRunner {

    /**
     * One replicate's work.
     *
     * @param <T> its result
     */
    @FunctionalInterface
    public interface Replicate<T> {

        /**
         * Runs replicate {@code index}.
         *
         * @param index the replicate index
         * @return its result
         * @throws Exception if it fails
         */
        T run(int index) throws Exception;
    }

    /**
     * What a run gave.
     *
     * @param results one entry per requested index, in the order requested; null where the replicate did not run
     *     (cancelled)
     * @param done replicates finished
     * @param complete true if every requested replicate finished
     * @param <T> the result type
     */
    public record Outcome<T>(List<T> results, int done, boolean complete) {
    }

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int threads;
    private final IntConsumer progress;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /**
     * @param threads worker threads (≥ 1)
     * @param progress told the number of replicates finished in this run after each one
     */
    public ReplicateRunner(int threads, IntConsumer progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: expected a whole number >= 1, got " + threads);
        }
        this.threads = threads;
        this.progress = progress;
    }

    /** @param threads worker threads (≥ 1) */
    public ReplicateRunner(int threads) {
        this(threads, done -> { });
    }

    /** Starts no new replicate; the ones in progress finish. Thread-safe. */
    public void cancel() {
        cancelled.set(true);
    }

    /** True once {@link #cancel()} was called. */
    public boolean isCancelled() {
        return cancelled.get();
    }

    /**
     * Runs replicates 0 to {@code count − 1} and returns their results in order.
     *
     * @param count number of replicates
     * @param replicate the work of one replicate
     * @param <T> the result type
     * @return the results, in index order
     * @throws CancellationException if the run was cancelled before every replicate finished
     */
    public <T> List<T> runAll(int count, Replicate<T> replicate) {
        Outcome<T> o = run(IntStream.range(0, count).boxed().toList(), replicate);
        if (!o.complete()) {
            throw new CancellationException("cancelled after " + o.done() + " of " + count + " replicates");
        }
        return o.results();
    }

    /**
     * Runs the given replicates.
     *
     * @param indices the replicate indices to run, in the order their results are wanted
     * @param replicate the work of one replicate
     * @param <T> the result type
     * @return the results, complete unless cancelled (an interrupt of the calling thread cancels too, and leaves
     *     its interrupt flag set)
     */
    public <T> Outcome<T> run(List<Integer> indices, Replicate<T> replicate) {
        int n = indices.size();
        List<T> results = new ArrayList<>(Collections.nCopies(n, null));
        if (n == 0) {
            return new Outcome<>(results, 0, true);
        }
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Failure> failure = new AtomicReference<>();
        AtomicInteger done = new AtomicInteger();
        Object progressLock = new Object();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, n), workers());
        List<Future<T>> futures = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int index = indices.get(k);
            futures.add(pool.submit(() -> {
                if (stop.get() || cancelled.get()) {
                    return null;
                }
                try {
                    T value = replicate.run(index);
                    synchronized (progressLock) {
                        progress.accept(done.incrementAndGet());
                    }
                    return value;
                } catch (Throwable t) {
                    if (failure.compareAndSet(null, new Failure(index, t))) {
                        stop.set(true);
                    }
                    return null;
                }
            }));
        }
        pool.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.SECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
                cancel();
            }
        }
        for (int k = 0; k < n; k++) {
            results.set(k, resultOf(futures.get(k)));
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Failure f = failure.get();
        if (f != null) {
            throw f.rethrown();
        }
        return new Outcome<>(results, done.get(), done.get() == n);
    }

    private static <T> T resultOf(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException | ExecutionException e) {
            // the pool has terminated and each task catches its own failure: neither can happen
            throw new IllegalStateException("replicate result unavailable", e);
        }
    }

    /** The first failure of a run: which replicate, and what it threw. */
    private record Failure(int index, Throwable thrown) {

        RuntimeException rethrown() {
            if (thrown instanceof Error e) {
                throw e;
            }
            if (thrown instanceof RuntimeException r) {
                return r;
            }
            if (thrown instanceof IOException io) {
                return new UncheckedIOException(io.getMessage(), io);
            }
            return new IllegalStateException("replicate " + index + " failed: " + thrown, thrown);
        }
    }

    private static ThreadFactory workers() {
        int pool = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "replicates-" + pool + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
