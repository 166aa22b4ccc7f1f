package org.receptorsim.cli;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.receptorsim.cluster.SlurmScripts;
import org.receptorsim.figure.FigureFormat;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.SweepPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code receptorsim slurm SCENARIO --shards N}: SLURM scripts that run an ensemble or sweep as a job array of N
 * shards and merge them when all succeeded ({@link SlurmScripts}).
 */
@Command(name = "slurm", mixinStandardHelpOptions = true,
        description = "Write SLURM scripts for an ensemble or sweep on a cluster: a job array of N shards "
                + "(shard.sbatch), the merge after all of them succeeded (merge.sbatch, afterok) and submit.sh.")
final class SlurmCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioOptions options;

    @Mixin
    private FigureOptions figures;

    @Option(names = "--shards", paramLabel = "N", required = true, description = "Number of shards (array tasks).")
    private int shards;

    @Option(names = "--run", paramLabel = "KIND", defaultValue = "ensemble",
            description = "ensemble or sweep (default: ${DEFAULT-VALUE}).")
    private String kind;

    @Option(names = "--replicates", paramLabel = "N",
            description = "Cells (per point of a sweep); default: the scenario's.")
    private Integer replicates;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "1",
            description = "Worker threads (CPUs) per shard (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = "--per-replicate", description = "ensemble: also keep every cell's time series.")
    private boolean perReplicate;

    @Option(names = "--partition", paramLabel = "P", description = "SLURM partition (default: the cluster's).")
    private String partition;

    @Option(names = "--time", paramLabel = "T", description = "Time limit per shard, e.g. 2:00:00.")
    private String time;

    @Option(names = "--mem", paramLabel = "M", description = "Memory per shard, e.g. 4G.")
    private String memory;

    @Option(names = "--jobs", paramLabel = "DIR",
            description = "Directory for the scripts, logs and shards (default: the results directory + '-jobs').")
    private Path jobs;

    @Option(names = "--launcher", paramLabel = "CMD",
            description = "Command that starts receptorsim on the nodes, e.g. /opt/receptorsim/receptorsim "
                    + "(default: this Java and class path).")
    private String launcher;

    @Override
    public Integer call() throws Exception {
        String k = kind.toLowerCase(Locale.ROOT);
        if (!k.equals("ensemble") && !k.equals("sweep")) {
            throw new ReceptorSimCommand.UserException("--run: expected ensemble or sweep, got '" + kind + "'");
        }
        Scenario scenario = options.load(KineticsEngine.COHORT);
        if (k.equals("sweep")) {
            if (scenario.sweep() == null) {
                throw new ReceptorSimCommand.UserException(options.scenarioFile + ": no 'sweep' section (see "
                        + "README, Scenarios)");
            }
            SweepPlan.resolve(scenario, scenario.sweep());
        }
        if (replicates != null && replicates < 1) {
            throw new ReceptorSimCommand.UserException("--replicates: expected a whole number >= 1, got "
                    + replicates);
        }
        Path results = options.target(scenario.name(), k + "-");
        Path jobsDir = jobs != null ? jobs : results.resolveSibling(results.getFileName() + "-jobs");
        List<String> runOptions = new ArrayList<>();
        if (replicates != null) {
            runOptions.addAll(List.of("--replicates", replicates.toString()));
        }
        runOptions.addAll(List.of("--seed", Long.toString(scenario.seed()), "--engine",
                scenario.engine().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                "--max-hours", Double.toString(options.maxHours)));
        runOptions.addAll(List.of("--figure-format", String.join(",",
                figures.formats().stream().map(FigureFormat::extension).toList())));
        if (perReplicate) {
            if (!k.equals("ensemble")) {
                throw new ReceptorSimCommand.UserException("--per-replicate: only with --run ensemble");
            }
            runOptions.add("--per-replicate");
        }
        SlurmScripts scripts;
        try {
            scripts = new SlurmScripts(k, options.scenarioFile.toString(), shards, runOptions, threads, partition,
                    time, memory, results, Path.of("").toAbsolutePath(), launcher());
        } catch (IllegalArgumentException e) {
            throw new ReceptorSimCommand.UserException(e.getMessage());
        }
        scripts.write(jobsDir);
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%s: %s in %d shards -> %s (submit with %s; results in %s)%n", scenario.name(), k,
                shards, jobsDir, jobsDir.resolve("submit.sh"), results);
        return 0;
    }

    /** The words that start receptorsim on a node: --launcher, or this Java with this class path. */
    private List<String> launcher() {
        if (launcher != null) {
            return List.of(launcher.trim().split("\\s+"));
        }
        List<String> words = new ArrayList<>();
        words.add(ProcessHandle.current().info().command().orElse("java"));
        words.add("-Xmx" + Math.max(256, Runtime.getRuntime().maxMemory() >> 20) + "m");
        words.add("-Djava.awt.headless=true");
        words.add("-cp");
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.add(Path.of(entry).toAbsolutePath().toString());
        }
        words.add(String.join(File.pathSeparator, entries));
        words.add(ReceptorSimCommand.class.getName());
        return words;
    }
}
