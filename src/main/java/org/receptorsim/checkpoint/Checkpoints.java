package org.receptorsim.checkpoint;

import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.OutputStream;
import java.io.StreamCorruptedException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipException;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.simulation.ArmsSimulation;
import sim.engine.SimState;

/**
 * Checkpoint files: MASON checkpoints ({@link SimState#writeToCheckpoint(OutputStream)}, a gzipped Java object
 * stream) of an {@link ArmsSimulation}, written to a temporary file beside the target and moved into place, so that a
 * kill while writing never leaves a half-written checkpoint under the final name.
 */
public final class Checkpoints {

    /** File-name extension of checkpoints. */
    public static final String EXTENSION = ".ckpt";

    private Checkpoints() {
    }

    /**
     * The name of the checkpoint at a simulated time, sortable: {@code checkpoint-0012h00m00s.ckpt}.
     *
     * @param seconds simulated time (seconds)
     * @return the file name
     */
    public static String fileName(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "checkpoint-%04dh%02dm%02ds%s", s / 3600, s / 60 % 60, s % 60, EXTENSION);
    }

    /**
     * Writes a checkpoint atomically.
     *
     * @param simulation the simulation, between two of its steps
     * @param file the checkpoint file (replaced if present)
     * @throws IOException if it cannot be written (nothing is left under {@code file} then)
     */
    public static void write(ArmsSimulation simulation, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + file.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                simulation.writeToCheckpoint(out);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Reads a checkpoint.
     *
     * @param file a file written by {@link #write} (or the console's Save)
     * @return the simulation, as it stood when saved
     * @throws CheckpointException with one line naming the file, if it is not a readable checkpoint of this build
     */
    public static ArmsSimulation read(Path file) {
        Object state;
        try (InputStream in = Files.newInputStream(file)) {
            state = SimState.readFromCheckpoint(in);
        } catch (NoSuchFileException e) {
            throw new CheckpointException(file + ": no such checkpoint file");
        } catch (InvalidClassException e) {
            throw new CheckpointException(file + ": saved by another version of ReceptorSim (" + e.getMessage()
                    + "); resume it with the version that wrote it");
        } catch (ZipException | StreamCorruptedException | java.io.EOFException e) {
            throw new CheckpointException(file + ": not a ReceptorSim checkpoint (expected a gzipped MASON "
                    + "checkpoint: " + e.getMessage() + ")");
        } catch (IOException | ClassNotFoundException | ClassCastException | IllegalArgumentException e) {
            throw new CheckpointException(file + ": cannot read checkpoint (" + e.getMessage() + ")");
        }
        if (!(state instanceof ArmsSimulation arms)) {
            throw new CheckpointException(file + ": not a ReceptorSim checkpoint (it holds a "
                    + state.getClass().getName() + ")");
        }
        return arms;
    }

    /**
     * The origin of a simulation made from these inputs.
     *
     * @param scenarioFile the scenario file as given
     * @param scenarioText its text
     * @param libraryTexts the text of each user library, in order
     * @param seed the master seed
     * @param engine the kinetics engine
     * @return the origin, with the texts' SHA-256
     */
    public static ArmsSimulation.Origin origin(String scenarioFile, String scenarioText, List<String> libraryTexts,
                                               long seed, KineticsEngine engine) {
        List<String> libraries = new ArrayList<>();
        for (String t : libraryTexts) {
            libraries.add(sha256(t));
        }
        return new ArmsSimulation.Origin(scenarioFile, sha256(scenarioText), libraries, seed, engine.name());
    }

    /**
     * Why a checkpoint may not be resumed with the given inputs, if it may not.
     *
     * @param saved what the checkpoint was made from (null if not recorded)
     * @param now the inputs given now
     * @return the reason, or empty if they agree
     */
    public static Optional<String> mismatch(ArmsSimulation.Origin saved, ArmsSimulation.Origin now) {
        if (saved == null) {
            return Optional.of("it does not record the scenario it was made from (saved from the console?)");
        }
        if (!saved.scenarioSha256().equals(now.scenarioSha256())) {
            return Optional.of("it was made from another scenario text (" + saved.scenarioFile()
                    + " as it was then); resume with that text");
        }
        if (!saved.librarySha256().equals(now.librarySha256())) {
            return Optional.of("it was made with other --library files");
        }
        if (saved.seed() != now.seed()) {
            return Optional.of("it was made with seed " + saved.seed() + ", not " + now.seed());
        }
        if (!saved.engine().equals(now.engine())) {
            return Optional.of("it was made with engine " + saved.engine().toLowerCase(Locale.ROOT).replace('_', '-')
                    + ", not " + now.engine().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return Optional.empty();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
