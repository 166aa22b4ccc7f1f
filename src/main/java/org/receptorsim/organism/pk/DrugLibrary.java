package org.receptorsim.organism.pk;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.receptorsim.pharmacology.pk.EnzymeInduction;
import org.receptorsim.pharmacology.pk.PkModel;
import org.receptorsim.pharmacology.pk.PkSpec;
import org.receptorsim.scenario.ScenarioException;
import org.receptorsim.scenario.Yaml;
import org.receptorsim.scenario.YamlDocument;
import org.receptorsim.units.Duration;

/**
 * The drugs the organism can be given, per species ({@code drugs.yaml} beside this class): plasma pharmacokinetics
 * (a {@link PkSpec} preset or explicit values), protein binding and brain distribution with P-glycoprotein, every
 * value with its source.
 */
public final class DrugLibrary {

    /** The bundled resource. */
    public static final String RESOURCE = "/org/receptorsim/organism/drugs.yaml";

    private static final DrugLibrary BUNDLED = load(RESOURCE);

    private final Map<String, DrugProfile> drugs;

    private DrugLibrary(Map<String, DrugProfile> drugs) {
        this.drugs = drugs;
    }

    /** The bundled library. */
    public static DrugLibrary bundled() {
        return BUNDLED;
    }

    /** A drug by name (case-insensitive). */
    public Optional<DrugProfile> drug(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(drugs.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The drugs, in file order. */
    public List<DrugProfile> drugs() {
        return List.copyOf(drugs.values());
    }

    /** The drug names, in file order. */
    public List<String> names() {
        return drugs.values().stream().map(DrugProfile::name).toList();
    }

    /** The file as written. */
    record LibraryFile(List<DrugSpec> drugs) {
    }

    /** One drug as written. */
    record DrugSpec(String name, String description, String ligand, com.fasterxml.jackson.databind.JsonNode ligandOverrides,
                    PkSpec plasma, Double unboundFraction,
                    BrainSpec brain, Map<String, String> sources) {
    }

    /** The brain distribution as written. */
    record BrainSpec(Duration equilibrationHalfLife, Double unboundPartition, Double pgpEffluxFraction,
                     @JsonProperty("pgpInduction") PkSpec.InductionSpec pgpInduction) {
    }

    static DrugLibrary load(String resource) {
        return parse(resource, resourceText(resource));
    }

    /**
     * The text of a bundled resource of the organism layer (UTF-8).
     *
     * @param resource absolute resource path
     * @return its text
     * @throws IllegalStateException if it is missing
     */
    public static String resourceText(String resource) {
        try (InputStream in = DrugLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a drug library.
     *
     * @param file name for messages
     * @param text the YAML
     * @return the library
     * @throws ScenarioException naming the place of a bad value
     */
    public static DrugLibrary parse(String file, String text) {
        YamlDocument doc = YamlDocument.parse(file, text, Yaml.yamlMapper());
        LibraryFile f = doc.bind("", LibraryFile.class);
        if (f.drugs() == null || f.drugs().isEmpty()) {
            throw doc.error("/drugs", "expected a list of drugs");
        }
        Map<String, DrugProfile> out = new LinkedHashMap<>();
        for (int i = 0; i < f.drugs().size(); i++) {
            DrugSpec d = f.drugs().get(i);
            String p = "/drugs/" + i;
            if (d == null || d.name() == null || d.name().isBlank()) {
                throw doc.error(p + "/name", "missing: expected the drug's name, e.g. 'morphine-human'");
            }
            if (out.containsKey(d.name().toLowerCase(Locale.ROOT))) {
                throw doc.error(p + "/name", "duplicate drug '" + d.name() + "'");
            }
            out.put(d.name().toLowerCase(Locale.ROOT), resolve(doc, p, d));
        }
        return new DrugLibrary(out);
    }

    private static DrugProfile resolve(YamlDocument doc, String p, DrugSpec d) {
        if (d.plasma() == null) {
            throw doc.error(p + "/plasma", "missing: expected the plasma pharmacokinetics (preset or values)");
        }
        if (d.brain() == null) {
            throw doc.error(p + "/brain", "missing: expected the brain distribution");
        }
        BrainSpec b = d.brain();
        PkModel plasma;
        Double molarMass;
        EnzymeInduction induction;
        try {
            plasma = d.plasma().model();
            molarMass = d.plasma().molarMass();
        } catch (IllegalArgumentException e) {
            throw located(doc, p + "/plasma", e);
        }
        if (molarMass == null) {
            throw doc.error(p + "/plasma/molarMassGramsPerMol", "missing: expected the molar mass (g/mol)");
        }
        try {
            induction = b.pgpInduction() == null ? null : b.pgpInduction().resolve();
        } catch (IllegalArgumentException e) {
            throw located(doc, p + "/brain", e);
        }
        if (b.equilibrationHalfLife() == null) {
            throw doc.error(p + "/brain/equilibrationHalfLife", "missing: expected a time, e.g. '58 min'");
        }
        if (b.unboundPartition() == null) {
            throw doc.error(p + "/brain/unboundPartition", "missing: expected Kp,uu, e.g. 0.29");
        }
        if (d.unboundFraction() == null) {
            throw doc.error(p + "/unboundFraction", "missing: expected the unbound fraction in plasma, e.g. 0.65");
        }
        Map<String, String> sources = new LinkedHashMap<>(plasma.sources());
        if (d.sources() != null) {
            sources.putAll(d.sources());
        }
        try {
            BrainDistribution brain = new BrainDistribution(b.equilibrationHalfLife().seconds(), b.unboundPartition(),
                    b.pgpEffluxFraction() == null ? 0 : b.pgpEffluxFraction(), induction);
            return new DrugProfile(d.name(), d.description() == null ? "" : d.description().strip(), d.ligand(),
                    d.ligandOverrides(), plasma, molarMass, d.unboundFraction(), brain, sources);
        } catch (IllegalArgumentException e) {
            throw located(doc, p, e);
        }
    }

    /** An error at the field named by the start of the message ("field: ..."), under a base pointer. */
    static ScenarioException located(YamlDocument doc, String base, IllegalArgumentException e) {
        String m = e.getMessage();
        int colon = m.indexOf(": ");
        if (colon > 0 && m.substring(0, colon).matches("[A-Za-z.\\[\\]0-9]+")) {
            String field = m.substring(0, colon).replace('.', '/').replaceAll("\\[(\\d+)]", "/$1");
            String under = base + "/" + field;
            if (!doc.root().at(under).isMissingNode()) {
                return doc.error(under, m.substring(colon + 2));
            }
            if (field.startsWith("brain/") || field.equals("unboundFraction")) {
                return doc.error(base + "/" + field, m.substring(colon + 2));
            }
        }
        return doc.error(base, m);
    }

    /** Every source of a drug, "field: source" lines, for listings. */
    public static List<String> describe(DrugProfile d) {
        List<String> lines = new ArrayList<>();
        d.sources().forEach((k, v) -> lines.add(k + ": " + v));
        return lines;
    }
}
