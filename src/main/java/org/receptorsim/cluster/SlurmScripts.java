package org.receptorsim.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.receptorsim.output.RunDirectory;

/**
 * SLURM job scripts for a sharded ensemble or sweep: {@code shard.sbatch}, a job array with one task per shard
 * (task I runs {@code --shard I/N} into {@code shards/shard-I}, resuming its own interrupted run and doing nothing
 * if it is already done); {@code merge.sbatch}, the merge of all shards into the results; and {@code submit.sh},
 * which submits the array and the merge with an {@code afterok} dependency on it. {@code ./submit.sh 3} (or
 * {@code 2,4}) submits only those shards again, with a new merge after them.
 *
 * @param kind "ensemble" or "sweep"
 * @param scenarioFile the scenario file as given (relative to {@code workingDirectory})
 * @param shards number of shards N, 1 to {@value #MAX_SHARDS}
 * @param options the run's options passed to every shard (e.g. --replicates 8 --seed 3), each one word
 * @param threads worker threads per shard (and CPUs per task)
 * @param partition SLURM partition, or null for the cluster's default
 * @param time time limit per shard (SLURM format, e.g. 2:00:00), or null
 * @param memory memory per shard (SLURM format, e.g. 4G), or null
 * @param results the merged results directory
 * @param workingDirectory where the jobs run (absolute)
 * @param launcher the command that starts receptorsim, each word separately
 */
public record SlurmScripts(String kind, String scenarioFile, int shards, List<String> options, int threads,
                           String partition, String time, String memory, Path results, Path workingDirectory,
                           List<String> launcher) {

    /** Most shards of one array (SLURM's default MaxArraySize is 1001, so task ids up to 1000). */
    public static final int MAX_SHARDS = 1000;

    private static final Pattern TIME = Pattern.compile("\\d+(-\\d+)?(:\\d+){0,2}|\\d+-\\d+");
    private static final Pattern MEMORY = Pattern.compile("\\d+[KMGT]?");
    private static final Pattern PARTITION = Pattern.compile("[A-Za-z0-9_.,-]+");

    /** Checks the values a scheduler would refuse later. */
    public SlurmScripts {
        if (shards < 1 || shards > MAX_SHARDS) {
            throw new IllegalArgumentException("--shards: expected a whole number from 1 to " + MAX_SHARDS
                    + ", got " + shards);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads: expected a whole number >= 1, got " + threads);
        }
        if (partition != null && !PARTITION.matcher(partition).matches()) {
            throw new IllegalArgumentException("--partition: expected a partition name (letters, digits, _ . -), "
                    + "got '" + partition + "'");
        }
        if (time != null && !TIME.matcher(time).matches()) {
            throw new IllegalArgumentException("--time: expected a SLURM time such as 90, 2:00:00 or 1-12:00, got '"
                    + time + "'");
        }
        if (memory != null && !MEMORY.matcher(memory).matches()) {
            throw new IllegalArgumentException("--mem: expected a SLURM memory size such as 4000 or 4G, got '"
                    + memory + "'");
        }
        options = List.copyOf(options);
        launcher = List.copyOf(launcher);
    }

    /**
     * Writes the scripts into a new directory (atomically: it appears complete or not at all).
     *
     * @param jobs the directory to create (absent or empty)
     */
    public void write(Path jobs) throws IOException {
        Path dir = jobs.toAbsolutePath();
        try (RunDirectory out = RunDirectory.create(jobs)) {
            executable(out.file("shard.sbatch"), shardScript(dir));
            executable(out.file("merge.sbatch"), mergeScript(dir));
            executable(out.file("submit.sh"), submitScript());
            Files.createDirectories(out.file("logs"));
            Files.createDirectories(out.file("shards"));
            out.commit();
        }
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private String header(String name, Path dir, String log) {
        StringBuilder b = new StringBuilder("#!/bin/bash\n");
        b.append("#SBATCH --job-name=").append(name).append('\n');
        b.append("#SBATCH --chdir=").append(workingDirectory).append('\n');
        b.append("#SBATCH --output=").append(dir.resolve("logs").resolve(log)).append('\n');
        if (partition != null) {
            b.append("#SBATCH --partition=").append(partition).append('\n');
        }
        if (time != null) {
            b.append("#SBATCH --time=").append(time).append('\n');
        }
        if (memory != null) {
            b.append("#SBATCH --mem=").append(memory).append('\n');
        }
        return b.toString();
    }

    String shardScript(Path dir) {
        List<String> command = new ArrayList<>(launcher);
        command.add(kind);
        command.add(scenarioFile);
        command.addAll(options);
        command.add("--threads");
        command.add(Integer.toString(threads));
        return header("receptorsim-" + kind, dir, "shard-%a.out")
                + "#SBATCH --array=1-" + shards + "\n"
                + "#SBATCH --cpus-per-task=" + threads + "\n"
                + "# One shard of the run per array task: task I runs --shard I/" + shards + ".\n"
                + "set -euo pipefail\n"
                + "I=${SLURM_ARRAY_TASK_ID:?submit with sbatch: task I of the array is shard I}\n"
                + "OUT=" + quote(dir.resolve("shards").toString()) + "/shard-$I\n"
                + "if [ -f \"$OUT/shard.json\" ]; then echo \"shard $I/" + shards + " is already done: $OUT\"; "
                + "exit 0; fi\n"
                + "RESUME=()\n"
                + "if [ -d \"$OUT.partial\" ]; then RESUME=(--resume); fi\n"
                + "exec " + words(command) + " --shard \"$I/" + shards + "\" --out \"$OUT\" \"${RESUME[@]}\"\n";
    }

    String mergeScript(Path dir) {
        List<String> command = new ArrayList<>(launcher);
        command.add("merge");
        StringBuilder shardDirs = new StringBuilder();
        for (int i = 1; i <= shards; i++) {
            shardDirs.append(" \"$SHARDS/shard-").append(i).append('"');
        }
        return header("receptorsim-merge", dir, "merge-%j.out")
                + "# Merges the " + shards + " shards into the results of the whole run.\n"
                + "set -euo pipefail\n"
                + "SHARDS=" + quote(dir.resolve("shards").toString()) + "\n"
                + "exec " + words(command) + shardDirs + " --out " + quote(results.toString()) + "\n";
    }

    String submitScript() {
        return "#!/bin/bash\n"
                + "# Submits the " + shards + " shards as one job array, then the merge once all of them succeeded.\n"
                + "# A shard that failed can be submitted again alone, with a new merge after it:\n"
                + "#   ./submit.sh 3        (or ./submit.sh 2,4)\n"
                + "# Shards already done return at once; an interrupted shard resumes where it stopped.\n"
                + "set -euo pipefail\n"
                + "cd \"$(dirname \"$0\")\"\n"
                + "ARRAY=()\n"
                + "if [ $# -gt 0 ]; then ARRAY=(--array=\"$1\"); fi\n"
                + "SHARD_JOB=$(sbatch --parsable \"${ARRAY[@]}\" shard.sbatch)\n"
                + "SHARD_JOB=${SHARD_JOB%%;*}\n"
                + "MERGE_JOB=$(sbatch --parsable --dependency=afterok:\"$SHARD_JOB\" merge.sbatch)\n"
                + "MERGE_JOB=${MERGE_JOB%%;*}\n"
                + "echo \"shards: job $SHARD_JOB; merge: job $MERGE_JOB (after every shard succeeded) -> \""
                + quote(results.toString()) + "\n";
    }

    private static String words(List<String> words) {
        List<String> quoted = new ArrayList<>();
        for (String w : words) {
            quoted.add(quote(w));
        }
        return String.join(" ", quoted);
    }

    /** A word for bash: single-quoted unless plainly safe. */
    static String quote(String word) {
        if (word.matches("[A-Za-z0-9_./:=@%+,-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
