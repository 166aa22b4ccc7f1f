package org.receptorsim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An output directory written atomically: files go to a hidden staging directory beside the target,
 * {@code .<target>.partial-<pid>-<n>}, which is renamed to the target only when everything is written. If anything
 * fails, or the program is stopped by a signal, the staging directory is deleted and no partial result is left;
 * one left by a killed process (SIGKILL, power loss) carries its process id, so the next run that claims an output
 * directory beside it removes it ({@link OutputClaim}).
 */
public final class RunDirectory implements AutoCloseable {

    /** Start of a staging directory's name after the dot and the target's name. */
    static final String STAGING_MARK = ".partial-";

    private final Path target;
    private final Path staging;
    private final Runnable onSignal = this::abandon;
    private boolean committed;
    private boolean abandoned;

    private RunDirectory(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
        ShutdownActions.onExit(onSignal);
    }

    /**
     * Opens a staging directory for a target that does not exist yet or is an empty directory.
     *
     * @param target final directory
     * @return the run directory
     * @throws UncheckedIOException if the target is occupied or the staging directory cannot be made
     */
    public static RunDirectory create(Path target) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            if (OutputFolders.occupied(target)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + STAGING_MARK
                    + ProcessHandle.current().pid() + "-");
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
    public synchronized Path commit() {
        if (abandoned) {
            throw new UncheckedIOException(new IOException("the program is stopping: nothing was written to "
                    + target));
        }
        try {
            OutputFolders.publish(staging, target);
            committed = true;
            ShutdownActions.remove(onSignal);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move results to " + target + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the staging directory unless committed. */
    @Override
    public void close() {
        abandon();
        ShutdownActions.remove(onSignal);
    }

    private synchronized void abandon() {
        if (committed || abandoned) {
            return;
        }
        abandoned = true;
        try {
            OutputFolders.deleteRecursively(staging);
        } catch (IOException e) {
            // best effort: the staging directory is hidden, and the next claim beside it removes it
        }
    }
}
