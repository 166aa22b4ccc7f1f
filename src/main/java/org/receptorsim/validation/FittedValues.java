package org.receptorsim.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.receptorsim.scenario.Library;

/**
 * The list of every library value fitted to a validation quantity, read from the bundled {@code fitted.yaml}, with
 * each value read from the library itself (so the list cannot disagree with it). Only training quantities and assay
 * data may appear as what a value was fitted to.
 */
public final class FittedValues {

    static final String RESOURCE = "org/receptorsim/library/fitted.yaml";

    /**
     * One fitted value.
     *
     * @param parameter library path, e.g. "cells.HEK293-MOR.arrestin3EndocytosisRate"
     * @param value the value in the library, with its unit
     * @param fittedTo the training quantity or assay data it was fitted to
     * @param rangeTried the values tried, with what they gave
     */
    public record Entry(String parameter, String value, String fittedTo, String rangeTried) {
    }

    private FittedValues() {
    }

    /** The fitted values of the bundled library, in file order. */
    public static List<Entry> bundled() {
        Library library = Library.bundled();
        List<Entry> out = new ArrayList<>();
        try (InputStream in = FittedValues.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            for (JsonNode e : root.path("fitted")) {
                String parameter = e.path("parameter").asText();
                out.add(new Entry(parameter, valueOf(library, parameter), e.path("fittedTo").asText(),
                        e.path("rangeTried").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return List.copyOf(out);
    }

    /** The library value at a path "cells.NAME.field" or "ligands.NAME.field", as text with its unit. */
    static String valueOf(Library library, String path) {
        try {
            return String.valueOf(library.value(path));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
