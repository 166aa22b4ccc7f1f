package org.receptorsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.receptorsim.records.InvalidFieldException;

/**
 * A YAML file read into a tree, with the line and column of every key and value so that any error found while
 * binding or checking it can name the place. Binding goes through {@link #bind}, which turns Jackson's errors and
 * the records' own checks ({@link InvalidFieldException}) into {@link ScenarioException}s.
 */
public final class YamlDocument {

    private final String file;
    private final JsonNode root;
    private final Map<String, JsonLocation> locations;
    private final ObjectMapper mapper;

    private YamlDocument(String file, JsonNode root, Map<String, JsonLocation> locations, ObjectMapper mapper) {
        this.file = file;
        this.root = root;
        this.locations = locations;
        this.mapper = mapper;
    }

    /**
     * Parses YAML text.
     *
     * @param file the name to use in messages
     * @param text the YAML
     * @param mapper the YAML object mapper
     * @return the document
     * @throws ScenarioException for malformed YAML
     */
    public static YamlDocument parse(String file, String text, ObjectMapper mapper) {
        Map<String, JsonLocation> locations = new HashMap<>();
        try (JsonParser p = mapper.getFactory().createParser(text)) {
            JsonToken t;
            int documents = 0;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                boolean startsDocument = t.isStructStart() ? p.getParsingContext().getParent().inRoot()
                        : t.isScalarValue() && p.getParsingContext().inRoot();
                if (startsDocument && ++documents > 1) {
                    JsonLocation at = p.currentTokenLocation();
                    throw new ScenarioException(file, at.getLineNr(), at.getColumnNr(), "", "a second YAML document "
                            + "starts here; a file holds one document (remove the '---' and what follows it)");
                }
                locations.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), p.currentTokenLocation());
            }
            JsonNode root = mapper.readTree(text);
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw new ScenarioException(file, 1, 1, "", "expected a YAML mapping, got an empty file");
            }
            if (!root.isObject()) {
                throw new ScenarioException(file, 1, 1, "", "expected a YAML mapping at the top level");
            }
            return new YamlDocument(file, root, locations, mapper);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            List<String> lines = e.getOriginalMessage().lines().map(String::strip).toList();
            String msg = lines.stream().filter(l -> l.startsWith("expected") || l.startsWith("found")
                            || l.startsWith("mapping values")).findFirst()
                    .orElse(lines.isEmpty() ? "unreadable" : lines.get(0));
            int line = loc == null ? 0 : loc.getLineNr();
            int column = loc == null ? 0 : loc.getColumnNr();
            if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException y && y.getProblemMark() != null) {
                // the parser's location is where it was reading; the problem mark is the offending character
                line = y.getProblemMark().getLine() + 1;
                column = y.getProblemMark().getColumn() + 1;
            }
            throw new ScenarioException(file, line, column, "", "malformed YAML: " + msg);
        } catch (IOException e) {
            throw new ScenarioException(file, 0, 0, "", "cannot read: " + e.getMessage());
        }
    }

    /** The file name used in messages. */
    public String file() {
        return file;
    }

    /** The root mapping. */
    public JsonNode root() {
        return root;
    }

    /**
     * Binds the node at a JSON pointer to a type; errors name the place in the file.
     *
     * @param pointer JSON pointer of the node, e.g. {@code /cellOverrides}
     * @param type target type
     * @param <T> target type
     * @return the bound value, or null if the node is absent or null
     */
    public <T> T bind(String pointer, Class<T> type) {
        JsonNode node = root.at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        return bind(node, pointer, type);
    }

    /**
     * Binds a tree made from this file (an entry with the layers of overrides over it) to a type; errors are placed
     * as if the tree stood at the pointer, so a field the top layer writes is named at its line.
     *
     * @param tree the tree
     * @param pointer JSON pointer of the layer errors are blamed on
     * @param type target type
     * @param <T> target type
     * @return the bound value
     */
    public <T> T bind(JsonNode tree, String pointer, Class<T> type) {
        try {
            return mapper.treeToValue(tree, type);
        } catch (JsonMappingException e) {
            throw translate(pointer, tree, e);
        } catch (JsonProcessingException e) {
            throw error(pointer, e.getOriginalMessage());
        }
    }

    /**
     * The error of a record's check at a place in the file: at the field the exception names, under the pointer.
     *
     * @param pointer JSON pointer of the record (entry or layer of overrides)
     * @param e the record's exception
     * @return the exception, to throw
     */
    public ScenarioException error(String pointer, InvalidFieldException e) {
        return error(e.field().isEmpty() ? pointer : pointer + "/" + e.field(), e.problem());
    }

    /**
     * An error at a place in the file.
     *
     * @param pointer JSON pointer of the field at fault
     * @param problem what was expected
     * @return the exception, to throw
     */
    public ScenarioException error(String pointer, String problem) {
        String p = pointer;
        JsonLocation loc = locations.get(p);
        while (loc == null && !p.isEmpty()) {
            p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
            loc = locations.get(p);
        }
        String field = pointer.replaceFirst("^/", "").replace('/', '.');
        return new ScenarioException(file, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                field, problem);
    }

    /** What a value of a target type looks like, for messages. */
    static String describe(Class<?> type) {
        String n = type.getSimpleName();
        return switch (n) {
            case "Duration" -> "a time such as '10 min'";
            case "Rate" -> "a rate constant such as '0.02 /s'";
            case "Concentration" -> "a concentration such as '10 nM'";
            case "AssociationRate" -> "an association rate constant such as '5e6 /M/s'";
            case "Long", "long", "Integer", "int" -> "a whole number";
            case "Double", "double" -> "a number";
            case "Boolean", "boolean" -> "true or false";
            case "String" -> "text";
            default -> java.util.Collection.class.isAssignableFrom(type) ? "a list" : "a mapping of keys";
        };
    }

    private static String describe(JsonNode node) {
        if (node.isMissingNode()) {
            return "nothing";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isBoolean()) {
            return "the YAML boolean " + node.asText() + " (quote words such as on/off/yes/no)";
        }
        return "'" + node.asText() + "'";
    }

    private ScenarioException translate(String base, JsonNode tree, JsonMappingException e) {
        StringBuilder relative = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            relative.append('/').append(r.getFieldName() != null ? r.getFieldName() : Integer.toString(r.getIndex()));
        }
        String pointer = (base.equals("/") ? "" : base) + relative;
        String problem;
        if (e instanceof UnrecognizedPropertyException u) {
            problem = "unknown key '" + u.getPropertyName() + "', expected one of "
                    + u.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
        } else {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            if (cause instanceof InvalidFieldException invalid) {
                return error(pointer, invalid);
            } else if (cause instanceof IllegalArgumentException) {
                problem = cause.getMessage();
                int colon = problem.indexOf(": ");
                // "field: message" from a record's own check: point at that field when the file has it
                if (colon > 0 && problem.substring(0, colon).matches("[A-Za-z]+")
                        && !root.at(pointer + "/" + problem.substring(0, colon)).isMissingNode()) {
                    pointer += "/" + problem.substring(0, colon);
                    problem = problem.substring(colon + 2);
                }
            } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
                problem = "expected " + describe(m.getTargetType()) + ", got " + describe(tree.at(relative.toString()));
            } else {
                problem = e.getOriginalMessage().lines().findFirst().orElse("invalid value");
            }
        }
        return error(pointer, problem);
    }
}
