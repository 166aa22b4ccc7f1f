package org.receptorsim.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An output directory claimed by one run before any simulation starts, and held until the run has written it:
 *
 * <ul>
 *   <li>the target is checked: absent or an empty directory (anything else is refused), its folder a directory
 *       that can be created and written;</li>
 *   <li>a lock file {@code .<target>.lock} beside it, held with an operating-system file lock, keeps a second run
 *       (a {@code --resume} included) from writing there at the same time; a lock left by a process that has ended
 *       (the operating system released it with the process) is taken over, with a note;</li>
 *   <li>staging directories left beside it by a killed process ({@code .<name>.partial-<pid>-<n>} of a process
 *       that no longer runs), and the lock files of other targets whose process has ended, are removed, with a
 *       note.</li>
 * </ul>
 *
 * <p>Every refusal is an {@link OutputException} with one line naming the directory. Folders the claim created
 * for the target are removed again if nothing was written into them.
 */
public final class OutputClaim implements AutoCloseable {

    /** Lock files held by claims of this program: a second channel on a held file would drop its lock. */
    private static final java.util.Map<Path, String> HELD = new java.util.HashMap<>();

    /** A lock file of a claim: {@code .<name>.lock}. */
    private static final Pattern LOCK = Pattern.compile("^\\..+\\.lock$");
    /** The process recorded in a lock file: "pid 123, started ...". */
    private static final Pattern HOLDER = Pattern.compile("^pid (\\d+),");
    private static final Pattern STAGING = Pattern.compile("^\\..+" + Pattern.quote(RunDirectory.STAGING_MARK)
            + "(\\d+)-\\d+$");

    private final Path target;
    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;
    private final List<Path> createdFolders;
    private final List<String> notes;
    private final Runnable onSignal = this::release;
    private boolean released;

    private OutputClaim(Path target, Path lockFile, FileChannel channel, FileLock lock, List<Path> createdFolders,
                        List<String> notes) {
        this.target = target;
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
        this.createdFolders = createdFolders;
        this.notes = notes;
        ShutdownActions.onExit(onSignal);
    }

    /**
     * Claims an output directory.
     *
     * @param target the directory the run will create (or fill, if it is an empty directory)
     * @param command what runs, recorded in the lock for a second run's message
     * @return the claim; close it when the run has written its results (or failed)
     * @throws OutputException if the directory cannot be used, with one line saying why
     */
    public static OutputClaim claim(Path target, String command) {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new OutputException(target + ": expected a directory to create, not the root of the file system");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new OutputException(target + ": exists and is a file, not a directory; choose another --out");
        }
        if (OutputFolders.occupied(target)) {
            throw new OutputException(target + ": output directory exists and is not empty; choose another --out");
        }
        List<Path> created = createFolders(target, parent);
        try {
            return lock(target, parent, command, created);
        } catch (RuntimeException e) {
            removeEmpty(created);
            throw e;
        }
    }

    /** The directory claimed. */
    public Path target() {
        return target;
    }

    /** Notes for the person: a stale lock taken over, leftover staging directories removed. */
    public List<String> notes() {
        return notes;
    }

    /** Releases the lock (deleting the lock file) and removes folders made for a target that was never written. */
    @Override
    public void close() {
        release();
        ShutdownActions.remove(onSignal);
    }

    /** Releases a lock on a file that is no longer at the path, leaving the path alone. */
    private synchronized void letGo() {
        released = true;
        ShutdownActions.remove(onSignal);
        try {
            lock.release();
        } catch (IOException e) {
            // released with the channel below
        }
        closeQuietly(channel);
    }

    private synchronized void release() {
        if (released) {
            return;
        }
        released = true;
        synchronized (HELD) {
            try {
                Files.deleteIfExists(lockFile);
                lock.release();
                channel.close();
            } catch (IOException e) {
                // the operating system releases the lock with the process; a stale lock file is taken over later
            }
            HELD.remove(lockFile);
        }
        if (!Files.exists(target)) {
            removeEmpty(createdFolders);
        }
    }

    /** Creates the target's missing parent folders, refusing a path that runs through a file. */
    private static List<Path> createFolders(Path target, Path parent) {
        List<Path> missing = new ArrayList<>();
        Path p = parent;
        while (p != null && !Files.exists(p)) {
            missing.add(0, p);
            p = p.getParent();
        }
        if (p != null && !Files.isDirectory(p)) {
            throw new OutputException(target + ": cannot create it: " + p + " is a file, not a directory");
        }
        List<Path> created = new ArrayList<>();
        for (Path m : missing) {
            try {
                Files.createDirectory(m);
                created.add(m);
            } catch (IOException e) {
                removeEmpty(created);
                throw new OutputException(target + ": cannot create the directory " + m + ": " + reason(e));
            }
        }
        return created;
    }

    private static OutputClaim lock(Path target, Path parent, String command, List<Path> created) {
        Path lockFile = parent.resolve("." + target.getFileName() + ".lock");
        String mine = String.format(Locale.ROOT, "pid %d, started %s: %s", ProcessHandle.current().pid(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS), command);
        synchronized (HELD) {
            String holder = HELD.get(lockFile);
            if (holder != null) {
                throw busy(target, holder);
            }
            OutputClaim claim = lockFile(target, parent, lockFile, mine, created);
            HELD.put(lockFile, mine);
            return claim;
        }
    }

    private static OutputException busy(Path target, String holder) {
        return new OutputException(target + ": another run is writing there (" + (holder.isBlank() ? "starting"
                : holder) + "); wait for it to finish or choose another --out");
    }

    private static OutputClaim lockFile(Path target, Path parent, Path lockFile, String mine, List<Path> created) {
        for (int attempt = 0; attempt < 5; attempt++) {
            FileChannel channel;
            try {
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new OutputException(target + ": cannot write in " + parent + ": " + reason(e));
            }
            OutputClaim claim = null;
            try {
                FileLock lock = tryLock(channel);
                if (lock == null) {
                    String holder = read(channel);
                    channel.close();
                    throw busy(target, holder);
                }
                // held from here on: a signal from now removes the lock file
                claim = new OutputClaim(target, lockFile, channel, lock, created, new ArrayList<>());
                String before = read(channel);
                channel.truncate(0);
                channel.write(ByteBuffer.wrap((mine + "\n").getBytes(StandardCharsets.UTF_8)), 0);
                channel.force(true);
                if (!lockFileHolds(lockFile, channel)) {
                    // the previous holder deleted the file as we locked it: lock the one at the path now
                    claim.letGo();
                    continue;
                }
                if (!before.isBlank()) {
                    claim.notes.add("note: " + target + ": took over the lock left by a run that has ended ("
                            + before + ")");
                }
                removeLeftoverStaging(parent, claim.notes);
                removeLeftoverLocks(parent, lockFile, claim.notes);
                return claim;
            } catch (IOException e) {
                if (claim != null) {
                    claim.close();
                } else {
                    closeQuietly(channel);
                }
                throw new OutputException(target + ": cannot lock " + lockFile + ": " + reason(e));
            }
        }
        throw new OutputException(target + ": cannot lock " + lockFile + ": other runs keep taking it; try again");
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by another claim in this program
        }
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer b = ByteBuffer.allocate((int) Math.min(4096, channel.size()));
        channel.read(b, 0);
        return new String(b.array(), 0, b.position(), StandardCharsets.UTF_8).strip();
    }

    /**
     * True if the path still names the file this channel locked: it exists and has the size just written. The
     * file is looked at with stat only: opening and closing another descriptor of it would drop this process's
     * lock (POSIX locks belong to the process and go with any of its descriptors of the file).
     */
    private static boolean lockFileHolds(Path lockFile, FileChannel channel) {
        try {
            return Files.exists(lockFile) && Files.size(lockFile) == channel.size();
        } catch (IOException e) {
            return false;
        }
    }

    /** Removes staging directories beside the target whose process has ended, noting each. */
    private static void removeLeftoverStaging(Path parent, List<String> notes) {
        List<Path> entries;
        try (Stream<Path> s = Files.list(parent)) {
            entries = s.toList();
        } catch (IOException e) {
            return;
        }
        for (Path p : entries) {
            Matcher m = STAGING.matcher(p.getFileName().toString());
            if (!m.matches() || !Files.isDirectory(p)) {
                continue;
            }
            long pid = Long.parseLong(m.group(1));
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                continue;
            }
            try {
                OutputFolders.deleteRecursively(p);
                notes.add("note: removed " + p + ", the unfinished output of process " + pid
                        + ", which was stopped while writing");
            } catch (IOException e) {
                notes.add("note: " + p + " is the unfinished output of process " + pid
                        + ", which was stopped while writing; it could not be removed (" + reason(e) + ")");
            }
        }
    }

    /**
     * Removes lock files beside the target left by runs that have ended (killed before they could delete them),
     * noting each: a lock nobody holds whose recorded process no longer runs. Locks this program holds are not
     * opened (a second descriptor would drop the lock); one being written by a starting run (still blank) is left.
     */
    private static void removeLeftoverLocks(Path parent, Path own, List<String> notes) {
        List<Path> entries;
        try (Stream<Path> s = Files.list(parent)) {
            entries = s.filter(p -> LOCK.matcher(p.getFileName().toString()).matches()).toList();
        } catch (IOException e) {
            return;
        }
        for (Path p : entries) {
            if (p.equals(own) || HELD.containsKey(p) || !Files.isRegularFile(p)) {
                continue;
            }
            try (FileChannel channel = FileChannel.open(p, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                FileLock lock = tryLock(channel);
                if (lock == null) {
                    continue; // a live run holds it
                }
                String holder = read(channel);
                Matcher m = HOLDER.matcher(holder);
                if (m.find() && !ProcessHandle.of(Long.parseLong(m.group(1))).map(ProcessHandle::isAlive)
                        .orElse(false)) {
                    Files.delete(p);
                    notes.add("note: removed " + p + ", the lock left by a run that has ended (" + holder + ")");
                }
                lock.release();
            } catch (IOException e) {
                // gone meanwhile, or not ours to remove: leave it
            }
        }
    }

    private static void removeEmpty(List<Path> created) {
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(created.get(i));
            } catch (IOException e) {
                return; // not empty: something was written there
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // already failing
        }
    }

    /** A short reason for an I/O failure, e.g. "permission denied", "read-only file system". */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
