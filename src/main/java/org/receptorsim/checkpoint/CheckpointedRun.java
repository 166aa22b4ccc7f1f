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
 * multiple of the checkpoint interval. Writing a checkpoint draws no random number and changes no state, so the
 * results are those of a run without checkpoints, and a run resumed from any of them ends with the same results.
 */
public final class CheckpointedRun {

    private CheckpointedRun() {
    }

    /**
     * @param simulation a started simulation (fresh or read from a checkpoint)
     * @param everySeconds simulated time between checkpoints (seconds), or 0 for none
     * @param durationSeconds the protocol's duration (seconds)
     * @param folder where the checkpoints go
     * @param written told of each checkpoint file written
     * @return one result per arm
     */
    public static List<ArmResult> run(ArmsSimulation simulation, double everySeconds, double durationSeconds,
                                      Path folder, Consumer<Path> written) {
        if (everySeconds > 0) {
            long k = (long) Math.floor(simulation.timeSeconds() / everySeconds + 1e-9) + 1;
            for (double t = k * everySeconds; t < durationSeconds - 1e-9; t = ++k * everySeconds) {
                simulation.advanceTo(t);
                Path file = folder.resolve(Checkpoints.fileName(simulation.timeSeconds()));
                try {
                    Checkpoints.write(simulation, file);
                } catch (IOException e) {
                    throw new UncheckedIOException(file + ": cannot write checkpoint: " + e.getMessage(), e);
                }
                written.accept(file);
            }
        }
        return simulation.runToEnd();
    }
}
