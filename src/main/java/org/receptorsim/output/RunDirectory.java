package org.receptorsim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An output directory written atomically: files go to a hidden temporary directory beside the target, which is
 * renamed to the target only when everything is written. If anything fails, the temporary directory is deleted and
 * no partial result is left.
 */
public final class RunDirectory implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private boolean committed;

    private RunDirectory(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /**
     * Opens a staging directory for a target that must not exist yet.
     *
     * @param target final directory
     * @return the run directory
     */
    public static RunDirectory create(Path target) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".partial-");
            return new RunDirectory(target, staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create output directory " + target + ": " + e.getMessage(), e);
        }
    }

    /** Path of a file inside the staging directory. */
    public Path file(String name) {
        return staging.resolve(name);
    }

    /** The final directory. */
    public Path target() {
        return target;
    }

    /** Renames the staging directory to the target. */
    public Path commit() {
        try {
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, target);
            }
            committed = true;
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move results to " + target + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the staging directory unless committed. */
    @Override
    public void close() {
        if (committed || !Files.exists(staging)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(staging)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: the staging directory is hidden and named .partial
        }
    }
}
