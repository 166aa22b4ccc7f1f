package org.receptorsim.replicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The one replicate runner: order, cancellation, progress and errors. */
class ReplicateRunnerTest {

    /** A replicate whose duration depends on its index, so that replicates finish out of order on several threads. */
    private static int slowSquare(int i) throws InterruptedException {
        Thread.sleep((7L * i) % 5);
        return i * i;
    }

    /** Results come back in index order for one and for four threads, though they finish in another order. */
    @Test
    void resultsAreInIndexOrderWhateverTheThreadCount() {
        List<Integer> expected = IntStream.range(0, 40).map(i -> i * i).boxed().toList();
        assertEquals(expected, new ReplicateRunner(1).runAll(40, ReplicateRunnerTest::slowSquare));
        assertEquals(expected, new ReplicateRunner(4).runAll(40, ReplicateRunnerTest::slowSquare));
        List<Integer> some = List.of(7, 3, 12);
        assertEquals(List.of(49, 9, 144), new ReplicateRunner(3).run(some, ReplicateRunnerTest::slowSquare)
                .results(), "the order of the requested indices");
    }

    /** Progress is told 1, 2, ..., n, one call at a time, from whichever worker finished. */
    @Test
    void progressCountsUpOneCallAtATime() {
        List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger overlap = new AtomicInteger();
        new ReplicateRunner(4, d -> {
            if (inside.incrementAndGet() > 1) {
                overlap.incrementAndGet();
            }
            seen.add(d);
            inside.decrementAndGet();
        }).runAll(30, ReplicateRunnerTest::slowSquare);
        assertEquals(IntStream.rangeClosed(1, 30).boxed().toList(), seen);
        assertEquals(0, overlap.get());
    }

    /**
     * A cancel starts nothing new; the replicates already running finish and are delivered (none is dropped half
     * way), the rest are null, and runAll reports the cancellation.
     */
    @Test
    void cancelLetsRunningReplicatesFinishAndStartsNoMore() throws Exception {
        Set<Integer> started = ConcurrentHashMap.newKeySet();
        CountDownLatch bothRunning = new CountDownLatch(2);
        CountDownLatch cancelled = new CountDownLatch(1);
        ReplicateRunner runner = new ReplicateRunner(2);
        Thread canceller = new Thread(() -> {
            try {
                bothRunning.await();
                runner.cancel();
                cancelled.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        canceller.start();
        ReplicateRunner.Outcome<Integer> o = runner.run(IntStream.range(0, 10).boxed().toList(), i -> {
            started.add(i);
            bothRunning.countDown();
            assertTrue(cancelled.await(10, TimeUnit.SECONDS));
            return i;
        });
        canceller.join();
        assertFalse(o.complete());
        assertEquals(2, o.done(), "the two replicates in progress finished");
        assertEquals(2, started.size(), "nothing started after the cancel");
        for (int k = 0; k < 10; k++) {
            if (started.contains(k)) {
                assertEquals(k, o.results().get(k));
            } else {
                assertNull(o.results().get(k));
            }
        }
        assertTrue(runner.isCancelled());
        assertThrows(CancellationException.class, () -> runner.runAll(3, i -> i), "a cancelled runner stays so");
    }

    /** The first failure stops the run and is rethrown with its own type once the running replicates finished. */
    @Test
    void firstFailureIsRethrownAsItIs() {
        IllegalArgumentException bad = new IllegalArgumentException("bad replicate");
        AtomicInteger finished = new AtomicInteger();
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> new ReplicateRunner(2).runAll(100, i -> {
                    if (i == 5) {
                        throw bad;
                    }
                    Thread.sleep(2);
                    finished.incrementAndGet();
                    return i;
                }));
        assertSame(bad, thrown);
        assertTrue(finished.get() < 99, "replicates after the failure did not run: " + finished.get());
        UncheckedIOException io = assertThrows(UncheckedIOException.class, () -> new ReplicateRunner(1)
                .runAll(3, i -> {
                    throw new IOException("disk full");
                }));
        assertEquals("disk full", io.getMessage());
        IllegalStateException other = assertThrows(IllegalStateException.class, () -> new ReplicateRunner(1)
                .runAll(3, i -> {
                    throw new Exception("odd");
                }));
        assertTrue(other.getMessage().startsWith("replicate 0 failed"), other.getMessage());
        OutOfMemoryError oom = new OutOfMemoryError("heap");
        assertSame(oom, assertThrows(OutOfMemoryError.class, () -> new ReplicateRunner(2).runAll(4, i -> {
            throw oom;
        })));
    }

    /** An interrupt of the waiting thread cancels the run and leaves the thread's interrupt flag set. */
    @Test
    void interruptOfTheCallerCancels() throws Exception {
        Thread caller = Thread.currentThread();
        CountDownLatch running = new CountDownLatch(1);
        Thread interrupter = new Thread(() -> {
            try {
                running.await();
                caller.interrupt();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        interrupter.start();
        ReplicateRunner runner = new ReplicateRunner(1);
        ReplicateRunner.Outcome<Integer> o = runner.run(IntStream.range(0, 50).boxed().toList(), i -> {
            running.countDown();
            Thread.sleep(20);
            return i;
        });
        interrupter.join();
        assertTrue(Thread.interrupted(), "interrupt flag kept (and cleared here)");
        assertFalse(o.complete());
        assertTrue(runner.isCancelled());
    }

    /** Zero threads is refused with the value named. */
    @Test
    void threadsMustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ReplicateRunner(0));
        assertTrue(e.getMessage().contains("got 0"), e.getMessage());
    }
}
