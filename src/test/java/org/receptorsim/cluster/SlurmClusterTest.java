package org.receptorsim.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.receptorsim.cli.ReceptorSimCommand;
import org.receptorsim.output.OutputFolders;

/**
 * A sharded ensemble on a real single-node SLURM cluster (munged, slurmctld and slurmd started by
 * {@code src/test/slurm/start-slurm.sh}): {@code receptorsim slurm} writes the array and merge scripts, one shard
 * fails, the merge waiting on it is cancelled, the failed shard alone is submitted again, and the merged results
 * are byte-identical to the same ensemble run on this machine.
 */
class SlurmClusterTest {

    private static final String SCENARIO = "src/test/resources/org/receptorsim/cluster/cluster-check.yaml";
    private static final Path WORK = Path.of("target", "slurm-cluster").toAbsolutePath();
    private static boolean startedHere;

    @BeforeAll
    static void startCluster() throws Exception {
        for (String tool : List.of("sbatch", "squeue", "scontrol", "slurmctld", "slurmd", "munged")) {
            Assumptions.assumeTrue(shell("command -v " + tool, 30).exit == 0,
                    "SLURM is not installed (" + tool + " missing): Debian slurm-wlm and munge, which .ci/run "
                            + "installs");
        }
        Assumptions.assumeTrue(shell("test \"$(id -u)\" = 0", 10).exit == 0,
                "starting the SLURM daemons needs root");
        startedHere = shell("sinfo -h >/dev/null 2>&1", 30).exit != 0;
        Result start = shell("src/test/slurm/start-slurm.sh", 120);
        assertEquals(0, start.exit, "start-slurm.sh:\n" + start.output);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (startedHere) {
            shell("src/test/slurm/stop-slurm.sh", 120);
        }
    }

    @Test
    void fourShardArrayMergesByteIdenticalToLocalRunAndFailedShardIsResubmittedAlone() throws Exception {
        OutputFolders.deleteRecursively(WORK);
        Files.createDirectories(WORK);
        Path local = WORK.resolve("local");
        Path merged = WORK.resolve("merged");
        Path jobs = WORK.resolve("jobs");
        receptorsim("ensemble", SCENARIO, "--replicates", "8", "--out", local.toString());
        receptorsim("slurm", SCENARIO, "--shards", "4", "--replicates", "8", "--time", "10:00",
                "--out", merged.toString(), "--jobs", jobs.toString());

        // shard 3 cannot write its directory: the array finishes with one failed task, the merge is cancelled
        Path obstacle = jobs.resolve("shards").resolve("shard-3");
        Files.createDirectories(obstacle);
        Files.writeString(obstacle.resolve("in-the-way"), "x");
        String[] ids = submit(jobs, "");
        waitFor(ids);
        assertTrue(scontrol(ids[1]).contains("JobState=CANCELLED"), "merge after a failed shard: "
                + scontrol(ids[1]));
        assertFalse(Files.exists(merged), "no results from a failed shard");
        for (int i : new int[] {1, 2, 4}) {
            assertTrue(Files.exists(jobs.resolve("shards").resolve("shard-" + i).resolve("shard.json")),
                    "shard " + i + " done");
        }
        String shard1Log = Files.readString(jobs.resolve("logs").resolve("shard-1.out"));

        // the failed shard alone, with a new merge
        OutputFolders.deleteRecursively(obstacle);
        ids = submit(jobs, "3");
        waitFor(ids);
        assertTrue(scontrol(ids[1]).contains("JobState=COMPLETED"), "merge: " + scontrol(ids[1]));
        assertEquals(shard1Log, Files.readString(jobs.resolve("logs").resolve("shard-1.out")),
                "shard 1 was not run again");
        List<Path> files = relativeFiles(local);
        assertEquals(files, relativeFiles(merged), "the same files");
        assertTrue(files.contains(Path.of("ensemble.csv")) && files.contains(Path.of("ensemble.png")), "" + files);
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(local.resolve(f)), Files.readAllBytes(merged.resolve(f)),
                    f + " differs from the local run");
        }
        System.out.println("SLURM 4-shard ensemble (shard 3 failed and resubmitted alone) merged byte-identical "
                + "to the local run: " + files.size() + " files " + files);
    }

    private static String[] submit(Path jobs, String array) throws Exception {
        Result r = shell(jobs.resolve("submit.sh") + " " + array, 60);
        assertEquals(0, r.exit, "submit.sh:\n" + r.output);
        Matcher m = Pattern.compile("shards: job (\\d+); merge: job (\\d+)").matcher(r.output);
        assertTrue(m.find(), r.output);
        return new String[] {m.group(1), m.group(2)};
    }

    /** Polls squeue until neither job is queued or running (at most three minutes). */
    private static void waitFor(String[] ids) throws Exception {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < end) {
            Result q = shell("squeue -h -j " + ids[0] + "," + ids[1], 30);
            if (q.exit == 0 && q.output.isBlank()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("jobs " + ids[0] + ", " + ids[1] + " still queued after three minutes");
    }

    private static String scontrol(String id) throws Exception {
        return shell("scontrol show job " + id, 30).output;
    }

    private static List<Path> relativeFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    private static void receptorsim(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ReceptorSimCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, String.join(" ", args) + ":\n" + out + err);
    }

    private record Result(int exit, String output) {
    }

    private static Result shell(String command, int timeoutSeconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "-c", "export PATH=$PATH:/usr/sbin:/sbin; " + command)
                .redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + ": no answer in " + timeoutSeconds + " s");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
