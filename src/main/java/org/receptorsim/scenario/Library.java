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
    /** Per cell type (key), the cell type it is {@code basedOn} (key), if any. */
    private final Map<String, String> basedOn;
    /** Per cell type (key), the fields its own entry sets (for an entry without {@code basedOn}: all it lists). */
    private final Map<String, java.util.Set<String>> ownFields;

    private Library(Map<String, Ligand> ligands, Map<String, CellType> cells, Map<String, String> references,
                    Map<String, String> basedOn, Map<String, java.util.Set<String>> ownFields) {
        this.ligands = ligands;
        this.cells = cells;
        this.references = references;
        this.basedOn = basedOn;
        this.ownFields = ownFields;
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
        Map<String, String> basedOn = new LinkedHashMap<>();
        Map<String, java.util.Set<String>> ownFields = new LinkedHashMap<>();
        resolveBasedOn(cellDoc, cellList, "cells", basedOn, ownFields);
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
                Collections.unmodifiableMap(references), Collections.unmodifiableMap(basedOn),
                Collections.unmodifiableMap(ownFields));
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
     * the entry's own keys override them. Records, by entry name (key), the entry it is based on and the fields it
     * sets itself.
     */
    private static void resolveBasedOn(YamlDocument doc, JsonNode list, String listName,
                                       Map<String, String> basedOnOut, Map<String, java.util.Set<String>> ownOut) {
        Map<String, ObjectNode> byName = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof ObjectNode entry)) {
                throw doc.error("/" + listName + "/" + i, "expected a mapping");
            }
            JsonNode basedOn = entry.remove("basedOn");
            java.util.Set<String> ownKeys = new java.util.TreeSet<>();
            entry.fieldNames().forEachRemaining(ownKeys::add);
            ownKeys.removeAll(java.util.List.of("name", "description", "sources"));
            String entryKey = key(entry.path("name").asText());
            ownOut.put(entryKey, Collections.unmodifiableSet(ownKeys));
            if (basedOn != null) {
                basedOnOut.put(entryKey, key(basedOn.asText()));
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

    /** A library path split: list ("cells" or "ligands"), entry key, field. */
    private record LibraryPath(String list, String entry, String field) {
    }

    private LibraryPath path(String path) {
        String[] p = path == null ? new String[0] : path.split("\\.", 3);
        if (p.length != 3 || !(p[0].equals("cells") || p[0].equals("ligands"))) {
            throw new IllegalArgumentException("expected a library path cells.<cell>.<field> or "
                    + "ligands.<ligand>.<field>, got '" + path + "'");
        }
        boolean cell = p[0].equals("cells");
        if (cell ? !cells.containsKey(key(p[1])) : !ligands.containsKey(key(p[1]))) {
            throw new IllegalArgumentException(path + ": no " + (cell ? "cell type" : "ligand") + " '" + p[1]
                    + "' in the library, expected one of " + (cell ? cells.values().stream().map(CellType::name)
                    : ligands.values().stream().map(Ligand::name)).toList());
        }
        Class<?> type = cell ? CellType.class : Ligand.class;
        java.util.List<String> fields = java.util.Arrays.stream(type.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName)
                .filter(n -> !java.util.List.of("name", "description", "sources").contains(n)).toList();
        if (!fields.contains(p[2])) {
            throw new IllegalArgumentException(path + ": '" + p[2] + "' is not a parameter of a "
                    + type.getSimpleName() + ", expected one of " + fields);
        }
        return new LibraryPath(p[0], key(p[1]), p[2]);
    }

    /**
     * The value at a library path.
     *
     * @param path {@code cells.<cell>.<field>} or {@code ligands.<ligand>.<field>}, e.g.
     *     "cells.HEK293-MOR.arrestin3EndocytosisRate"
     * @return the value, of the field's type (Rate, Concentration, Double, ...)
     * @throws IllegalArgumentException naming what is wrong with the path
     */
    public Object value(String path) {
        LibraryPath p = path(path);
        Record r = p.list().equals("cells") ? cells.get(p.entry()) : ligands.get(p.entry());
        return org.receptorsim.records.Records.get(r, p.field());
    }

    /** The Java type of the value at a library path. */
    public Class<?> type(String path) {
        LibraryPath p = path(path);
        Class<?> type = p.list().equals("cells") ? CellType.class : Ligand.class;
        for (java.lang.reflect.RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(p.field())) {
                return c.getType();
            }
        }
        throw new IllegalStateException(path);
    }

    /**
     * The cell types that take a field from a cell type unchanged: those {@code basedOn} it, directly or through
     * other entries, where neither the entry itself nor one between sets the field.
     *
     * @param cell a cell type of the library
     * @param field a cell field
     * @return their names, in library order (empty if none)
     */
    public java.util.List<String> inheritors(String cell, String field) {
        String base = key(cell);
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String k : cells.keySet()) {
            for (String c = k; basedOn.containsKey(c) && !ownFields.getOrDefault(c, java.util.Set.of()).contains(field);
                 c = basedOn.get(c)) {
                if (basedOn.get(c).equals(base)) {
                    out.add(cells.get(k).name());
                    break;
                }
            }
        }
        return out;
    }

    /**
     * A copy of this library with one value replaced (the bundled library is not changed). A cell value is changed
     * in the named cell type and in every cell type that inherits it unchanged ({@link #inheritors}): a value set on
     * a base cell changes wherever it was taken over as it is, and a cell type that sets its own value keeps it. A
     * ligand's Kd, kon or koff keeps the ligand's binding consistent (a new Kd or koff derives kon; a new kon derives
     * Kd). The changed field's source says what it was.
     *
     * @param path {@code cells.<cell>.<field>} or {@code ligands.<ligand>.<field>}
     * @param value the new value, of the field's type
     * @return the changed library
     * @throws IllegalArgumentException if the path is unknown, the value of the wrong type, or out of range (the
     *     message names the field)
     */
    public Library with(String path, Object value) {
        LibraryPath p = path(path);
        Class<?> type = type(path);
        if (value == null || !type.isInstance(value)) {
            throw new IllegalArgumentException(path + ": expected a value of type " + type.getSimpleName()
                    + ", got " + (value == null ? "null" : value.getClass().getSimpleName()));
        }
        String why = "changed from " + value(path) + " (library override)";
        if (p.list().equals("ligands")) {
            Map<String, Ligand> changed = new LinkedHashMap<>(ligands);
            changed.put(p.entry(), ScenarioVariant.changed(ligands.get(p.entry()), p.field(), value, why));
            return new Library(Collections.unmodifiableMap(changed), cells, references, basedOn, ownFields);
        }
        Map<String, CellType> changed = new LinkedHashMap<>(cells);
        java.util.List<String> targets = new java.util.ArrayList<>();
        targets.add(cells.get(p.entry()).name());
        targets.addAll(inheritors(p.entry(), p.field()));
        for (String name : targets) {
            CellType c = cells.get(key(name));
            Map<String, Object> m = new java.util.HashMap<>();
            m.put(p.field(), value);
            m.put("sources", ScenarioVariant.marked(c.sources(), p.field(), null, why));
            changed.put(key(name), org.receptorsim.records.Records.with(c, m).complete());
        }
        return new Library(ligands, Collections.unmodifiableMap(changed), references, basedOn, ownFields);
    }
}
