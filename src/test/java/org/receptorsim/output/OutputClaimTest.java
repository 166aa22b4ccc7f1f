package org.receptorsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claiming an output directory: checked, locked, released, and cleaned up on a signal. */
class OutputClaimTest {

    private static List<String> names(Path dir) throws IOException {
        return RunDirectoryTest.names(dir);
    }

    /** Folders made for a target are removed again when nothing was written; the lock file goes with the claim. */
    @Test
    void foldersMadeForANeverWrittenTargetAreRemoved(@TempDir Path tmp) throws IOException {
        Path target = tmp.resolve("a/b/run");
        try (OutputClaim claim = OutputClaim.claim(target, "test")) {
            assertEquals(List.of(".run.lock"), names(tmp.resolve("a/b")));
            assertEquals(List.of(), claim.notes());
        }
        assertEquals(List.of(), names(tmp));
    }

    /** Written results stay, their folders too; only the lock file goes. */
    @Test
    void writtenResultsStay(@TempDir Path tmp) throws IOException {
        Path target = tmp.resolve("a/run");
        try (OutputClaim claim = OutputClaim.claim(target, "test"); RunDirectory dir = RunDirectory.create(target)) {
            Files.writeString(dir.file("x.csv"), "1");
            dir.commit();
        }
        assertEquals(List.of("run"), names(tmp.resolve("a")));
        assertEquals(List.of("x.csv"), names(target));
    }

    /** An empty directory is accepted and filled; a non-empty one and a file are refused, untouched. */
    @Test
    void emptyDirectoryAcceptedOthersRefused(@TempDir Path tmp) throws IOException {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        try (OutputClaim claim = OutputClaim.claim(empty, "test"); RunDirectory dir = RunDirectory.create(empty)) {
            Files.writeString(dir.file("x.csv"), "1");
            dir.commit();
        }
        assertEquals(List.of("x.csv"), names(empty));
        OutputException full = assertThrows(OutputException.class, () -> OutputClaim.claim(empty, "test"));
        assertEquals(empty + ": output directory exists and is not empty; choose another --out", full.getMessage());
        Path file = Files.writeString(tmp.resolve("file"), "mine");
        assertThrows(OutputException.class, () -> OutputClaim.claim(file, "test"));
        assertEquals("mine", Files.readString(file));
        assertEquals(List.of("empty", "file"), names(tmp), "no lock files left by refusals");
    }

    /** A second claim of the same directory in this program is refused while the first holds it. */
    @Test
    void secondClaimIsRefusedUntilTheFirstIsReleased(@TempDir Path tmp) {
        Path target = tmp.resolve("run");
        try (OutputClaim first = OutputClaim.claim(target, "receptorsim run first.yaml")) {
            OutputException e = assertThrows(OutputException.class, () -> OutputClaim.claim(target, "second"));
            assertTrue(e.getMessage().startsWith(target + ": another run is writing there (pid "
                    + ProcessHandle.current().pid() + ", started "), e.getMessage());
            assertTrue(e.getMessage().endsWith(": receptorsim run first.yaml); wait for it to finish or choose "
                    + "another --out"), e.getMessage());
        }
        OutputClaim.claim(target, "third").close();
    }

    /**
     * On a signal the exit actions delete an uncommitted staging directory and the lock file, and a commit after
     * that fails instead of writing half a result.
     */
    @Test
    void signalDeletesStagingAndLock(@TempDir Path tmp) throws IOException {
        Path target = tmp.resolve("run");
        try (OutputClaim claim = OutputClaim.claim(target, "test"); RunDirectory dir = RunDirectory.create(target)) {
            Files.writeString(dir.file("half.csv"), "1");
            assertEquals(2, names(tmp).size(), "staging and lock: " + names(tmp));
            ShutdownActions.runAll();
            assertEquals(List.of(), names(tmp));
            assertThrows(UncheckedIOException.class, dir::commit);
        }
        assertEquals(List.of(), names(tmp));
    }

    /** A staging directory is named after its target and this process, so a later claim can tell it is stale. */
    @Test
    void stagingCarriesTheProcessId(@TempDir Path tmp) throws IOException {
        try (RunDirectory dir = RunDirectory.create(tmp.resolve("run"))) {
            String name = dir.file("x").getParent().getFileName().toString();
            assertTrue(name.startsWith(".run.partial-" + ProcessHandle.current().pid() + "-"), name);
        }
        assertFalse(Files.exists(tmp.resolve("run")));
    }
}
