package org.receptorsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AccessDeniedException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.receptorsim.model.CellSetup;
import org.receptorsim.model.ChallengePlan;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.pharmacology.pk.PkSpec;
import org.receptorsim.signaling.Adaptations;
import org.receptorsim.model.CellVariability;
import org.receptorsim.model.CellType;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.records.InvalidFieldException;
import org.receptorsim.units.Concentration;

/**
 * Reads a scenario file, resolves its names against the library, applies defaults and checks everything, so that
 * a bad file fails before anything runs with one line naming the file, line, column and field.
 */
public final class ScenarioLoader {

    /** Default time step in seconds. */
    public static final double DEFAULT_DT_SECONDS = 1.0;
    /** Default recording interval in seconds. */
    public static final double DEFAULT_OUTPUT_INTERVAL_SECONDS = 10.0;
    /** Default master seed. */
    public static final long DEFAULT_SEED = 1L;

    /**
     * Largest scenario file read (bytes): scenarios are a few kB; this keeps a wrong file from filling memory and
     * bounds the time to parse and check one (about a second at this size).
     */
    public static final int MAX_FILE_BYTES = 256 << 10;

    /** The library, asked for only once a file has been read and bound (it may still be loading then). */
    private final java.util.function.Supplier<Library> librarySource;
    private Library library;
    private final ObjectMapper mapper = Yaml.yamlMapper();

    /** @param library the ligand and cell library names resolve against */
    public ScenarioLoader(Library library) {
        this(() -> library);
    }

    /**
     * A loader that asks for its library only after a file's YAML has been read and bound, so that a library still
     * being read on another thread (the bundled one, at start-up) is read while the file is.
     *
     * @param library gives the ligand and cell library names resolve against
     */
    public ScenarioLoader(java.util.function.Supplier<Library> library) {
        this.librarySource = library;
    }

    private Library library() {
        if (library == null) {
            library = librarySource.get();
        }
        return library;
    }

    /**
     * Loads and resolves a scenario file.
     *
     * @param file path of the YAML file
     * @return the resolved scenario
     * @throws ScenarioException for any error in the file
     */
    public Scenario load(Path file) {
        return load(file, readText(file));
    }

    /**
     * Resolves the text of a scenario file as if it had been read from that file (its path and name are as
     * {@link #load(Path)} gives them), e.g. a copy kept with the shards of a cluster run.
     *
     * @param file the path the text was read from
     * @param text its text
     * @return the resolved scenario
     * @throws ScenarioException for any error in the text
     */
    public Scenario load(Path file, String text) {
        String base = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return resolve(YamlDocument.parse(file.toString(), text, mapper), base);
    }

    /**
     * The text of a scenario file, checked to be a scenario-sized UTF-8 text file.
     *
     * @param file the file
     * @return its text
     * @throws ScenarioException naming the file if it is not
     */
    public static String text(Path file) {
        return readText(file);
    }

    /**
     * Reads a scenario file as text: at most {@link #MAX_FILE_BYTES}, UTF-8, no NUL bytes (a binary file, a device
     * such as /dev/zero or a huge file is refused before it is parsed).
     *
     * @param file the file
     * @return its text
     * @throws ScenarioException naming the file (and line and column of the first byte that is not text)
     */
    static String readText(Path file) {
        String name = file.toString();
        byte[] bytes;
        if (Files.isDirectory(file)) {
            throw new ScenarioException(name, 0, 0, "", "is a directory, expected a scenario file (YAML)");
        }
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(name, 0, 0, "", "no such file");
        } catch (AccessDeniedException e) {
            throw new ScenarioException(name, 0, 0, "", "cannot read: permission denied");
        } catch (IOException e) {
            throw new ScenarioException(name, 0, 0, "", "cannot read: " + e.getMessage());
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new ScenarioException(name, 0, 0, "", "larger than " + (MAX_FILE_BYTES >> 10) + " KiB, the most a "
                    + "scenario file may be (scenarios are a few kB); is it the right file?");
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = utf8.decode(in, out, true);
        int bad = r.isError() ? in.position() : indexOfNul(bytes);
        if (bad >= 0) {
            int line = 1;
            int column = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    column = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    column++;
                }
            }
            throw new ScenarioException(name, line, column, "", String.format(java.util.Locale.ROOT,
                    "not a text file (byte 0x%02X); expected a YAML scenario in UTF-8", bytes[bad] & 0xFF));
        }
        utf8.flush(out);
        return out.flip().toString();
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Resolves YAML text (for tests and for scenarios not on disk).
     *
     * @param fileName name used in messages
     * @param text the YAML
     * @return the resolved scenario
     */
    public Scenario parse(String fileName, String text) {
        return resolve(YamlDocument.parse(fileName, text, mapper), fileName.replaceFirst("\\.ya?ml$", ""));
    }

    private Scenario resolve(YamlDocument doc, String defaultName) {
        ScenarioFile f = doc.bind("", ScenarioFile.class);
        if (f.duration() == null) {
            throw doc.error("/duration", "missing: expected the simulated time, e.g. '60 min'");
        }
        double dt = f.dt() == null ? DEFAULT_DT_SECONDS : f.dt().seconds();
        if (!(dt > 0)) {
            throw doc.error("/dt", "expected a time step > 0, e.g. '1 s'");
        }
        double output = f.outputInterval() == null ? DEFAULT_OUTPUT_INTERVAL_SECONDS : f.outputInterval().seconds();
        double duration = f.duration().seconds();
        if (f.outputInterval() == null) {
            check(doc, "/dt", () -> CellSetup.requireMultiple("the default outputInterval", output, dt));
        } else {
            check(doc, "/outputInterval", () -> CellSetup.requireMultiple("outputInterval", output, dt));
        }
        if (!(output > 0)) {
            throw doc.error("/outputInterval", "expected a time > 0, e.g. '10 s'");
        }
        check(doc, "/duration", () -> CellSetup.requireMultiple("duration", duration, dt));
        if (!(duration > 0)) {
            throw doc.error("/duration", "expected a time > 0, e.g. '60 min'");
        }
        List<Ligand> ligands = resolveLigands(doc, f.ligands());
        if (f.cell() == null) {
            throw doc.error("/cell", "missing: expected a library cell type, one of " + cellNames());
        }
        List<Arm> arms = new ArrayList<>();
        ProtocolSpec baseProtocol = f.protocol() == null ? new ProtocolSpec(List.of(), null) : f.protocol();
        if (f.arms() == null || f.arms().isEmpty()) {
            CellType cell = resolveCell(doc, "/cell", f.cell(), f.cellOverrides(), null, null);
            checkProtocol(doc, "/protocol", baseProtocol, ligands, dt);
            arms.add(new Arm("main", "", cell, baseProtocol, adaptations(doc, f.adaptations(), null, null)));
        } else {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < f.arms().size(); i++) {
                ArmSpec a = f.arms().get(i);
                String p = "/arms/" + i;
                if (a.name() == null || a.name().isBlank()) {
                    throw doc.error(p + "/name", "missing: expected a name for the arm");
                }
                if (!names.add(a.name())) {
                    throw doc.error(p + "/name", "duplicate arm name '" + a.name() + "'");
                }
                String cellName = a.cell() == null ? f.cell() : a.cell();
                CellType cell = resolveCell(doc, a.cell() == null ? "/cell" : p + "/cell", cellName,
                        f.cellOverrides(), a.cellOverrides(), p + "/cellOverrides");
                ProtocolSpec protocol = a.protocol() == null ? baseProtocol : a.protocol();
                checkProtocol(doc, a.protocol() == null ? "/protocol" : p + "/protocol", protocol, ligands, dt);
                arms.add(new Arm(a.name(), a.description() == null ? "" : a.description(), cell, protocol,
                        adaptations(doc, f.adaptations(), a.adaptations(), p + "/adaptations")));
            }
        }
        String name = f.name() == null ? defaultName : f.name();
        if (f.name() != null && !isPlainFileName(f.name())) {
            throw doc.error("/name", "expected a plain file name for the output directory (letters, digits, "
                    + "'.', '-', '_', spaces; not starting with '.' or '-'), got '" + f.name() + "'");
        }
        long seed = f.seed() == null ? DEFAULT_SEED : f.seed();
        ChallengePlan challenges = f.challenges() == null ? null
                : resolveChallenges(doc, f.challenges(), ligands, dt, duration);
        KineticsEngine engine = null;
        if (f.engine() != null) {
            engine = parseEngine(f.engine());
            if (engine == null) {
                throw doc.error("/engine", "expected 'event', 'per-receptor' or 'cohort', got '" + f.engine() + "'");
            }
        }
        Scenario scenario = new Scenario(name, f.description() == null ? "" : f.description(), doc.file(), seed,
                duration, dt,
                output, List.copyOf(ligands), List.copyOf(arms), Boolean.TRUE.equals(f.forskolin()), challenges,
                engine, replicates(doc, f.replicates()), f.variability() == null ? CellVariability.NONE
                        : f.variability(), f.sweep());
        if (f.sweep() != null) {
            SweepPlan.check(scenario, f.sweep(), doc::error);
        }
        return scenario;
    }

    /** True for a name that can be a directory name inside the output folder: no path, nothing hidden or odd. */
    static boolean isPlainFileName(String name) {
        return name.length() <= 100 && name.matches("[\\p{L}\\p{N}_][\\p{L}\\p{N} ._+-]*") && !name.endsWith(" ");
    }

    /** Default number of cells of an ensemble. */
    public static final int DEFAULT_REPLICATES = 100;

    private static int replicates(YamlDocument doc, Integer replicates) {
        if (replicates == null) {
            return DEFAULT_REPLICATES;
        }
        if (replicates < 1) {
            throw doc.error("/replicates", "expected a whole number >= 1, got " + replicates);
        }
        return replicates;
    }

    /** The engine named by 'event', 'per-receptor' or 'cohort' (any case), or null. */
    public static KineticsEngine parseEngine(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "event" -> KineticsEngine.EVENT;
            case "per-receptor" -> KineticsEngine.PER_RECEPTOR;
            case "cohort" -> KineticsEngine.COHORT;
            default -> null;
        };
    }

    /** The switches of an arm: its own over the scenario's (trees layered, then bound), unset ones the defaults. */
    private static Adaptations adaptations(YamlDocument doc, ObjectNode scenario, ObjectNode arm, String armPointer) {
        Adaptations base = scenario == null ? Adaptations.DEFAULT
                : doc.bind(scenario, "/adaptations", Adaptations.class).orDefaults();
        return arm == null ? base
                : doc.bind(RecordTrees.overlay(RecordTrees.tree(base), arm), armPointer, Adaptations.class);
    }

    private ChallengePlan resolveChallenges(YamlDocument doc, ChallengeSpec c, List<Ligand> ligands, double dt,
                                            double duration) {
        String p = "/challenges";
        if (c.ligand() == null && (c.ligands() == null || c.ligands().isEmpty())) {
            throw doc.error(p + "/ligand", "missing: expected the test agonist (ligand) or several (ligands), from"
                    + " the scenario's ligands");
        }
        if (c.ligand() != null && c.ligands() != null) {
            throw doc.error(p + "/ligands", "give either 'ligand' or 'ligands', not both");
        }
        List<String> names = c.ligand() != null ? List.of(c.ligand()) : c.ligands();
        String field = c.ligand() != null ? p + "/ligand" : p + "/ligands";
        int[] indices = new int[names.size()];
        for (int j = 0; j < names.size(); j++) {
            String at = c.ligand() != null ? field : field + "/" + j;
            int index = Arm.indexOf(ligands, names.get(j));
            if (index < 0) {
                throw doc.error(at, "ligand '" + names.get(j) + "' is not in the scenario's ligands "
                        + ligands.stream().map(Ligand::name).toList());
            }
            Ligand test = ligands.get(index);
            if (!test.activatesReceptor() || test.releasesTransmitter()) {
                throw doc.error(at, "expected an agonist that binds the receptor, got '" + test.name() + "'");
            }
            for (int i = 0; i < j; i++) {
                if (indices[i] == index) {
                    throw doc.error(at, "ligand '" + test.name() + "' is listed twice");
                }
            }
            indices[j] = index;
        }
        if (c.at() == null || c.at().isEmpty()) {
            throw doc.error(p + "/at", "missing: expected a list of times, e.g. [0 h, 4 h, 8 h]");
        }
        double[] times = new double[c.at().size()];
        for (int i = 0; i < times.length; i++) {
            double t = c.at().get(i).seconds();
            int k = i;
            check(doc, p + "/at/" + k, () -> CellSetup.requireMultiple("at", t, dt));
            if (t > duration) {
                throw doc.error(p + "/at/" + i, "expected a time within the run's duration ("
                        + new org.receptorsim.units.Duration(duration) + ")");
            }
            times[i] = t;
        }
        double[][] conc = new double[indices.length][];
        for (int j = 0; j < indices.length; j++) {
            if (c.concentrations() == null) {
                conc[j] = new double[13];
                for (int i = 0; i < conc[j].length; i++) {
                    conc[j][i] = ligands.get(indices[j]).kd().molar() * Math.pow(10, -3 + 0.5 * i);
                }
            } else {
                conc[j] = c.concentrations().stream().mapToDouble(Concentration::molar).toArray();
            }
        }
        double testSeconds = c.duration() == null ? 600 : c.duration().seconds();
        check(doc, p + "/duration", () -> CellSetup.requireMultiple("duration", testSeconds, dt));
        double washSeconds = c.washoutTime() == null ? 0 : c.washoutTime().seconds();
        check(doc, p + "/washoutTime", () -> CellSetup.requireMultiple("washoutTime", washSeconds, dt));
        ChallengePlan.Readout readout;
        String r = c.readout() == null ? "cAMP" : c.readout();
        if (r.equalsIgnoreCase("cAMP")) {
            readout = ChallengePlan.Readout.CAMP;
        } else if (r.equalsIgnoreCase("cAMPLevel")) {
            readout = ChallengePlan.Readout.CAMP_LEVEL;
        } else if (r.equalsIgnoreCase("gProtein")) {
            readout = ChallengePlan.Readout.G_PROTEIN;
        } else {
            throw doc.error(p + "/readout", "expected 'cAMP', 'cAMPLevel' or 'gProtein', got '" + r + "'");
        }
        try {
            return new ChallengePlan(indices, times, conc, testSeconds, readout, !Boolean.FALSE.equals(c.washout()),
                    washSeconds);
        } catch (InvalidFieldException e) {
            throw doc.error(p, e);
        }
    }

    private List<Ligand> resolveLigands(YamlDocument doc, List<JsonNode> entries) {
        if (entries == null || entries.isEmpty()) {
            throw doc.error("/ligands", "missing: expected a list of ligands (library names or definitions), "
                    + "e.g. [DAMGO]");
        }
        List<Ligand> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String p = "/ligands/" + i;
            JsonNode node = entries.get(i);
            Ligand ligand;
            if (node.isTextual()) {
                ligand = library().ligand(node.asText()).orElseThrow(() -> doc.error(p,
                        "unknown ligand '" + node.asText() + "', expected one of " + ligandNames()));
            } else if (node instanceof ObjectNode def) {
                LigandSpec spec = doc.bind(p, LigandSpec.class);
                if (spec.name() == null || spec.name().isBlank()) {
                    throw doc.error(p + "/name", "missing: expected the ligand's name");
                }
                Ligand base = library().ligand(spec.name()).orElse(null);
                if (base != null) {
                    spec = doc.bind(RecordTrees.overlay(withoutDerived(base, def), def, RecordTrees.SCENARIO_OVERRIDE),
                            p, LigandSpec.class);
                }
                try {
                    ligand = spec.toLigand();
                } catch (InvalidFieldException e) {
                    throw doc.error(p, e);
                }
            } else {
                throw doc.error(p, "expected a library ligand name or a ligand definition (a mapping)");
            }
            if (!seen.add(ligand.name().toLowerCase(java.util.Locale.ROOT))) {
                throw doc.error(p, "ligand '" + ligand.name() + "' is listed twice");
            }
            out.add(ligand);
        }
        for (int i = 0; i < out.size(); i++) {
            Ligand l = out.get(i);
            if (l.releasesTransmitter() && Arm.indexOf(out, l.releases()) < 0) {
                throw doc.error("/ligands/" + i, "'" + l.name() + "' releases " + l.releases()
                        + ", so " + l.releases() + " must be listed among the scenario's ligands too");
            }
        }
        return out;
    }

    /**
     * The library ligand to overlay a definition on, as a tree. Library ligands are defined by kd and koff (kon
     * derived); a definition that gives its own binding constants keeps library values only to make up two, kd first.
     */
    private static ObjectNode withoutDerived(Ligand base, ObjectNode def) {
        ObjectNode tree = RecordTrees.tree(base);
        if (base.releasesTransmitter() || base.isIrreversible()) {
            return tree;
        }
        int given = (def.hasNonNull("kd") ? 1 : 0) + (def.hasNonNull("kon") ? 1 : 0) + (def.hasNonNull("koff") ? 1 : 0);
        tree.remove("kon");
        if (given >= 2 || def.hasNonNull("kd")) {
            tree.remove("kd");
        } else {
            given++;
        }
        if (given >= 2 || def.hasNonNull("koff")) {
            tree.remove("koff");
        }
        return tree;
    }

    /**
     * A cell type of the library with the scenario's overrides and an arm's over them (trees layered, then bound).
     * A bad value of the scenario's overrides is reported there, one of the arm's at the arm.
     */
    private CellType resolveCell(YamlDocument doc, String cellPointer, String cellName, ObjectNode overrides,
                                 ObjectNode armOverrides, String armPointer) {
        CellType base = library().cell(cellName).orElseThrow(() -> doc.error(cellPointer,
                "unknown cell type '" + cellName + "', expected one of " + cellNames()));
        ObjectNode scenarioWide = RecordTrees.overlay(RecordTrees.tree(base), overrides, RecordTrees.SCENARIO_OVERRIDE);
        CellType cell = doc.bind(scenarioWide, "/cellOverrides", CellType.class);
        return armOverrides == null ? cell : doc.bind(RecordTrees.overlay(scenarioWide, armOverrides,
                RecordTrees.SCENARIO_OVERRIDE), armPointer, CellType.class);
    }

    private void checkProtocol(YamlDocument doc, String pointer, ProtocolSpec protocol, List<Ligand> ligands,
                               double dt) {
        if (protocol.pharmacokinetics() != null) {
            checkPharmacokinetics(doc, pointer + "/pharmacokinetics", protocol.pharmacokinetics(), ligands, dt);
        }
        double last = 0;
        for (int i = 0; i < protocol.bath().size(); i++) {
            BathStep step = protocol.bath().get(i);
            String p = pointer + "/bath/" + i;
            if (step == null) {
                throw doc.error(p, "expected a bath change with 'at' and 'set' and/or 'washout'");
            }
            if (step.at() == null) {
                throw doc.error(p + "/at", "missing: expected the time of the change, e.g. '10 min'");
            }
            if (step.at().seconds() < last) {
                throw doc.error(p + "/at", "expected bath changes in time order, got " + step.at() + " after "
                        + new org.receptorsim.units.Duration(last));
            }
            last = step.at().seconds();
            check(doc, p + "/at", () -> CellSetup.requireMultiple("at", step.at().seconds(), dt));
            boolean hasSet = step.set() != null && !step.set().isEmpty();
            if (!hasSet && !Boolean.TRUE.equals(step.washout())) {
                throw doc.error(p, "expected 'set' (concentrations) and/or 'washout: true'");
            }
            if (hasSet) {
                for (Map.Entry<String, Concentration> e : step.set().entrySet()) {
                    if (e.getValue() == null) {
                        throw doc.error(p + "/set/" + e.getKey(), "missing: expected a concentration, e.g. '1 uM' "
                                + "(or '0 M' to remove the ligand)");
                    }
                    if (Arm.indexOf(ligands, e.getKey()) < 0) {
                        throw doc.error(p + "/set/" + e.getKey(), "ligand '" + e.getKey()
                                + "' is not in the scenario's ligands " + ligands.stream().map(Ligand::name).toList());
                    }
                }
            }
        }
    }

    private static void checkPharmacokinetics(YamlDocument doc, String pointer, PkSpec pk, List<Ligand> ligands,
                                              double dt) {
        try {
            pk.check();
            if (!pk.isClamp()) {
                pk.model();
                pk.events();
            }
        } catch (IllegalArgumentException e) {
            throw doc.error(pointer + pkField(e.getMessage()), e.getMessage().replaceFirst("^[A-Za-z0-9.\\[\\]]+: ", ""));
        }
        if (Arm.indexOf(ligands, pk.ligand()) < 0) {
            throw doc.error(pointer + "/ligand", "ligand '" + pk.ligand() + "' is not in the scenario's ligands "
                    + ligands.stream().map(Ligand::name).toList());
        }
    }

    /** "/doses/1/mg" from a message starting "doses[1].mg: ...", or "" if the message names no field. */
    static String pkField(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([A-Za-z0-9.\\[\\]]+): ").matcher(message);
        if (!m.find()) {
            return "";
        }
        return "/" + m.group(1).replaceAll("\\[(\\d+)\\]", ".$1").replace('.', '/');
    }

    private static void check(YamlDocument doc, String pointer, Runnable check) {
        try {
            check.run();
        } catch (IllegalArgumentException e) {
            throw doc.error(pointer, e.getMessage().replaceFirst("^[A-Za-z]+: ", ""));
        }
    }

    private List<String> ligandNames() {
        return library().ligands().stream().map(Ligand::name).toList();
    }

    private List<String> cellNames() {
        return library().cells().stream().map(CellType::name).toList();
    }
}
