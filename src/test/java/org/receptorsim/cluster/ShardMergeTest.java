package org.receptorsim.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptorsim.cli.ReceptorSimCommand;
import org.receptorsim.replicates.Shard;

/** Shards of an ensemble or sweep, merged, give the single-machine run's files byte for byte; bad sets are refused. */
class ShardMergeTest {

    private static final String SCENARIO = "src/test/resources/org/receptorsim/cluster/cluster-check.yaml";

    @TempDir
    Path dir;

    @Test
    void shardsPartitionTheItemsWithoutOverlap() {
        int[] owner = new int[11];
        for (int i = 1; i <= 4; i++) {
            Shard s = new Shard(i, 4);
            int n = 0;
            for (int item = 0; item < owner.length; item++) {
                if (s.contains(item)) {
                    owner[item] += i;
                    n++;
                }
            }
            assertEquals(n, s.size(owner.length));
        }
        for (int item = 0; item < owner.length; item++) {
            assertEquals(item % 4 + 1, owner[item], "item " + item + " in exactly one shard");
        }
    }

    @Test
    void mergedEnsembleShardsAreByteIdenticalToTheLocalRun() throws IOException {
        run(0, "ensemble", SCENARIO, "--replicates", "6", "--seed", "5", "--out", dir.resolve("local").toString());
        List<String> merge = new ArrayList<>(List.of("merge"));
        for (int i = 1; i <= 3; i++) {
            Path shard = dir.resolve("shard-" + i);
            run(0, "ensemble", SCENARIO, "--replicates", "6", "--seed", "5", "--shard", i + "/3", "--out",
                    shard.toString());
            merge.add(shard.toString());
        }
        merge.addAll(List.of("--out", dir.resolve("merged").toString()));
        run(0, merge.toArray(String[]::new));
        assertSameFiles(dir.resolve("local"), dir.resolve("merged"));
    }

    @Test
    void mergedSweepShardsAreByteIdenticalToTheLocalRun() throws IOException {
        run(0, "sweep", SCENARIO, "--out", dir.resolve("local").toString());
        run(0, "sweep", SCENARIO, "--shard", "2/2", "--out", dir.resolve("b").toString());
        run(0, "sweep", SCENARIO, "--shard", "1/2", "--out", dir.resolve("a").toString());
        run(0, "merge", dir.resolve("b").toString(), dir.resolve("a").toString(), "--out",
                dir.resolve("merged").toString());
        assertSameFiles(dir.resolve("local"), dir.resolve("merged"));
    }

    @Test
    void missingRepeatedForeignOrUnfinishedShardsAreRefused() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        run(0, "ensemble", SCENARIO, "--replicates", "4", "--shard", "1/2", "--out", a.toString());
        run(0, "ensemble", SCENARIO, "--replicates", "4", "--seed", "9", "--shard", "2/2", "--out",
                b.toString());
        Path out = dir.resolve("merged");
        assertTrue(run(2, "merge", a.toString(), "--out", out.toString()).contains("missing shard(s) 2/2"));
        assertTrue(run(2, "merge", a.toString(), a.toString(), "--out", out.toString()).contains("given twice"));
        assertTrue(run(2, "merge", a.toString(), b.toString(), "--out", out.toString())
                .contains("a shard of another run"));
        assertTrue(run(2, "merge", dir.toString(), "--out", out.toString()).contains("not a finished shard"));
        assertTrue(run(2, "ensemble", SCENARIO, "--shard", "0/2", "--out", dir.resolve("c").toString())
                .contains("--shard: expected I/N"));
        assertFalse(Files.exists(out), "nothing written");
        assertFalse(Files.exists(dir.resolve("merged.partial")), "no partial left");
    }

    @Test
    void slurmScriptsRunEveryShardThenTheMergeAfterThem() throws IOException {
        Path jobs = dir.resolve("jobs");
        run(0, "slurm", SCENARIO, "--shards", "4", "--run", "sweep", "--partition", "short", "--time", "1:00:00",
                "--mem", "2G", "--threads", "2", "--out", dir.resolve("results").toString(), "--jobs",
                jobs.toString());
        String shard = Files.readString(jobs.resolve("shard.sbatch"));
        for (String line : List.of("#SBATCH --array=1-4", "#SBATCH --partition=short", "#SBATCH --time=1:00:00",
                "#SBATCH --mem=2G", "#SBATCH --cpus-per-task=2", " sweep " + SCENARIO, "--shard \"$I/4\"")) {
            assertTrue(shard.contains(line), line + " in\n" + shard);
        }
        String merge = Files.readString(jobs.resolve("merge.sbatch"));
        assertTrue(merge.contains(" merge \"$SHARDS/shard-1\" \"$SHARDS/shard-2\" \"$SHARDS/shard-3\" "
                + "\"$SHARDS/shard-4\" --out " + dir.resolve("results")), merge);
        assertTrue(Files.readString(jobs.resolve("submit.sh")).contains("--dependency=afterok:"));
        assertTrue(Files.isExecutable(jobs.resolve("submit.sh")));
        assertTrue(run(2, "slurm", SCENARIO, "--shards", "4", "--time", "soon", "--jobs",
                dir.resolve("j2").toString()).contains("--time: expected a SLURM time"));
        assertTrue(run(2, "slurm", SCENARIO, "--shards", "0", "--jobs", dir.resolve("j3").toString())
                .contains("--shards: expected a whole number from 1"));
        assertFalse(Files.exists(dir.resolve("j2")) || Files.exists(dir.resolve("j3")));
    }

    private static String run(int expectedExit, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ReceptorSimCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(expectedExit, code, String.join(" ", args) + ":\n" + out + err);
        return out + err.toString();
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        List<Path> files = files(expected);
        assertEquals(files, files(actual));
        assertTrue(files.size() >= 5, "" + files);
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)),
                    f + " differs");
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
