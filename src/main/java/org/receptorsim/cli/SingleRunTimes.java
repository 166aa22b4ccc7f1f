package org.receptorsim.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.statistics.descriptive.Median;
import org.receptorsim.output.OutputFolders;

/**
 * Where the time of a single {@code run} goes, measured the way a user meets it: {@code receptorsim run SCENARIO} in
 * fresh JVMs, one after another, each started with this JVM's {@code java} and options (the launcher's class-data
 * sharing archive and JIT settings included) and timing its own set-up (from the entry to {@code main}), simulation and
 * results as it prints them; the wall time of each process is taken from outside. The goal of the engines' issue is
 * set-up + results at most {@value #GOAL_SECONDS} s.
 */
final class SingleRunTimes {

    /** The goal for set-up + results of one run (seconds). */
    static final double GOAL_SECONDS = 0.5;

    /** The line a run prints with its times. */
    private static final Pattern TIME_LINE = Pattern.compile("time: set-up ([0-9.]+) s, simulation ([0-9.]+) s, "
            + "results and figures ([0-9.]+) s \\(after ([0-9.]+) s of JVM start\\)");

    /**
     * One run's times (seconds).
     *
     * @param setUp from the entry to {@code main} to the first step
     * @param simulation the simulation
     * @param results results and figures
     * @param jvmStart the JVM's start before {@code main}
     * @param wall the process from start to exit, measured from outside
     */
    record Times(double setUp, double simulation, double results, double jvmStart, double wall) {

        /** What the goal counts: set-up + results (to the 0.01 s they are printed with). */
        double overhead() {
            return Math.round((setUp + results) * 100) / 100.0;
        }
    }

    private SingleRunTimes() {
    }

    /**
     * Runs the scenario {@code runs} times, each in a new JVM, writing into a temporary directory that is deleted.
     *
     * @param scenario the scenario file
     * @param libraries library files the runs are given ({@code --library}), in order
     * @param runs how many runs, ≥ 1
     * @return the times of each run, in order
     * @throws IOException if a run cannot be started, fails or prints no times
     * @throws InterruptedException if interrupted while waiting for a run
     */
    static List<Times> measure(Path scenario, List<Path> libraries, int runs)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("receptorsim-bench-run-");
        try {
            List<Times> times = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                times.add(once(scenario, libraries, dir.resolve("run-" + i), dir.resolve("log-" + i + ".txt")));
            }
            return times;
        } finally {
            OutputFolders.deleteRecursively(dir);
        }
    }

    private static Times once(Path scenario, List<Path> libraries, Path out, Path log)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ReceptorSimCommand.class.getName());
        command.addAll(List.of("run", scenario.toString(), "--out", out.toString()));
        for (Path library : libraries) {
            command.addAll(List.of("--library", library.toString()));
        }
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int code = p.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        String printed = Files.readString(log, StandardCharsets.UTF_8);
        Matcher m = TIME_LINE.matcher(printed);
        if (code != 0 || !m.find()) {
            throw new IOException("run " + scenario + " in a new JVM " + (code != 0 ? "failed (exit " + code + ")"
                    : "printed no times") + ": " + printed.strip().lines().reduce((a, b) -> b).orElse(""));
        }
        return new Times(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)), wall);
    }

    /**
     * Median and range of each time over the runs, for {@code bench.json}: per quantity a map with {@code median},
     * {@code min} and {@code max} (seconds), plus the runs themselves and the goal.
     */
    static Map<String, Object> summary(List<Times> times) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("runs", times.size());
        s.put("setUp", spread(times.stream().mapToDouble(Times::setUp).toArray()));
        s.put("simulation", spread(times.stream().mapToDouble(Times::simulation).toArray()));
        s.put("results", spread(times.stream().mapToDouble(Times::results).toArray()));
        s.put("setUpPlusResults", spread(times.stream().mapToDouble(Times::overhead).toArray()));
        s.put("jvmStart", spread(times.stream().mapToDouble(Times::jvmStart).toArray()));
        s.put("wall", spread(times.stream().mapToDouble(Times::wall).toArray()));
        s.put("goalSetUpPlusResults", GOAL_SECONDS);
        s.put("each", times);
        return s;
    }

    /** Median, min and max of some times (seconds). */
    static Map<String, Double> spread(double[] values) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("median", Median.withDefaults().evaluate(values.clone()));
        m.put("min", java.util.Arrays.stream(values).min().orElse(Double.NaN));
        m.put("max", java.util.Arrays.stream(values).max().orElse(Double.NaN));
        return m;
    }
}
