package org.receptorsim.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.receptorsim.ensemble.EnsembleRunner;
import org.receptorsim.figure.FigureFormat;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.output.OutputException;
import org.receptorsim.output.OutputFolders;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;
import org.receptorsim.scenario.SweepPlan;
import org.receptorsim.sweep.SweepOutput;
import org.receptorsim.sweep.SweepRunner;

/**
 * Combines the shards of an ensemble or sweep into the results of the whole run. The shards' cells (or points) are
 * placed where the single-machine run keeps its own and aggregated by the same code, so the results are
 * byte-identical to a run on one machine. Nothing is simulated: every shard must be there and belong to the same
 * run.
 */
public final class ShardMerge {

    private ShardMerge() {
    }

    /**
     * Merges shard directories into {@code target}.
     *
     * @param shards the shards' directories, all N of them, in any order
     * @param target the results directory (absent or empty)
     * @return a one-line description of what was merged
     * @throws OutputException if a shard is missing, repeated, damaged or of another run
     */
    public static String merge(List<Path> shards, Path target) throws IOException {
        if (shards.isEmpty()) {
            throw new OutputException("expected the directories of the shards to merge");
        }
        Map<Integer, ShardManifest> byIndex = new TreeMap<>();
        Map<Integer, Path> dirs = new TreeMap<>();
        ShardManifest first = null;
        for (Path dir : shards) {
            ShardManifest m = ShardManifest.read(dir);
            if (first == null) {
                first = m;
            } else if (!m.kind().equals(first.kind()) || !m.fingerprint().equals(first.fingerprint())
                    || m.shard().count() != first.shard().count()) {
                throw new OutputException(dir + ": a shard of another run (" + m.kind() + ", " + m.shard().label()
                        + ") than " + dirs.values().iterator().next() + " (" + first.kind() + ", "
                        + first.shard().label() + "); expected the shards of one run");
            }
            if (byIndex.containsKey(m.shard().index())) {
                throw new OutputException(dir + ": shard " + m.shard().label() + " given twice (also "
                        + dirs.get(m.shard().index()) + ")");
            }
            byIndex.put(m.shard().index(), m);
            dirs.put(m.shard().index(), dir);
        }
        List<String> missing = new ArrayList<>();
        for (int i = 1; i <= first.shard().count(); i++) {
            if (!byIndex.containsKey(i)) {
                missing.add(i + "/" + first.shard().count());
            }
        }
        if (!missing.isEmpty()) {
            throw new OutputException("missing shard(s) " + String.join(", ", missing) + " of "
                    + first.scenarioFile() + "; run (or resubmit) them, then merge all " + first.shard().count());
        }
        Scenario scenario = scenario(first);
        if (first.kind().equals("ensemble")) {
            return mergeEnsemble(scenario, first, byIndex, dirs, target);
        }
        return mergeSweep(scenario, first, byIndex, dirs, target);
    }

    /** The scenario of the run, rebuilt from the text the shard kept. */
    private static Scenario scenario(ShardManifest m) {
        KineticsEngine engine = ScenarioLoader.parseEngine(m.engine());
        if (engine == null) {
            throw new OutputException("shard.json: engine: expected per-receptor or cohort, got '" + m.engine() + "'");
        }
        return new ScenarioLoader(Library.bundled()).load(Path.of(m.scenarioFile()), m.scenarioText())
                .withSeed(m.seed()).withEngine(engine);
    }

    private static String mergeEnsemble(Scenario scenario, ShardManifest first, Map<Integer, ShardManifest> shards,
                                        Map<Integer, Path> dirs, Path target) throws IOException {
        if (!EnsembleRunner.fingerprint(scenario, first.replicates()).equals(first.fingerprint())) {
            throw new OutputException(dirs.get(1) + ": the shards were made by another program version (their "
                    + "fingerprint differs from this version's for the same scenario); run them again");
        }
        EnsembleRunner runner = new EnsembleRunner(scenario, target,
                new EnsembleRunner.Options(first.replicates(), 1, true, first.perReplicate()));
        runner.figureFormats(FigureFormat.parse(first.figureFormats()));
        boolean[] seen = new boolean[first.replicates()];
        for (var e : shards.entrySet()) {
            for (int r : e.getValue().items()) {
                Path file = dirs.get(e.getKey()).resolve("replicates").resolve(EnsembleRunner.replicateFileName(r));
                if (r < 0 || r >= seen.length || seen[r] || !Files.isRegularFile(file)) {
                    throw new OutputException(file + ": missing or repeated cell " + r + " of shard "
                            + e.getValue().shard().label() + "; run that shard again");
                }
                seen[r] = true;
            }
        }
        for (int r = 0; r < seen.length; r++) {
            if (!seen[r]) {
                throw new OutputException("cell " + r + " is in no shard; expected the shards of one run");
            }
        }
        Path replicates = runner.preparePartial();
        try {
            Files.createDirectories(replicates);
            for (var e : shards.entrySet()) {
                for (int r : e.getValue().items()) {
                    String name = EnsembleRunner.replicateFileName(r);
                    Files.copy(dirs.get(e.getKey()).resolve("replicates").resolve(name), replicates.resolve(name));
                }
            }
            EnsembleRunner.Outcome outcome = runner.run(n -> { });
            if (!outcome.complete()) {
                throw new OutputException(target + ": the merge was interrupted");
            }
        } catch (IOException | RuntimeException e) {
            OutputFolders.deleteRecursively(runner.partialDirectory());
            throw e;
        }
        return scenario.name() + ": " + first.replicates() + " cells from " + shards.size() + " shards";
    }

    private static String mergeSweep(Scenario scenario, ShardManifest first, Map<Integer, ShardManifest> shards,
                                     Map<Integer, Path> dirs, Path target) throws IOException {
        if (scenario.sweep() == null) {
            throw new OutputException(first.scenarioFile() + ": the shards' scenario has no 'sweep' section");
        }
        SweepPlan plan = SweepPlan.resolve(scenario, scenario.sweep()).withReplicates(first.replicates());
        SweepRunner runner = new SweepRunner(scenario, plan, target, 1, true);
        runner.figureFormats(FigureFormat.parse(first.figureFormats()));
        if (!runner.fingerprint().equals(first.fingerprint())) {
            throw new OutputException(dirs.get(1) + ": the shards were made by another program version (their "
                    + "fingerprint differs from this version's for the same sweep); run them again");
        }
        int points = plan.points().size();
        boolean[] seen = new boolean[points];
        for (var e : shards.entrySet()) {
            for (int p : e.getValue().items()) {
                Path dir = SweepOutput.pointDirectory(dirs.get(e.getKey()), p);
                if (p < 0 || p >= points || seen[p] || !Files.isDirectory(dir)) {
                    throw new OutputException(dir + ": missing or repeated point " + (p + 1) + " of shard "
                            + e.getValue().shard().label() + "; run that shard again");
                }
                seen[p] = true;
            }
        }
        for (int p = 0; p < points; p++) {
            if (!seen[p]) {
                throw new OutputException("point " + (p + 1) + " is in no shard; expected the shards of one run");
            }
        }
        Path pointsDir = runner.preparePartial();
        Path partialRoot = pointsDir.getParent();
        try {
            for (var e : shards.entrySet()) {
                for (int p : e.getValue().items()) {
                    copyTree(SweepOutput.pointDirectory(dirs.get(e.getKey()), p),
                            SweepOutput.pointDirectory(partialRoot, p));
                }
            }
            if (!runner.run(n -> { })) {
                throw new OutputException(target + ": the merge was interrupted");
            }
        } catch (IOException | RuntimeException e) {
            OutputFolders.deleteRecursively(partialRoot);
            throw e;
        }
        return scenario.name() + ": " + points + " points x " + first.replicates() + " cells from " + shards.size()
                + " shards";
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }
}
