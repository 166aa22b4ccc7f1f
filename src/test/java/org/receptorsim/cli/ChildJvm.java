package org.receptorsim.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The command line in a process of its own (same Java, same class path, project root as working directory), for
 * what one process cannot show: signals, locks between processes, manifests written by different JVMs.
 */
final class ChildJvm {

    private final Process process;
    private final Path out;
    private final Path err;

    private ChildJvm(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /**
     * Starts {@code receptorsim ARGS} in a new JVM.
     *
     * @param logs directory for its standard output and error
     * @param args the arguments
     * @return the running process
     */
    static ChildJvm start(Path logs, String... args) throws IOException {
        return startWithHeap(logs, "512m", args);
    }

    /**
     * Starts {@code receptorsim ARGS} in a new JVM with a given maximum heap.
     *
     * @param logs directory for its standard output and error
     * @param heap the maximum heap, as -Xmx takes it (e.g. 48m)
     * @param args the arguments
     * @return the running process
     */
    static ChildJvm startWithHeap(Path logs, String heap, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx" + heap);
        command.add("-Djava.awt.headless=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ReceptorSimCommand.class.getName());
        command.addAll(List.of(args));
        Files.createDirectories(logs);
        Path out = Files.createTempFile(logs, "out-", ".txt");
        Path err = Files.createTempFile(logs, "err-", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new ChildJvm(p, out, err);
    }

    /** Sends a signal (INT or TERM) with kill(1). */
    void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start();
        assertTrue(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0, "kill -" + name);
    }

    /** Waits for the end (at most two minutes) and returns the exit code. */
    int waitFor() throws InterruptedException {
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the child process did not end in two minutes");
        }
        return process.exitValue();
    }

    /** The process id. */
    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String out() throws IOException {
        return Files.readString(out);
    }

    String err() throws IOException {
        return Files.readString(err);
    }
}
