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
 * The libraries of named ligands and cell types: the bundled ones, read from the YAML resources
 * {@code org/receptorsim/library/ligands.yaml} and {@code cells.yaml}, with a user's library files merged over them
 * ({@link #withUserFiles}). Every value carries its unit and its source (or "assumed"; "user" for a user's value
 * given without one). Names are looked up case-insensitively.
 */
public final class Library {

    static final String LIGANDS_RESOURCE = "org/receptorsim/library/ligands.yaml";
    static final String CELLS_RESOURCE = "org/receptorsim/library/cells.yaml";
    static final String REFERENCES_RESOURCE = "org/receptorsim/library/references.yaml";
    /** The bibliography (CSL-JSON) behind the reference keys, with DOIs where they were confirmed. */
    public static final String BIBLIOGRAPHY_RESOURCE = "org/receptorsim/library/references.csl.json";

    /** A source key as written in the libraries' sources: AuthorYear, e.g. Doll2012 or Ward1982b. */
    private static final java.util.regex.Pattern SOURCE_KEY =
            java.util.regex.Pattern.compile("\\b[A-Z][A-Za-z]+(?:19|20)\\d{2}[a-z]?\\b");

    private final Map<String, Ligand> ligands;
    private final Map<String, CellType> cells;
    /**
     * The full references by key. The bundled ones are read on first use: a run needs them only for its manifest,
     * written at the end, so they are not read while the run starts.
     */
    private final java.util.function.Supplier<Map<String, String>> references;
    /** Per cell type (key), the cell type it is {@code basedOn} (key), if any. */
    private final Map<String, String> basedOn;
    /** Per cell type (key), the fields its own entry sets (for an entry without {@code basedOn}: all it lists). */
    private final Map<String, java.util.Set<String>> ownFields;
    /** Per cell type (key), its entry with {@code basedOn} expanded: what a later entry based on it copies. */
    private final Map<String, ObjectNode> cellEntries;

    private Library(Map<String, Ligand> ligands, Map<String, CellType> cells,
                    java.util.function.Supplier<Map<String, String>> references,
                    Map<String, String> basedOn, Map<String, java.util.Set<String>> ownFields,
                    Map<String, ObjectNode> cellEntries) {
        this.ligands = ligands;
        this.cells = cells;
        this.references = references;
        this.basedOn = basedOn;
        this.ownFields = ownFields;
        this.cellEntries = cellEntries;
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
            Ligand l = ligandEntry(ligandDoc, "/ligands/" + i);
            ligands.put(key(l.name()), l);
        }
        Map<String, CellType> cells = new LinkedHashMap<>();
        JsonNode cellList = cellDoc.root().path("cells");
        Map<String, String> basedOn = new LinkedHashMap<>();
        Map<String, java.util.Set<String>> ownFields = new LinkedHashMap<>();
        Map<String, ObjectNode> cellEntries = new LinkedHashMap<>();
        resolveBasedOn(cellDoc, cellList, "cells", basedOn, ownFields, cellEntries);
        for (int i = 0; i < cellList.size(); i++) {
            CellType c = cellEntry(cellDoc, "/cells/" + i);
            cells.put(key(c.name()), c);
        }
        return new Library(Collections.unmodifiableMap(ligands), Collections.unmodifiableMap(cells),
                () -> BundledReferences.BY_KEY, Collections.unmodifiableMap(basedOn),
                Collections.unmodifiableMap(ownFields), Collections.unmodifiableMap(cellEntries));
    }

    /** The bundled references ({@value #REFERENCES_RESOURCE}), read on first use. */
    private static final class BundledReferences {
        static final Map<String, String> BY_KEY = read();

        private static Map<String, String> read() {
            YamlDocument refDoc = YamlDocument.parse(REFERENCES_RESOURCE, resource(REFERENCES_RESOURCE),
                    Yaml.yamlMapper());
            Map<String, String> references = new java.util.TreeMap<>();
            refDoc.root().path("references").fields().forEachRemaining(e -> references.put(e.getKey(),
                    e.getValue().asText()));
            return Collections.unmodifiableMap(references);
        }
    }

    /**
     * Per reference key, the DOIs of the works it cites, from the bundled bibliography (empty where none was
     * confirmed), read on first use.
     */
    private static final class Dois {
        static final Map<String, java.util.List<String>> BY_KEY = dois();
    }

    /** Source shown for a value of a user's library file given without a source. */
    public static final String USER_SOURCE = "user";

    /**
     * This library with users' library files merged over it, in order: a later file's entry replaces an earlier
     * entry (or a bundled one) of the same name. A library file has the bundled library's format: a {@code ligands:}
     * and/or a {@code cells:} list of entries as in {@code ligands.yaml} and {@code cells.yaml} (a cell may be
     * {@code basedOn} a bundled cell type or an earlier entry), {@code sources} optional (a value without one is
     * shown as "user"), and optionally {@code references:} (key: full reference). A scenario file is accepted too:
     * the ligands it defines (mappings in its {@code ligands:} list, resolved as the scenario resolves them) are
     * added. Used by every command's {@code --library} option and by anything else that takes a user's compounds.
     *
     * @param files library or scenario files
     * @return the merged library (this one if no files)
     * @throws ScenarioException naming file, line and field of the first error
     */
    public Library withUserFiles(java.util.List<java.nio.file.Path> files) {
        Library merged = this;
        for (java.nio.file.Path f : files) {
            merged = merged.withUserFile(f);
        }
        return merged;
    }

    /** Keys of a library file's top level. */
    private static final java.util.List<String> LIBRARY_KEYS = java.util.List.of("ligands", "cells", "references");

    private Library withUserFile(java.nio.file.Path file) {
        String text = ScenarioLoader.readText(file);
        ObjectMapper mapper = Yaml.yamlMapper();
        YamlDocument doc = YamlDocument.parse(file.toString(), text, mapper);
        java.util.List<String> keys = new java.util.ArrayList<>();
        doc.root().fieldNames().forEachRemaining(keys::add);
        if (!LIBRARY_KEYS.containsAll(keys)) {
            if (keys.contains("duration") || keys.contains("arms") || keys.contains("protocol")) {
                return withScenarioLigands(new ScenarioLoader(this).load(file), doc);
            }
            String unknown = keys.stream().filter(k -> !LIBRARY_KEYS.contains(k)).findFirst().orElseThrow();
            throw doc.error("/" + unknown, "unknown key '" + unknown + "', expected " + LIBRARY_KEYS
                    + " (a library file) or a scenario file");
        }
        if (keys.isEmpty() || (!keys.contains("ligands") && !keys.contains("cells"))) {
            throw doc.error("", "expected a 'ligands:' and/or a 'cells:' list (the format of the bundled "
                    + "ligands.yaml and cells.yaml)");
        }
        String origin = USER_SOURCE + " (" + file.getFileName() + ")";
        Map<String, Ligand> newLigands = new LinkedHashMap<>(ligands);
        JsonNode list = doc.root().path("ligands");
        if (doc.root().has("ligands") && !list.isArray()) {
            throw doc.error("/ligands", "expected a list of ligand entries");
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof ObjectNode entry)) {
                throw doc.error("/ligands/" + i, "expected a ligand entry (a mapping with name, kd, koff, "
                        + "efficacies)");
            }
            requireName(doc, "/ligands/" + i, entry, seen);
        }
        for (int i = 0; i < list.size(); i++) {
            String pointer = "/ligands/" + i;
            ObjectNode entry = (ObjectNode) list.get(i);
            String name = entry.get("name").asText();
            entry.set("sources", userSources(entry, origin, Ligand.class));
            if (!entry.has("description")) {
                entry.put("description", "user ligand (" + file.getFileName() + ")");
            }
            newLigands.put(key(name), ligandEntry(doc, pointer));
        }
        JsonNode cellList = doc.root().path("cells");
        if (doc.root().has("cells") && !cellList.isArray()) {
            throw doc.error("/cells", "expected a list of cell entries");
        }
        Map<String, CellType> newCells = new LinkedHashMap<>(cells);
        Map<String, String> newBasedOn = new LinkedHashMap<>(basedOn);
        Map<String, java.util.Set<String>> newOwn = new LinkedHashMap<>(ownFields);
        Map<String, ObjectNode> entries = new LinkedHashMap<>(cellEntries);
        seen.clear();
        for (int i = 0; i < cellList.size(); i++) {
            String pointer = "/cells/" + i;
            if (!(cellList.get(i) instanceof ObjectNode entry)) {
                throw doc.error(pointer, "expected a cell entry (a mapping with name and cell parameters)");
            }
            requireName(doc, pointer, entry, seen);
            entry.set("sources", userSources(entry, origin, CellType.class));
            if (!entry.has("description")) {
                entry.put("description", "user cell type (" + file.getFileName() + ")");
            }
        }
        resolveBasedOn(doc, cellList, "cells", newBasedOn, newOwn, entries);
        for (int i = 0; i < cellList.size(); i++) {
            CellType c = cellEntry(doc, "/cells/" + i);
            newCells.put(key(c.name()), c);
            if (!cellList.get(i).has("basedOn")) {
                newBasedOn.remove(key(c.name()));
            }
        }
        Map<String, String> newReferences = new java.util.TreeMap<>(references.get());
        JsonNode refs = doc.root().path("references");
        if (doc.root().has("references") && !refs.isObject()) {
            throw doc.error("/references", "expected a mapping of source keys to full references");
        }
        refs.fields().forEachRemaining(e -> newReferences.put(e.getKey(), e.getValue().asText()));
        Map<String, String> mergedReferences = Collections.unmodifiableMap(newReferences);
        return new Library(Collections.unmodifiableMap(newLigands), Collections.unmodifiableMap(newCells),
                () -> mergedReferences, Collections.unmodifiableMap(newBasedOn),
                Collections.unmodifiableMap(newOwn), Collections.unmodifiableMap(entries));
    }

    /**
     * This library with the ligands a scenario defines (its {@code ligands:} entries that are mappings, as resolved
     * by the scenario) added or replacing those of the same name.
     */
    private Library withScenarioLigands(Scenario scenario, YamlDocument doc) {
        Map<String, Ligand> newLigands = new LinkedHashMap<>(ligands);
        JsonNode list = doc.root().path("ligands");
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).isObject()) {
                String name = list.get(i).path("name").asText();
                Ligand l = scenario.ligands().stream().filter(x -> x.name().equalsIgnoreCase(name)).findFirst()
                        .orElseThrow();
                newLigands.put(key(l.name()), l);
            }
        }
        return new Library(Collections.unmodifiableMap(newLigands), cells, references, basedOn, ownFields,
                cellEntries);
    }

    private static String requireName(YamlDocument doc, String pointer, ObjectNode entry, java.util.Set<String> seen) {
        JsonNode n = entry.get("name");
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            throw doc.error(pointer + "/name", "missing: expected the entry's name");
        }
        if (!seen.add(key(n.asText()))) {
            throw doc.error(pointer + "/name", "'" + n.asText() + "' is defined twice in this file");
        }
        return n.asText();
    }

    /** The entry's sources, with "user (FILE)" for every value it gives without a source. */
    private static ObjectNode userSources(ObjectNode entry, String origin, Class<? extends Record> type) {
        ObjectNode sources = entry.get("sources") instanceof ObjectNode s ? s.deepCopy()
                : Yaml.yamlMapper().createObjectNode();
        for (java.lang.reflect.RecordComponent c : type.getRecordComponents()) {
            String f = c.getName();
            if (entry.has(f) && !sources.has(f) && !java.util.List.of("name", "description", "sources").contains(f)) {
                sources.put(f, origin);
            }
        }
        return sources;
    }

    /** A ligand entry of a file, completed; an error is reported at the entry's field at fault. */
    private static Ligand ligandEntry(YamlDocument doc, String pointer) {
        LigandSpec spec = doc.bind(pointer, LigandSpec.class);
        try {
            return spec.toLigand();
        } catch (org.receptorsim.records.InvalidFieldException e) {
            throw doc.error(pointer, e);
        }
    }

    /**
     * A cell entry of a file ({@code basedOn} expanded) bound, with the defaults of what it may leave out: no
     * description, no sources, turnover of every living state. An error is reported at the entry's field at fault.
     */
    private static CellType cellEntry(YamlDocument doc, String pointer) {
        ObjectNode entry = doc.root().at(pointer).deepCopy();
        if (!entry.hasNonNull("description")) {
            entry.put("description", "");
        }
        if (!entry.hasNonNull("sources")) {
            entry.putObject("sources");
        }
        if (!entry.hasNonNull("turnoverStates")) {
            entry.set("turnoverStates", RecordTrees.tree(CellType.LIVING_STATES));
        }
        return doc.bind(entry, pointer, CellType.class);
    }

    /** The full references behind the source keys, by key (sorted). */
    public Map<String, String> references() {
        return references.get();
    }

    /**
     * The DOIs of a reference key, from the bundled bibliography ({@value #BIBLIOGRAPHY_RESOURCE}): one per work the
     * key cites, empty where no DOI was confirmed.
     */
    public java.util.List<String> dois(String key) {
        return Dois.BY_KEY.getOrDefault(key, java.util.List.of());
    }

    /**
     * The full references of some source keys, for a manifest or report: key → {@code reference} (the text) and
     * {@code doi} (a list, absent where none was confirmed); keys this library does not know are left out.
     *
     * @param keys source keys, e.g. from {@link #citedKeys}
     * @return sorted by key
     */
    public Map<String, Map<String, Object>> citations(Collection<String> keys) {
        Map<String, Map<String, Object>> out = new java.util.TreeMap<>();
        for (String k : keys) {
            String text = references().get(k);
            if (text != null) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("reference", text);
                if (!dois(k).isEmpty()) {
                    r.put("doi", dois(k));
                }
                out.put(k, r);
            }
        }
        return out;
    }

    /**
     * Reads the DOIs of the bundled bibliography by key; an entry whose note says it is cited "under the key K" (a
     * second work behind one key) adds its DOI to K.
     */
    private static Map<String, java.util.List<String>> dois() {
        JsonNode list;
        try {
            list = new ObjectMapper().readTree(resource(BIBLIOGRAPHY_RESOURCE));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + BIBLIOGRAPHY_RESOURCE + ": " + e.getMessage(), e);
        }
        Map<String, java.util.List<String>> out = new java.util.TreeMap<>();
        for (JsonNode e : list) {
            String doi = e.path("DOI").asText("");
            if (doi.isEmpty()) {
                continue;
            }
            String id = e.path("id").asText();
            java.util.regex.Matcher under = java.util.regex.Pattern.compile("under the key (\\w+)")
                    .matcher(e.path("note").asText(""));
            String key = under.find() ? under.group(1) : id;
            out.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(doi);
        }
        out.replaceAll((k, v) -> java.util.List.copyOf(v));
        return Collections.unmodifiableMap(out);
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
                                       Map<String, String> basedOnOut, Map<String, java.util.Set<String>> ownOut,
                                       Map<String, ObjectNode> byName) {
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
                    throw doc.error("/" + listName + "/" + i + "/basedOn", "no earlier entry named '"
                            + basedOn.asText() + "', expected one of " + byName.values().stream()
                            .map(n -> n.path("name").asText()).toList());
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
            byName.put(key(entry.path("name").asText()), entry.deepCopy());
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
            return new Library(Collections.unmodifiableMap(changed), cells, references, basedOn, ownFields,
                    cellEntries);
        }
        Map<String, CellType> changed = new LinkedHashMap<>(cells);
        java.util.List<String> targets = new java.util.ArrayList<>();
        targets.add(cells.get(p.entry()).name());
        targets.addAll(inheritors(p.entry(), p.field()));
        for (String name : targets) {
            CellType c = cells.get(key(name));
            changed.put(key(name), RecordTrees.bind(RecordTrees.changed(c, p.field(), value, why), CellType.class));
        }
        return new Library(ligands, Collections.unmodifiableMap(changed), references, basedOn, ownFields,
                cellEntries);
    }
}
