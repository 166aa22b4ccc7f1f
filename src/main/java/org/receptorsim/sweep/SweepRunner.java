package org.receptorsim.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import org.receptorsim.ensemble.EnsembleRunner;
import org.receptorsim.output.Manifests;
import org.receptorsim.output.OutputException;
import org.receptorsim.output.OutputFolders;
import org.receptorsim.figure.FigureFormat;
import org.receptorsim.output.RunWriter;
import org.receptorsim.replicates.Shard;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioVariant;
import org.receptorsim.scenario.SweepPlan;
import org.receptorsim.scenario.Yaml;

/**
 * Runs a sweep: one ensemble per point, every point with the scenario's seed, so cell r of every point draws the
 * same random streams (common random numbers: differences between points are not masked by sampling noise, and
 * two points with the same values give the same cells).
 *
 * <p>Work happens in {@code <target>.partial/}: each point's ensemble runs in {@code points/pNNNN.partial} and
 * appears as {@code points/pNNNN} when complete. On resume a complete point is skipped and an interrupted one is
 * resumed (its finished cells are kept); the manifest's fingerprint makes sure the sweep is the same. When every
 * point is done the table, JSON and charts are written and the directory is renamed to the target.
 */
public final class SweepRunner {

    /** Told of every finished cell of a point (from worker threads). */
    @FunctionalInterface
    public interface CellProgress {

        /**
         * A cell of a point is done.
         *
         * @param point 0-based point index
         * @param cellsDone cells of that point done so far
         */
        void cellDone(int point, int cellsDone);
    }

    private final Scenario scenario;
    private final SweepPlan plan;
    private final Path target;
    private final Path partial;
    private final int threads;
    private final boolean resume;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile EnsembleRunner current;
    private Set<FigureFormat> figureFormats = FigureFormat.DEFAULT;
    private Shard shard;
    private EnsembleRunner.ShardDescription shardDescription = directory -> { };

    /**
     * @param scenario the resolved scenario (engine set)
     * @param plan its resolved sweep
     * @param target final output directory (must not exist)
     * @param threads worker threads of each point's ensemble
     * @param resume continue an interrupted sweep in {@code <target>.partial}
     */
    public SweepRunner(Scenario scenario, SweepPlan plan, Path target, int threads, boolean resume) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1");
        }
        this.scenario = scenario;
        this.plan = plan;
        this.target = target;
        this.partial = target.resolveSibling(target.getFileName() + ".partial");
        this.threads = threads;
        this.resume = resume;
    }

    /** Sets the formats of the sweep's figures (default: PNG). */
    public void figureFormats(Set<FigureFormat> formats) {
        this.figureFormats = formats;
    }

    /**
     * Runs only one shard of the points (a point's ensemble is whole in one shard); the finished shard keeps its
     * points and writes no table or charts (they are written when the shards are merged).
     *
     * @param part the shard
     * @param description what the finished shard writes for its merge
     */
    public void shard(Shard part, EnsembleRunner.ShardDescription description) {
        this.shard = part;
        this.shardDescription = description;
    }

    /**
     * Starts the partial directory of a whole sweep to be filled with point directories computed elsewhere (the
     * shards of a cluster run); {@link #run} with {@code resume} then writes the table and charts as it would for
     * its own points.
     *
     * @return the directory for the points' directories
     * @throws OutputException if the target or its partial directory is in the way
     */
    public Path preparePartial() throws IOException {
        if (OutputFolders.occupied(target) || Files.exists(partial)) {
            throw new OutputException(target + ": output directory (or its .partial) exists; choose another --out");
        }
        JsonNode run = describe(Yaml.jsonMapper());
        Files.createDirectories(partial.resolve("points"));
        writeManifest(partial.resolve("manifest.json"), run, Yaml.fingerprint(run), "partial");
        return partial.resolve("points");
    }

    /** The fingerprint of this sweep (what its manifest records, whole or sharded). */
    public String fingerprint() {
        Shard kept = shard;
        shard = null;
        String f = Yaml.fingerprint(describe(Yaml.jsonMapper()));
        shard = kept;
        return f;
    }

    /** Asks the sweep to stop: cells in progress finish and are committed, nothing new starts. Thread-safe. */
    public void cancel() {
        cancelled.set(true);
        EnsembleRunner r = current;
        if (r != null) {
            r.cancel();
        }
    }

    /** The working directory of an unfinished sweep. */
    public Path partialDirectory() {
        return partial;
    }

    /**
     * Runs (or resumes) the sweep.
     *
     * @param pointsDone called with the number of finished points
     * @return true if complete, false if cancelled (partial results stay in the partial directory)
     * @throws OutputException if the directories are not in the state the options expect
     */
    public boolean run(IntConsumer pointsDone) throws IOException {
        return run(pointsDone, (point, cells) -> { });
    }

    /**
     * Runs (or resumes) the sweep.
     *
     * @param pointsDone called with the number of finished points (also for points found done on resume)
     * @param cellsDone called with every finished cell of the point being run
     * @return true if complete, false if cancelled (partial results stay in the partial directory)
     * @throws OutputException if the directories are not in the state the options expect
     */
    public boolean run(IntConsumer pointsDone, CellProgress cellsDone) throws IOException {
        if (OutputFolders.occupied(target)) {
            throw new OutputException(target + ": output directory exists and is not empty; choose another --out");
        }
        ObjectMapper json = Yaml.jsonMapper();
        JsonNode run = describe(json);
        String fingerprint = Yaml.fingerprint(run);
        Path manifest = partial.resolve("manifest.json");
        if (Files.exists(partial)) {
            if (!resume) {
                throw new OutputException(partial + ": an interrupted sweep is there; resume it with --resume "
                        + "or choose another --out");
            }
            String before = EnsembleRunner.fingerprintOf(manifest);
            if (before == null) {
                throw new OutputException(partial + ": its manifest.json is missing or damaged, so it cannot be "
                        + "checked to be this sweep; delete " + partial + " to start again");
            }
            if (!before.equals(fingerprint)) {
                throw new OutputException(partial + ": the interrupted sweep used another scenario, seed, "
                        + "sweep or replicate count; it cannot be resumed with these");
            }
        } else if (resume) {
            throw new OutputException(partial + ": nothing to resume");
        }
        Files.createDirectories(partial.resolve("points"));
        writeManifest(manifest, run, fingerprint, "partial");
        int done = 0;
        for (int i = 0; i < plan.points().size(); i++) {
            if (shard != null && !shard.contains(i)) {
                continue;
            }
            Path dir = SweepOutput.pointDirectory(partial, i);
            if (!Files.exists(dir)) {
                if (cancelled.get()) {
                    return false;
                }
                Path pointPartial = dir.resolveSibling(dir.getFileName() + ".partial");
                Scenario at = plan.scenarioAt(scenario, i);
                if (Files.exists(pointPartial) && !isThisPoint(at, pointPartial)) {
                    // the sweep's fingerprint matched, yet the point's ensemble is not this one (e.g. written by
                    // another program version): run the point afresh
                    OutputFolders.deleteRecursively(pointPartial);
                }
                EnsembleRunner runner = new EnsembleRunner(at, dir,
                        new EnsembleRunner.Options(plan.replicates(), threads, Files.exists(pointPartial), false));
                current = runner;
                if (cancelled.get()) {
                    return false;
                }
                int point = i;
                if (!runner.run(n -> cellsDone.cellDone(point, n)).complete()) {
                    return false;
                }
            }
            pointsDone.accept(++done);
        }
        current = null;
        if (shard != null) {
            shardDescription.write(partial);
            writeManifest(manifest, run, fingerprint, "complete");
            OutputFolders.publish(partial, target);
            return true;
        }
        SweepOutput.write(partial, scenario, plan, SweepOutput.read(partial, scenario, plan), figureFormats);
        writeManifest(manifest, run, fingerprint, "complete");
        OutputFolders.publish(partial, target);
        return true;
    }

    /** True if an interrupted point's ensemble is this point's (same fingerprint), so its finished cells count. */
    private boolean isThisPoint(Scenario at, Path pointPartial) {
        return EnsembleRunner.fingerprint(at, plan.replicates())
                .equals(EnsembleRunner.fingerprintOf(pointPartial.resolve("manifest.json")));
    }

    /** What the sweep is: scenario, cells per point and every point's values (what a resume must match). */
    private JsonNode describe(ObjectMapper json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", scenario);
        m.put("replicatesPerPoint", plan.replicates());
        m.put("design", plan.grid() ? "grid" : "latin-hypercube");
        m.put("metric", plan.metric());
        m.put("parameters", plan.axes().stream().map(SweepPlan.Axis::parameter).toList());
        m.put("points", plan.points().stream().map(p -> p.stream().map(ScenarioVariant::label).toList()).toList());
        if (shard != null) {
            m.put("shard", shard.label());
        }
        return json.valueToTree(m);
    }

    private static void writeManifest(Path manifest, JsonNode run, String fingerprint, String status)
            throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("program", "ReceptorSim");
        m.put("version", RunWriter.VERSION);
        m.put("kind", "sweep");
        m.put("status", status);
        m.put("fingerprint", fingerprint);
        m.put("run", run);
        Manifests.write(manifest, m);
    }

}
