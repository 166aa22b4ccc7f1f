package org.receptorsim.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Manifests do not depend on the order maps iterate in. */
class ManifestsTest {

    /** A record with a map inside, as the library's cell types and ligands carry their sources. */
    record Entry(String name, Map<String, String> sources) {
    }

    private static Map<String, Object> manifest(boolean reversed) {
        Map<String, String> sources = new LinkedHashMap<>();
        List<String> keys = reversed ? List.of("kon", "koff", "kd") : List.of("kd", "koff", "kon");
        keys.forEach(k -> sources.put(k, "source of " + k));
        Map<String, Object> m = new LinkedHashMap<>();
        if (reversed) {
            m.put("version", "dev");
            m.put("entry", new Entry("DAMGO", sources));
        } else {
            m.put("entry", new Entry("DAMGO", sources));
            m.put("version", "dev");
        }
        return m;
    }

    /** The same content in two map orders gives the same bytes, keys sorted at every level. */
    @Test
    void sameContentSameBytesWhateverTheMapOrder(@TempDir Path tmp) throws Exception {
        Path a = tmp.resolve("a.json");
        Path b = tmp.resolve("b.json");
        Manifests.write(a, manifest(false));
        Manifests.write(b, manifest(true));
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        String text = Files.readString(a);
        assertEquals(List.of("entry", "name", "sources", "kd", "koff", "kon", "version"),
                text.lines().filter(l -> l.contains("\" :")).map(l -> l.strip().replaceAll("^\"([^\"]+)\".*", "$1"))
                        .toList());
        assertEquals(List.of("a.json", "b.json"), Files.list(tmp).map(p -> p.getFileName().toString()).sorted()
                .toList(), "no temporary file left");
    }
}
