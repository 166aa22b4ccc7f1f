package org.receptorsim.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.receptorsim.output.Manifests;
import org.receptorsim.output.OutputException;
import org.receptorsim.output.RunWriter;
import org.receptorsim.replicates.Shard;
import org.receptorsim.scenario.Yaml;

/**
 * What a finished shard of an ensemble or sweep records for its merge ({@code shard.json}): which run it belongs to
 * (the whole run's fingerprint), which shard it is, and the scenario file's text with the command's options, so
 * that the merge rebuilds the same scenario without the original file.
 *
 * @param kind "ensemble" or "sweep"
 * @param shard which shard, I of N
 * @param fingerprint the whole run's fingerprint (as its manifest.json records it)
 * @param replicates cells of the ensemble, or per point of the sweep
 * @param items the replicates (ensemble) or 0-based points (sweep) of this shard
 * @param scenarioFile the scenario file as given on the command line
 * @param scenarioText its text
 * @param seed master seed of the run
 * @param engine kinetics engine name, e.g. "cohort"
 * @param perReplicate ensemble only: every cell's time series is kept
 * @param figureFormats the figure formats, e.g. ["png"]
 */
public record ShardManifest(String kind, Shard shard, String fingerprint, int replicates, List<Integer> items,
                            String scenarioFile, String scenarioText, long seed, String engine,
                            boolean perReplicate, List<String> figureFormats) {

    /** Name of the file in a shard's directory. */
    public static final String FILE = "shard.json";

    /**
     * Writes {@code shard.json} into a directory.
     *
     * @param directory the shard's directory
     */
    public void write(Path directory) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("program", "ReceptorSim");
        m.put("version", RunWriter.VERSION);
        m.put("kind", kind);
        m.put("shard", shard.index());
        m.put("shards", shard.count());
        m.put("fingerprint", fingerprint);
        m.put("replicates", replicates);
        m.put("items", items);
        m.put("scenarioFile", scenarioFile);
        m.put("scenarioText", scenarioText);
        m.put("seed", seed);
        m.put("engine", engine);
        m.put("perReplicate", perReplicate);
        m.put("figureFormats", figureFormats);
        Manifests.write(directory.resolve(FILE), m);
    }

    /**
     * Reads a shard's {@code shard.json}.
     *
     * @param directory a shard's directory
     * @return the manifest
     * @throws OutputException naming the file and field if it is missing or not a shard's
     */
    public static ShardManifest read(Path directory) {
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new OutputException(directory + ": not a finished shard (no " + FILE + "); expected the --out "
                    + "directory of a completed 'ensemble --shard' or 'sweep --shard' run");
        }
        JsonNode n;
        try {
            n = Yaml.jsonMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new OutputException(file + ": damaged (" + e.getMessage().lines().findFirst().orElse("")
                    + "); run the shard again");
        }
        try {
            String kind = text(n, file, "kind");
            if (!kind.equals("ensemble") && !kind.equals("sweep")) {
                throw new OutputException(file + ": kind: expected ensemble or sweep, got '" + kind + "'");
            }
            Shard shard = new Shard(number(n, file, "shard"), number(n, file, "shards"));
            List<Integer> items = new java.util.ArrayList<>();
            n.path("items").forEach(x -> items.add(x.asInt()));
            List<String> formats = new java.util.ArrayList<>();
            n.path("figureFormats").forEach(x -> formats.add(x.asText()));
            return new ShardManifest(kind, shard, text(n, file, "fingerprint"), number(n, file, "replicates"),
                    List.copyOf(items), text(n, file, "scenarioFile"), text(n, file, "scenarioText"),
                    n.path("seed").asLong(), text(n, file, "engine"), n.path("perReplicate").asBoolean(),
                    List.copyOf(formats));
        } catch (IllegalArgumentException e) {
            throw new OutputException(file + ": shard: " + e.getMessage());
        }
    }

    private static String text(JsonNode n, Path file, String field) {
        if (!n.path(field).isTextual()) {
            throw new OutputException(file + ": " + field + ": expected text, missing or of another type");
        }
        return n.path(field).asText();
    }

    private static int number(JsonNode n, Path file, String field) {
        if (!n.path(field).canConvertToInt()) {
            throw new OutputException(file + ": " + field + ": expected a whole number, missing or of another type");
        }
        return n.path(field).asInt();
    }
}
