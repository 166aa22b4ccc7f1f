package org.receptorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The bibliography behind the reference keys: one CSL-JSON entry per key, DOIs well formed, keys resolved. */
class BibliographyTest {

    private static JsonNode bibliography() throws Exception {
        try (InputStream in = Library.class.getClassLoader().getResourceAsStream(Library.BIBLIOGRAPHY_RESOURCE)) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyReferenceKeyHasAnEntryWithAuthorsTitleYearAndWellFormedDoi() throws Exception {
        Set<String> ids = new TreeSet<>();
        for (JsonNode e : bibliography()) {
            String id = e.path("id").asText();
            assertTrue(ids.add(id), "one entry per id: " + id);
            assertTrue(e.path("author").size() > 0 && !e.path("title").asText().isBlank()
                    && e.path("issued").path("date-parts").get(0).get(0).asInt() > 1900, id);
            if (e.has("DOI")) {
                assertTrue(e.path("DOI").asText().matches("10\\.\\d{4,9}/\\S+"), id + ": " + e.path("DOI"));
            } else {
                assertTrue(e.path("note").asText().contains("DOI not confirmed"), id + " says why it has no DOI");
            }
        }
        Set<String> keys = Library.bundled().references().keySet();
        for (String k : keys) {
            assertTrue(ids.contains(k), "bibliography entry for " + k);
        }
        for (String id : ids) {
            assertTrue(keys.contains(id) || keys.contains(id.replaceFirst("b$", "")), "reference key for " + id);
        }
    }

    @Test
    void keysResolveToReferenceAndDois() {
        Library lib = Library.bundled();
        assertEquals(List.of("10.1126/scisignal.aaz3140", "10.1016/j.tips.2020.09.009"), lib.dois("Gillis2020"));
        assertEquals(List.of("10.1111/j.1476-5381.2008.00035.x"), lib.dois("Divin2009"));
        Map<String, Map<String, Object>> c = lib.citations(List.of("Schulz2004", "Bohn2000", "Nobody2099"));
        assertEquals(Set.of("Schulz2004", "Bohn2000"), c.keySet());
        assertEquals(List.of("10.1038/sj.emboj.7600334"), c.get("Schulz2004").get("doi"));
        assertTrue(!c.get("Bohn2000").containsKey("doi"), "no DOI where none was confirmed");
        assertTrue(c.get("Bohn2000").get("reference").toString().contains("Nature 408:720"));
    }

    /** Every section of docs/model.md the library and code cite exists, and the old specification file is not cited. */
    @Test
    void citedModelSectionsExistInTheRepository() throws Exception {
        String model = java.nio.file.Files.readString(java.nio.file.Path.of("docs", "model.md"));
        java.util.regex.Pattern section = java.util.regex.Pattern.compile("docs/model\\.md (§\\d+)");
        int cited = 0;
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src", "main"))) {
            for (java.nio.file.Path f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                String text = java.nio.file.Files.readString(f);
                assertTrue(!text.contains("LITERATURE.md"), f + " cites a file outside the repository");
                java.util.regex.Matcher m = section.matcher(text);
                while (m.find()) {
                    cited++;
                    assertTrue(model.contains("### " + m.group(1) + " "), f + ": no section " + m.group(1));
                }
            }
        }
        assertTrue(cited > 3, "the library cites the model page's sections");
        assertTrue(model.contains("## Validation targets") && model.contains("## Validation discipline")
                && model.contains("## Default rates"));
    }
}
