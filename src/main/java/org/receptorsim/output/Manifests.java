package org.receptorsim.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Yaml;

/**
 * Writes {@code manifest.json}: what was run, with every object's keys in sorted order at every level, so that the
 * same run gives a byte-identical manifest in any JVM (maps such as a library entry's sources iterate in an order
 * that changes from one JVM to the next), and a {@code references} section resolving every source key cited in it to
 * its full reference and DOIs. Written to a temporary file and renamed into place.
 */
public final class Manifests {

    private Manifests() {
    }

    /**
     * Writes a manifest.
     *
     * @param file the manifest file
     * @param manifest what was run (maps, records, lists)
     */
    public static void write(Path file, Object manifest) throws IOException {
        ObjectMapper json = Yaml.jsonMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        JsonNode tree = json.valueToTree(manifest);
        if (tree instanceof ObjectNode root && !root.has("references")) {
            Set<String> keys = new TreeSet<>();
            collectKeys(tree, keys);
            Map<String, Map<String, Object>> cited = Library.bundled().citations(keys);
            if (!cited.isEmpty()) {
                root.set("references", json.valueToTree(cited));
            }
        }
        Object plain = json.treeToValue(tree, Object.class);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        json.writeValue(tmp.toFile(), plain);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Every source key cited in the text values of a tree (sources of ligands, cells, presets). */
    private static void collectKeys(JsonNode node, Set<String> keys) {
        if (node.isTextual()) {
            keys.addAll(Library.citedKeys(node.asText()));
        }
        for (JsonNode child : node) {
            collectKeys(child, keys);
        }
    }
}
