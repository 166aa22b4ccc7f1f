package org.receptorsim.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * File-system steps shared by every writer of an output directory: whether a target is free (absent, or an empty
 * directory, as {@code mktemp -d} makes), moving a finished staging directory into place, deleting a tree.
 */
public final class OutputFolders {

    private OutputFolders() {
    }

    /** True if the target is taken: a file, or a directory with something in it. */
    public static boolean occupied(Path target) {
        if (!Files.exists(target)) {
            return false;
        }
        if (!Files.isDirectory(target)) {
            return true;
        }
        try (Stream<Path> s = Files.list(target)) {
            return s.findAny().isPresent();
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * Moves a finished directory to its target, atomically where the file system can: an empty directory at the
     * target (made beforehand) is replaced; anything else there makes the move fail and is left untouched.
     *
     * @param finished the complete directory
     * @param target where it goes
     * @throws IOException if the target is occupied or the move fails
     */
    public static void publish(Path finished, Path target) throws IOException {
        if (Files.isDirectory(target)) {
            try {
                Files.delete(target);
            } catch (DirectoryNotEmptyException e) {
                throw new java.nio.file.FileAlreadyExistsException(target.toString(), null,
                        "the output directory is no longer empty");
            }
        }
        try {
            Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(finished, target);
        }
    }

    /** Deletes a directory and everything in it (nothing if it does not exist). */
    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
