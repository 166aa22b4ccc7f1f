package org.receptorsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written in the background: a write's failure reaches the caller as the IOException it was, and closing waits
 * for every write, failed or not, so nothing is still writing when a staging directory is removed.
 */
class BackgroundWritesTest {

    @Test
    void aFailedWriteIsRethrownAfterTheOthersEnd(@TempDir Path tmp) throws Exception {
        Path good = tmp.resolve("good.csv");
        try (BackgroundWrites writes = new BackgroundWrites()) {
            writes.start(() -> {
                throw new IOException("disk full");
            });
            writes.start(() -> Files.writeString(good, "a,b\n"));
            IOException e = assertThrows(IOException.class, writes::await);
            assertEquals("disk full", e.getMessage());
        }
        assertEquals("a,b\n", Files.readString(good));
    }

    @Test
    void closingWaitsForAWriteStillRunning() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        try (BackgroundWrites writes = new BackgroundWrites()) {
            writes.start(() -> {
                started.countDown();
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                finished.set(true);
            });
            started.await();
        }
        assertTrue(finished.get(), "close() returned before the write ended");
    }
}
