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

    /** The source keys a manifest cites are resolved to their full reference and confirmed DOIs. */
    @Test
    void citedSourceKeysAreResolvedWithDois(@TempDir Path tmp) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ligand", Map.of("sources", Map.of("kd", "Zastawny1994 [F]: Kd 2-4 nM", "grk5Efficacy",
                "Schulz2004 [F]; Doll2012 [F]")));
        Path file = tmp.resolve("manifest.json");
        Manifests.write(file, m);
        var refs = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile()).path("references");
        List<String> keys = new java.util.ArrayList<>();
        refs.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("Doll2012", "Schulz2004", "Zastawny1994"), keys);
        assertEquals("10.1038/sj.emboj.7600334", refs.path("Schulz2004").path("doi").get(0).asText());
        assertEquals(true, refs.path("Zastawny1994").path("reference").asText().contains("J Neurochem 62:2099"));
        assertEquals("10.1046/j.1471-4159.1994.62062099.x", refs.path("Zastawny1994").path("doi").get(0).asText());
        assertEquals(true, refs.path("Doll2012").path("doi").isMissingNode(), "no DOI where none was confirmed");
    }
}
