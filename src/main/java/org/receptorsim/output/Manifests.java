package org.receptorsim.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.receptorsim.scenario.Yaml;

/**
 * Writes {@code manifest.json}: what was run, with every object's keys in sorted order at every level, so that the
 * same run gives a byte-identical manifest in any JVM (maps such as a library entry's sources iterate in an order
 * that changes from one JVM to the next). Written to a temporary file and renamed into place.
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
        Object plain = json.treeToValue(json.valueToTree(manifest), Object.class);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        json.writeValue(tmp.toFile(), plain);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
