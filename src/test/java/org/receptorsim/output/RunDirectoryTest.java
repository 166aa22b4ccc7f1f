package org.receptorsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The atomic output directory: all of a run's files or nothing. */
class RunDirectoryTest {

    /** The names in a directory, hidden ones included, sorted. */
    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Files are staged in a hidden .partial directory beside the target, not in the target. */
    @Test
    void filesAreStagedBesideTheTarget(@TempDir Path tmp) throws IOException {
        Path target = tmp.resolve("run");
        try (RunDirectory dir = RunDirectory.create(target)) {
            Path file = dir.file("a.csv");
            Files.writeString(file, "x");
            assertEquals(target, dir.target());
            assertFalse(Files.exists(target), "the target appears only on commit");
            Path staging = file.getParent();
            assertEquals(tmp.toAbsolutePath(), staging.toAbsolutePath().getParent(), "same parent: rename is atomic");
            assertTrue(staging.getFileName().toString().startsWith(".run.partial"), staging.toString());
        }
    }

    /** A run directory closed without commit leaves nothing: no target, no staging directory. */
    @Test
    void closeWithoutCommitLeavesNothing(@TempDir Path tmp) throws IOException {
        Path target = tmp.resolve("run");
        try (RunDirectory dir = RunDirectory.create(target)) {
            Files.writeString(dir.file("a.csv"), "x");
            Files.createDirectories(dir.file("sub"));
            Files.writeString(dir.file("sub").resolve("b.txt"), "y");
        }
        assertFalse(Files.exists(target));
        assertEquals(List.of(), names(tmp));
    }

    /** A failure while writing (an exception out of the try block) leaves nothing either. */
    @Test
    void failureWhileWritingLeavesNothing(@TempDir Path tmp) throws IOException {
        Path target = tmp.resolve("run");
        assertThrows(IllegalStateException.class, () -> {
            try (RunDirectory dir = RunDirectory.create(target)) {
                Files.writeString(dir.file("a.csv"), "x");
                throw new IllegalStateException("simulated failure");
            }
        });
        assertEquals(List.of(), names(tmp));
    }

    /** Commit renames the staging directory to the target, with every file in it, and leaves no staging behind. */
    @Test
    void commitRenamesToTheTarget(@TempDir Path tmp) throws IOException {
        Path target = tmp.resolve("run");
        Path committed;
        try (RunDirectory dir = RunDirectory.create(target)) {
            Files.writeString(dir.file("a.csv"), "x");
            Files.writeString(dir.file("b.json"), "{}");
            committed = dir.commit();
        }
        assertEquals(target, committed);
        assertTrue(Files.isDirectory(target));
        assertEquals(List.of("a.csv", "b.json"), names(target));
        assertEquals("x", Files.readString(target.resolve("a.csv")));
        assertEquals(List.of("run"), names(tmp), "no staging directory left after commit and close");
    }

    /** The parent of a target in a directory that does not exist yet is created. */
    @Test
    void commitCreatesMissingParents(@TempDir Path tmp) throws IOException {
        Path target = tmp.resolve("deep/er/run");
        try (RunDirectory dir = RunDirectory.create(target)) {
            Files.writeString(dir.file("a.csv"), "x");
            dir.commit();
        }
        assertEquals(List.of("a.csv"), names(target));
        assertEquals(List.of("run"), names(target.getParent()));
    }

    /** Creating a run directory on an existing target fails, leaves the target untouched and stages nothing. */
    @Test
    void createOnExistingTargetFails(@TempDir Path tmp) throws IOException {
        Path target = Files.createDirectory(tmp.resolve("run"));
        Files.writeString(target.resolve("keep.txt"), "mine");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> RunDirectory.create(target));
        assertTrue(e.getCause() instanceof FileAlreadyExistsException, String.valueOf(e.getCause()));
        assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
        assertEquals(List.of("run"), names(tmp), "no staging directory created");
        assertEquals(List.of("keep.txt"), names(target));
        assertEquals("mine", Files.readString(target.resolve("keep.txt")));
    }

    /** Creating on a target that is an existing plain file fails too. */
    @Test
    void createOnExistingFileFails(@TempDir Path tmp) throws IOException {
        Path target = Files.writeString(tmp.resolve("run"), "a file");
        assertThrows(UncheckedIOException.class, () -> RunDirectory.create(target));
        assertEquals("a file", Files.readString(target));
        assertEquals(List.of("run"), names(tmp));
    }

    /**
     * If a non-empty target appears between create and commit, commit fails without touching it, and closing then
     * removes the staging directory.
     */
    @Test
    void commitDoesNotOverwriteATargetThatAppearedMeanwhile(@TempDir Path tmp) throws IOException {
        Path target = tmp.resolve("run");
        try (RunDirectory dir = RunDirectory.create(target)) {
            Files.writeString(dir.file("a.csv"), "x");
            Files.createDirectory(target);
            Files.writeString(target.resolve("other.txt"), "someone else's");
            assertThrows(UncheckedIOException.class, dir::commit);
        }
        assertEquals(List.of("other.txt"), names(target));
        assertEquals(List.of("run"), names(tmp), "staging removed on close after a failed commit");
    }
}
