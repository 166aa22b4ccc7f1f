package org.receptorsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.receptorsim.model.CellType;
import org.receptorsim.pharmacology.Ligand;

/**
 * The bundled libraries of named ligands and cell types, read from the YAML resources
 * {@code org/receptorsim/library/ligands.yaml} and {@code cells.yaml}. Every value carries its unit and its source
 * (or "assumed"). Names are looked up case-insensitively.
 */
public final class Library {

    static final String LIGANDS_RESOURCE = "org/receptorsim/library/ligands.yaml";
    static final String CELLS_RESOURCE = "org/receptorsim/library/cells.yaml";
    static final String REFERENCES_RESOURCE = "org/receptorsim/library/references.yaml";

    /** A source key as written in the libraries' sources: AuthorYear, e.g. Doll2012 or Ward1982b. */
    private static final java.util.regex.Pattern SOURCE_KEY =
            java.util.regex.Pattern.compile("\\b[A-Z][A-Za-z]+(?:19|20)\\d{2}[a-z]?\\b");

    private final Map<String, Ligand> ligands;
    private final Map<String, CellType> cells;
    private final Map<String, String> references;

    private Library(Map<String, Ligand> ligands, Map<String, CellType> cells, Map<String, String> references) {
        this.ligands = ligands;
        this.cells = cells;
        this.references = references;
    }

    /** The bundled library (read once; immutable). */
    public static Library bundled() {
        return Bundled.INSTANCE;
    }

    /** Holder of the bundled library, loaded on first use. */
    private static final class Bundled {
        static final Library INSTANCE = load();
    }

    /** Loads the bundled library; a broken resource is a programming error reported with its place. */
    static Library load() {
        ObjectMapper mapper = Yaml.yamlMapper();
        YamlDocument ligandDoc = YamlDocument.parse(LIGANDS_RESOURCE, resource(LIGANDS_RESOURCE), mapper);
        YamlDocument cellDoc = YamlDocument.parse(CELLS_RESOURCE, resource(CELLS_RESOURCE), mapper);
        Map<String, Ligand> ligands = new LinkedHashMap<>();
        JsonNode list = ligandDoc.root().path("ligands");
        for (int i = 0; i < list.size(); i++) {
            String pointer = "/ligands/" + i;
            Ligand l = ligandDoc.bind(pointer, Ligand.class);
            try {
                l = l.complete();
            } catch (IllegalArgumentException e) {
                throw ligandDoc.error(pointer, e.getMessage());
            }
            ligands.put(key(l.name()), l);
        }
        Map<String, CellType> cells = new LinkedHashMap<>();
        JsonNode cellList = cellDoc.root().path("cells");
        resolveBasedOn(cellDoc, cellList, "cells");
        for (int i = 0; i < cellList.size(); i++) {
            String pointer = "/cells/" + i;
            CellType c = cellDoc.bind(pointer, CellType.class);
            try {
                c = c.complete();
            } catch (IllegalArgumentException e) {
                throw cellDoc.error(pointer, e.getMessage());
            }
            cells.put(key(c.name()), c);
        }
        YamlDocument refDoc = YamlDocument.parse(REFERENCES_RESOURCE, resource(REFERENCES_RESOURCE), mapper);
        Map<String, String> references = new java.util.TreeMap<>();
        refDoc.root().path("references").fields().forEachRemaining(e -> references.put(e.getKey(),
                e.getValue().asText()));
        return new Library(Collections.unmodifiableMap(ligands), Collections.unmodifiableMap(cells),
                Collections.unmodifiableMap(references));
    }

    /** The full references behind the source keys, by key (sorted). */
    public Map<String, String> references() {
        return references;
    }

    /** The source keys (AuthorYear) a source text cites, in order of appearance. */
    public static java.util.List<String> citedKeys(String sourceText) {
        java.util.List<String> keys = new java.util.ArrayList<>();
        java.util.regex.Matcher m = SOURCE_KEY.matcher(sourceText);
        while (m.find()) {
            keys.add(m.group());
        }
        return keys;
    }

    /**
     * Expands {@code basedOn: NAME} entries in place: the named earlier entry's keys (and sources) are copied, then
     * the entry's own keys override them.
     */
    private static void resolveBasedOn(YamlDocument doc, JsonNode list, String listName) {
        Map<String, ObjectNode> byName = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof ObjectNode entry)) {
                throw doc.error("/" + listName + "/" + i, "expected a mapping");
            }
            JsonNode basedOn = entry.remove("basedOn");
            if (basedOn != null) {
                ObjectNode base = byName.get(key(basedOn.asText()));
                if (base == null) {
                    throw doc.error("/" + listName + "/" + i, "basedOn: no earlier entry named '"
                            + basedOn.asText() + "'");
                }
                ObjectNode merged = base.deepCopy();
                ObjectNode sources = merged.with("sources");
                if (entry.get("sources") instanceof ObjectNode own) {
                    sources.setAll(own);
                }
                merged.setAll(entry);
                merged.set("sources", sources);
                entry.removeAll();
                entry.setAll(merged);
            }
            byName.put(key(entry.path("name").asText()), entry);
        }
    }

    private static String resource(String name) {
        try (InputStream in = Library.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("library resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read library resource " + name, e);
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** A ligand by name (any case). */
    public Optional<Ligand> ligand(String name) {
        return Optional.ofNullable(ligands.get(key(name)));
    }

    /** A cell type by name (any case). */
    public Optional<CellType> cell(String name) {
        return Optional.ofNullable(cells.get(key(name)));
    }

    /** All ligands, in library order. */
    public Collection<Ligand> ligands() {
        return ligands.values();
    }

    /** All cell types, in library order. */
    public Collection<CellType> cells() {
        return cells.values();
    }
}
