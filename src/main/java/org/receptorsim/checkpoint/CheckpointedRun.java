package org.receptorsim.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.receptorsim.model.ArmResult;
import org.receptorsim.simulation.ArmsSimulation;

/**
 * Runs a started (or resumed) {@link ArmsSimulation} to its end, writing a checkpoint each time its cells reach a
 * multiple of the checkpoint interval, and one more where they stand if the run is asked to stop (Ctrl-C). Writing a
 * checkpoint draws no random number and changes no state, so the results are those of a run without checkpoints, and
 * a run resumed from any of them ends with the same results.
 */
public final class CheckpointedRun {

    /** How a run ended: with results, or stopped and saved. */
    public sealed interface Outcome {
    }

    /** @param results one result per arm */
    public record Finished(List<ArmResult> results) implements Outcome {
    }

    /**
     * @param checkpoint the checkpoint written where the cells stood
     * @param timeSeconds their time (seconds)
     */
    public record Stopped(Path checkpoint, double timeSeconds) implements Outcome {
    }

    private final ArmsSimulation simulation;
    private final double everySeconds;
    private final double durationSeconds;
    private final double chunkSeconds;
    private final Path folder;
    private volatile boolean stop;

    /**
     * @param simulation a started simulation (fresh or read from a checkpoint)
     * @param everySeconds simulated time between checkpoints (seconds)
     * @param durationSeconds the protocol's duration (seconds)
     * @param chunkSeconds how often (simulated seconds) a request to stop is looked at: the output interval
     * @param folder where the checkpoints go
     */
    public CheckpointedRun(ArmsSimulation simulation, double everySeconds, double durationSeconds,
                           double chunkSeconds, Path folder) {
        this.simulation = simulation;
        this.everySeconds = everySeconds;
        this.durationSeconds = durationSeconds;
        this.chunkSeconds = chunkSeconds;
        this.folder = folder;
    }

    /** Asks the run to stop at the end of the stretch in progress and save where it stands (thread-safe). */
    public void cancel() {
        stop = true;
    }

    /**
     * Runs to the end, or until {@link #cancel()}.
     *
     * @param written told of each checkpoint file written
     * @return the results, or where the stopped run was saved
     */
    public Outcome run(Consumer<Path> written) {
        long k = (long) Math.floor(simulation.timeSeconds() / everySeconds + 1e-9) + 1;
        while (!simulation.isFinished()) {
            double next = Math.min(k * everySeconds, durationSeconds);
            for (double t = simulation.timeSeconds(); t < next - 1e-9; t = simulation.timeSeconds()) {
                if (stop) {
                    Path file = write();
                    written.accept(file);
                    return new Stopped(file, simulation.timeSeconds());
                }
                simulation.advanceTo(Math.min(next, (Math.floor(t / chunkSeconds + 1e-9) + 1) * chunkSeconds));
            }
            if (next < durationSeconds - 1e-9) {
                written.accept(write());
            }
            k++;
        }
        return new Finished(simulation.runToEnd());
    }

    private Path write() {
        Path file = folder.resolve(Checkpoints.fileName(simulation.timeSeconds()));
        try {
            Checkpoints.write(simulation, file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write checkpoint: " + e.getMessage(), e);
        }
        return file;
    }
}
