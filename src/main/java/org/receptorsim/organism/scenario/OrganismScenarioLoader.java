package org.receptorsim.organism.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.receptorsim.organism.analysis.Check;
import org.receptorsim.organism.analysis.MetricReference;
import org.receptorsim.organism.analysis.Quantity;
import org.receptorsim.organism.analysis.Statistic;
import org.receptorsim.organism.analysis.Window;
import org.receptorsim.organism.analysis.Windows;
import org.receptorsim.organism.cell.CellCircuitAdapter;
import org.receptorsim.organism.circuit.Circuit;
import org.receptorsim.organism.circuit.CircuitSpec;
import org.receptorsim.organism.circuit.Readout;
import org.receptorsim.organism.model.ArmSetup;
import org.receptorsim.organism.model.ContextSession;
import org.receptorsim.organism.model.ParameterSet;
import org.receptorsim.organism.model.Series;
import org.receptorsim.organism.pk.DrugLibrary;
import org.receptorsim.organism.pk.DrugProfile;
import org.receptorsim.pharmacology.pk.DosingEvent;
import org.receptorsim.pharmacology.pk.PkSpec;
import org.receptorsim.scenario.ScenarioException;
import org.receptorsim.scenario.Yaml;
import org.receptorsim.scenario.YamlDocument;

/**
 * Reads organism scenario files. Everything is resolved and checked before anything runs: a bad value stops with a
 * {@link ScenarioException} naming file, line, column and field and saying what was expected. See README.md,
 * "The organism", for the format.
 */
public final class OrganismScenarioLoader {

    /** Default organism step (seconds): 5 min. */
    public static final double DEFAULT_STEP_SECONDS = 300;
    /** Default spacing of timeseries.csv rows (seconds): 30 min. */
    public static final double DEFAULT_OUTPUT_SECONDS = 1800;

    private final DrugLibrary drugs;
    private final OrganismDefaults defaults;
    private final org.receptorsim.scenario.Library cells;

    /** A loader with the bundled drug library, defaults and cell library. */
    public OrganismScenarioLoader() {
        this(DrugLibrary.bundled(), OrganismDefaults.bundled());
    }

    /**
     * @param drugs the drug library
     * @param defaults the organism defaults
     */
    public OrganismScenarioLoader(DrugLibrary drugs, OrganismDefaults defaults) {
        this(drugs, defaults, org.receptorsim.scenario.Library.bundled());
    }

    /**
     * @param drugs the drug library
     * @param defaults the organism defaults
     * @param cells the cell library the circuits' cell types are looked up in
     */
    public OrganismScenarioLoader(DrugLibrary drugs, OrganismDefaults defaults, org.receptorsim.scenario.Library cells) {
        this.drugs = drugs;
        this.defaults = defaults;
        this.cells = cells;
    }

    /**
     * Reads and resolves a file.
     *
     * @param file the scenario
     * @return the resolved scenario
     * @throws ScenarioException for a file that cannot be read or holds a bad value
     */
    public OrganismScenario load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(file.toString(), 0, 0, "", "cannot read: " + e.getMessage());
        }
        return parse(file.toString(), text);
    }

    /**
     * Resolves YAML text.
     *
     * @param fileName name used in messages
     * @param text the YAML
     * @return the resolved scenario
     */
    public OrganismScenario parse(String fileName, String text) {
        YamlDocument doc = YamlDocument.parse(fileName, text, Yaml.yamlMapper());
        OrganismFiles.ScenarioFile f = doc.bind("", OrganismFiles.ScenarioFile.class);
        String base = Path.of(fileName).getFileName().toString().replaceFirst("\\.ya?ml$", "");
        if (f.duration() == null || !(f.duration().seconds() > 0)) {
            throw doc.error("/duration", "expected the simulated time, e.g. '14 d'");
        }
        double step = f.step() == null ? DEFAULT_STEP_SECONDS : f.step().seconds();
        if (!(step > 0)) {
            throw doc.error("/step", "expected a time > 0, e.g. '5 min'");
        }
        double duration = f.duration().seconds();
        requireMultiple(doc, "/duration", duration, step, "the step");
        double output = f.outputInterval() == null ? DEFAULT_OUTPUT_SECONDS : f.outputInterval().seconds();
        if (!(output > 0)) {
            throw doc.error("/outputInterval", "expected a time > 0, e.g. '30 min'");
        }
        requireMultiple(doc, f.outputInterval() == null ? "/step" : "/outputInterval", output, step,
                "the step (outputInterval defaults to 30 min)");
        long seed = f.seed() == null ? 1L : f.seed();
        String origin = "scenario " + fileName;
        ParameterSet scenarioParameters = parameters(doc, "/parameters", defaults.parameters(), f.parameters(),
                origin);
        List<ArmSetup> arms = new ArrayList<>();
        Map<String, Map<String, Window>> windows = new LinkedHashMap<>();
        List<OrganismFiles.ArmFileSpec> armSpecs = f.arms() == null || f.arms().isEmpty()
                ? List.of(new OrganismFiles.ArmFileSpec("main", "", null, null, null, null, null, null, null, null,
                        null))
                : f.arms();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < armSpecs.size(); i++) {
            OrganismFiles.ArmFileSpec a = armSpecs.get(i);
            String p = f.arms() == null || f.arms().isEmpty() ? "" : "/arms/" + i;
            if (a == null || a.name() == null || a.name().isBlank()) {
                throw doc.error(p + "/name", "missing: expected a name for the arm");
            }
            if (!a.name().matches("[A-Za-z0-9_-]+")) {
                throw doc.error(p + "/name", "expected letters, digits, '-' or '_', got '" + a.name() + "'");
            }
            if (!names.add(a.name())) {
                throw doc.error(p + "/name", "duplicate arm name '" + a.name() + "'");
            }
            ArmSetup arm = arm(doc, p, f, a, scenarioParameters, step, duration, seed, fileName);
            arms.add(arm);
            Map<String, Window> w = new LinkedHashMap<>(Windows.automatic(duration,
                    DosingEvent.expandAll(arm.doses()).stream().map(DosingEvent::timeSeconds).toList()));
            w.putAll(windows(doc, "/windows", f.windows(), duration));
            w.putAll(windows(doc, p + "/windows", a.windows(), duration));
            windows.put(a.name(), w);
        }
        List<Check> checks = checks(doc, f.checks(), windows);
        List<Figure> figures = figures(doc, f.figures(), windows.keySet());
        String name = f.name() == null || f.name().isBlank() ? base : f.name();
        return new OrganismScenario(name, f.description() == null ? "" : f.description().strip(), fileName, seed,
                output, arms, windows, checks, figures);
    }

    private ArmSetup arm(YamlDocument doc, String p, OrganismFiles.ScenarioFile f, OrganismFiles.ArmFileSpec a,
                         ParameterSet scenarioParameters, double step, double duration, long seed, String fileName) {
        String drugName = a.drug() != null ? a.drug() : f.drug();
        String drugPointer = a.drug() != null ? p + "/drug" : "/drug";
        if (drugName == null) {
            throw doc.error(drugPointer, "missing: expected a drug, one of " + drugs.names());
        }
        DrugProfile drug = drugs.drug(drugName).orElseThrow(() -> doc.error(drugPointer,
                "unknown drug '" + drugName + "', expected one of " + drugs.names()));
        List<PkSpec.DoseSpec> doseSpecs = a.doses() != null ? a.doses() : f.doses() != null ? f.doses() : List.of();
        String dosePointer = a.doses() != null ? p + "/doses" : "/doses";
        List<DosingEvent> doses = doses(doc, dosePointer, doseSpecs, drug);
        ArmSetup.Antagonist antagonist = null;
        OrganismFiles.AntagonistSpec as = a.antagonist() != null ? a.antagonist() : f.antagonist();
        if (as != null) {
            String ap = a.antagonist() != null ? p + "/antagonist" : "/antagonist";
            if (as.drug() == null) {
                throw doc.error(ap + "/drug", "missing: expected a drug, one of " + drugs.names());
            }
            DrugProfile ad = drugs.drug(as.drug()).orElseThrow(() -> doc.error(ap + "/drug",
                    "unknown drug '" + as.drug() + "', expected one of " + drugs.names()));
            if (ad.ligand().equalsIgnoreCase(drug.ligand())) {
                throw doc.error(ap + "/drug", "expected a drug with another ligand than the arm's drug ("
                        + drug.ligand() + ")");
            }
            antagonist = new ArmSetup.Antagonist(ad, doses(doc, ap + "/doses",
                    as.doses() == null ? List.of() : as.doses(), ad));
        }
        List<OrganismFiles.SessionSpec> sessionSpecs = a.contexts() != null ? a.contexts()
                : f.contexts() != null ? f.contexts() : List.of();
        String sessionPointer = a.contexts() != null ? p + "/contexts" : "/contexts";
        List<ContextSession> sessions = sessions(doc, sessionPointer, sessionSpecs, step, duration);
        double inhibition = a.pgpInhibition() != null ? a.pgpInhibition()
                : f.pgpInhibition() != null ? f.pgpInhibition() : 0;
        if (!(inhibition >= 0 && inhibition <= 1)) {
            throw doc.error(a.pgpInhibition() != null ? p + "/pgpInhibition" : "/pgpInhibition",
                    "expected a fraction in [0, 1], got " + inhibition);
        }
        Double clamp = a.brainClamp() != null ? Double.valueOf(a.brainClamp().molar())
                : f.brainClamp() != null ? Double.valueOf(f.brainClamp().molar()) : null;
        ParameterSet parameters = parameters(doc, p + "/parameters", scenarioParameters, a.parameters(),
                "arm " + a.name() + " of " + fileName);
        Map<Circuit, CircuitSpec> circuits = circuits(doc, p, f, a, drug, antagonist, step);
        try {
            return new ArmSetup(a.name(), a.description() == null ? "" : a.description().strip(), drug, doses,
                    antagonist, inhibition, clamp, sessions, parameters, circuits, duration, step, seed);
        } catch (IllegalArgumentException e) {
            throw fieldError(doc, p, e.getMessage());
        }
    }

    /** Doses of a drug as resolved from their specs (molar amounts from the drug's molar mass). */
    private static List<DosingEvent> doses(YamlDocument doc, String pointer, List<PkSpec.DoseSpec> specs,
                                           DrugProfile drug) {
        List<DosingEvent> doses = new ArrayList<>();
        for (int k = 0; k < specs.size(); k++) {
            PkSpec.DoseSpec d = specs.get(k);
            if (d == null) {
                throw doc.error(pointer + "/" + k, "expected a dose");
            }
            try {
                doses.add(d.resolve("doses[" + k + "]", drug.molarMassGramsPerMol()));
            } catch (IllegalArgumentException e) {
                throw fieldError(doc, pointer + "/" + k, e.getMessage().replaceFirst("^doses\\[\\d+]\\.?", ""));
            }
        }
        return doses;
    }

    private static ParameterSet parameters(YamlDocument doc, String pointer, ParameterSet base,
                                           Map<String, JsonNode> overrides, String origin) {
        try {
            return base.with(overrides, origin);
        } catch (IllegalArgumentException e) {
            throw fieldError(doc, pointer, e.getMessage());
        }
    }

    private Map<Circuit, CircuitSpec> circuits(YamlDocument doc, String p, OrganismFiles.ScenarioFile f,
                                               OrganismFiles.ArmFileSpec a, DrugProfile drug,
                                               ArmSetup.Antagonist antagonist, double step) {
        checkCircuitNames(doc, "/circuits", f.circuits());
        checkCircuitNames(doc, p + "/circuits", a.circuits());
        OrganismFiles.CellsSpec cells = merge(defaults.cells(), f.cells());
        if (cells.perCircuit() < 1) {
            throw doc.error("/cells/perCircuit", "expected a whole number >= 1, got " + cells.perCircuit());
        }
        if (cells.receptors() < 1) {
            throw doc.error("/cells/receptors", "expected a whole number >= 1, got " + cells.receptors());
        }
        Map<Circuit, CircuitSpec> out = new EnumMap<>(Circuit.class);
        for (Circuit c : Circuit.values()) {
            OrganismFiles.CircuitFileSpec d = defaults.circuit(c);
            OrganismFiles.CircuitFileSpec s = f.circuits() == null ? null : f.circuits().get(c.key());
            OrganismFiles.CircuitFileSpec ar = a.circuits() == null ? null : a.circuits().get(c.key());
            OrganismFiles.CircuitFileSpec m = merge(merge(d, s), ar);
            String where = ar != null ? p + "/circuits/" + c.key() : s != null ? "/circuits/" + c.key() : "/cells";
            Readout readout;
            try {
                readout = Readout.of(m.readout());
            } catch (IllegalArgumentException e) {
                throw doc.error(where + "/readout", e.getMessage());
            }
            CellCircuitAdapter.Population population;
            try {
                population = new CellCircuitAdapter.Population(m.cell(), m.cellOverrides(), m.adaptations(),
                        m.receptors() != null ? m.receptors() : cells.receptors(),
                        m.cells() != null ? m.cells() : cells.perCircuit(), cells.cellDt().seconds(), this.cells);
                CellCircuitAdapter.check(population, ArmSetup.ligands(drug, antagonist), step);
            } catch (IllegalArgumentException e) {
                String msg = e.getMessage();
                if (msg.startsWith("ligand: ")) {
                    throw doc.error(drugPointerOf(p, a), "drug '" + drug.name() + "': " + msg);
                }
                if (msg.startsWith("cellDt: ")) {
                    throw doc.error(f.cells() != null && f.cells().cellDt() != null ? "/cells/cellDt" : "/step",
                            msg.substring("cellDt: ".length()));
                }
                throw fieldError(doc, where, msg);
            }
            out.put(c, new CircuitSpec(c, population, readout, m.sources()));
        }
        return out;
    }

    private static String drugPointerOf(String p, OrganismFiles.ArmFileSpec a) {
        return a.drug() != null ? p + "/drug" : "/drug";
    }

    private static void checkCircuitNames(YamlDocument doc, String pointer,
                                          Map<String, OrganismFiles.CircuitFileSpec> circuits) {
        if (circuits == null) {
            return;
        }
        for (String k : circuits.keySet()) {
            try {
                Circuit.of(k);
            } catch (IllegalArgumentException e) {
                throw doc.error(pointer + "/" + k, e.getMessage());
            }
        }
    }

    private static OrganismFiles.CellsSpec merge(OrganismFiles.CellsSpec base, OrganismFiles.CellsSpec over) {
        if (over == null) {
            return base;
        }
        return new OrganismFiles.CellsSpec(over.perCircuit() != null ? over.perCircuit() : base.perCircuit(),
                over.receptors() != null ? over.receptors() : base.receptors(),
                over.cellDt() != null ? over.cellDt() : base.cellDt());
    }

    private static OrganismFiles.CircuitFileSpec merge(OrganismFiles.CircuitFileSpec base,
                                                       OrganismFiles.CircuitFileSpec over) {
        if (over == null) {
            return base;
        }
        JsonNode overrides = base.cellOverrides();
        if (over.cellOverrides() != null && over.cellOverrides().isObject()) {
            ObjectNode merged = Yaml.yamlMapper().createObjectNode();
            if (overrides != null && overrides.isObject()) {
                merged.setAll((ObjectNode) overrides.deepCopy());
            }
            merged.setAll((ObjectNode) over.cellOverrides());
            overrides = merged;
        } else if (over.cellOverrides() != null) {
            overrides = over.cellOverrides();
        }
        JsonNode adaptations = over.adaptations() != null ? over.adaptations() : base.adaptations();
        Map<String, String> sources = new LinkedHashMap<>();
        if (base.sources() != null) {
            sources.putAll(base.sources());
        }
        if (over.sources() != null) {
            sources.putAll(over.sources());
        }
        return new OrganismFiles.CircuitFileSpec(over.cell() != null ? over.cell() : base.cell(), overrides,
                adaptations, over.readout() != null ? over.readout() : base.readout(),
                over.receptors() != null ? over.receptors() : base.receptors(),
                over.cells() != null ? over.cells() : base.cells(), sources);
    }

    private static List<ContextSession> sessions(YamlDocument doc, String pointer,
                                                 List<OrganismFiles.SessionSpec> specs, double step,
                                                 double duration) {
        List<ContextSession> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            OrganismFiles.SessionSpec s = specs.get(i);
            String p = pointer + "/" + i;
            if (s == null || s.context() == null || s.context().isBlank()) {
                throw doc.error(p + "/context", "missing: expected the context's name, e.g. 'home'");
            }
            if (s.duration() == null || !(s.duration().seconds() > 0)) {
                throw doc.error(p + "/duration", "expected how long the cue is present, e.g. '4 h'");
            }
            double at = s.at() == null ? 0 : s.at().seconds();
            requireMultiple(doc, p + "/at", at, step, "the step");
            requireMultiple(doc, p + "/duration", s.duration().seconds(), step, "the step");
            int times = 1;
            double every = 0;
            if (s.every() != null || s.times() != null) {
                if (s.every() == null || !(s.every().seconds() >= s.duration().seconds())) {
                    throw doc.error(p + "/every", "expected a repetition interval >= the duration, with 'times'");
                }
                if (s.times() == null || s.times() < 1) {
                    throw doc.error(p + "/times", "expected a number of sessions >= 1, with 'every'");
                }
                requireMultiple(doc, p + "/every", s.every().seconds(), step, "the step");
                times = s.times();
                every = s.every().seconds();
            }
            for (int k = 0; k < times; k++) {
                double start = at + k * every;
                if (start >= duration) {
                    break;
                }
                out.add(new ContextSession(s.context(), start, Math.min(duration, start + s.duration().seconds())));
            }
        }
        out.sort((x, y) -> Double.compare(x.startSeconds(), y.startSeconds()));
        for (int i = 1; i < out.size(); i++) {
            if (out.get(i).startSeconds() < out.get(i - 1).endSeconds()) {
                throw doc.error(pointer, "sessions overlap at " + new org.receptorsim.units.Duration(
                        out.get(i).startSeconds()) + ": one context cue at a time");
            }
        }
        return out;
    }

    private static Map<String, Window> windows(YamlDocument doc, String pointer,
                                               Map<String, OrganismFiles.WindowSpec> specs, double duration) {
        Map<String, Window> out = new LinkedHashMap<>();
        if (specs == null) {
            return out;
        }
        for (var e : specs.entrySet()) {
            String p = pointer + "/" + e.getKey();
            OrganismFiles.WindowSpec w = e.getValue();
            if (!e.getKey().matches("[A-Za-z][A-Za-z0-9_-]*") || e.getKey().equals("all")
                    || e.getKey().equals("lastDose") || e.getKey().matches("dose\\d+")) {
                throw doc.error(p, "expected a window name of letters and digits, not all, lastDose or dose<k>");
            }
            if (w == null || w.from() == null || w.to() == null) {
                throw doc.error(p, "expected {from: TIME, to: TIME}");
            }
            if (!(w.to().seconds() > w.from().seconds()) || w.to().seconds() > duration + 1e-6) {
                throw doc.error(p + "/to", "expected an end after 'from' and within the duration ("
                        + new org.receptorsim.units.Duration(duration) + ")");
            }
            out.put(e.getKey(), new Window(w.from().seconds(), w.to().seconds()));
        }
        return out;
    }

    private static List<Check> checks(YamlDocument doc, List<OrganismFiles.CheckSpec> specs,
                                      Map<String, Map<String, Window>> windows) {
        List<Check> out = new ArrayList<>();
        if (specs == null) {
            return out;
        }
        Set<String> ids = new HashSet<>();
        Set<String> series = new HashSet<>(Series.names());
        for (int i = 0; i < specs.size(); i++) {
            OrganismFiles.CheckSpec c = specs.get(i);
            String p = "/checks/" + i;
            if (c == null || c.id() == null || c.id().isBlank()) {
                throw doc.error(p + "/id", "missing: expected an identifier");
            }
            if (!ids.add(c.id())) {
                throw doc.error(p + "/id", "duplicate check '" + c.id() + "'");
            }
            if (c.source() == null || c.source().isBlank()) {
                throw doc.error(p + "/source", "missing: expected the reference the band comes from");
            }
            Quantity q;
            try {
                q = Quantity.parse(c.quantity());
            } catch (IllegalArgumentException e) {
                throw doc.error(p + "/quantity", e.getMessage());
            }
            for (MetricReference r : q.references()) {
                if (!windows.containsKey(r.arm())) {
                    throw doc.error(p + "/quantity", "unknown arm '" + r.arm() + "', expected one of "
                            + windows.keySet());
                }
                if (!series.contains(r.series())) {
                    throw doc.error(p + "/quantity", "unknown series '" + r.series() + "', expected one of "
                            + Series.names());
                }
                if (!windows.get(r.arm()).containsKey(r.window())) {
                    throw doc.error(p + "/quantity", "arm '" + r.arm() + "' has no window '" + r.window()
                            + "', expected one of " + windows.get(r.arm()).keySet());
                }
            }
            if (c.band() == null || c.band().size() != 2) {
                throw doc.error(p + "/band", "expected [low, high] (inf or -inf for an open end)");
            }
            double low = bound(doc, p + "/band/0", c.band().get(0));
            double high = bound(doc, p + "/band/1", c.band().get(1));
            Check.Label label;
            try {
                label = Check.Label.of(c.label());
            } catch (IllegalArgumentException e) {
                throw doc.error(p + "/label", e.getMessage());
            }
            try {
                out.add(new Check(c.id(), c.claim() == null ? "" : c.claim().strip(), q, low, high, label,
                        c.source().strip(), c.note() == null ? "" : c.note().strip()));
            } catch (IllegalArgumentException e) {
                throw doc.error(p + "/band", e.getMessage().replaceFirst("^band: ", ""));
            }
        }
        return out;
    }

    private static double bound(YamlDocument doc, String pointer, JsonNode node) {
        if (node != null && node.isNumber()) {
            return node.doubleValue();
        }
        String t = node == null || node.isNull() ? "" : node.asText().trim();
        return switch (t) {
            case "inf", "+inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> throw doc.error(pointer, "expected a number, inf or -inf, got '" + t + "'");
        };
    }

    private static List<Figure> figures(YamlDocument doc, List<OrganismFiles.FigureSpec> specs, Set<String> arms) {
        List<Figure> out = new ArrayList<>();
        if (specs == null) {
            return out;
        }
        Set<String> names = new HashSet<>(List.of("timeseries", "overview"));
        Set<String> series = new HashSet<>(Series.names());
        for (int i = 0; i < specs.size(); i++) {
            OrganismFiles.FigureSpec f = specs.get(i);
            String p = "/figures/" + i;
            if (f == null || f.name() == null || !f.name().matches("[A-Za-z0-9_-]+")) {
                throw doc.error(p + "/name", "expected a file name of letters, digits, '-' or '_'");
            }
            if (!names.add(f.name())) {
                throw doc.error(p + "/name", "duplicate or reserved figure name '" + f.name() + "'");
            }
            String kind = f.kind() == null ? "timeCourse" : f.kind();
            if (!kind.equals("timeCourse") && !kind.equals("perDose")) {
                throw doc.error(p + "/kind", "expected timeCourse or perDose, got '" + kind + "'");
            }
            String unit = f.xUnit() == null ? "d" : f.xUnit();
            if (!unit.equals("d") && !unit.equals("h")) {
                throw doc.error(p + "/xUnit", "expected d or h, got '" + unit + "'");
            }
            String align = f.align() == null ? "none" : f.align();
            if (!align.equals("none") && !align.equals("lastDose")) {
                throw doc.error(p + "/align", "expected none or lastDose, got '" + align + "'");
            }
            if (f.panels() == null || f.panels().isEmpty()) {
                throw doc.error(p + "/panels", "expected at least one panel");
            }
            if (f.fold() != null && (!kind.equals("perDose") || !(f.fold().seconds() > 0))) {
                throw doc.error(p + "/fold", "expected a period > 0, only for kind perDose");
            }
            if (f.before() != null && (!align.equals("lastDose") || f.from() != null)) {
                throw doc.error(p + "/before", "only with align: lastDose, instead of 'from'");
            }
            List<Figure.Panel> panels = new ArrayList<>();
            for (int k = 0; k < f.panels().size(); k++) {
                OrganismFiles.PanelSpec s = f.panels().get(k);
                String pp = p + "/panels/" + k;
                if (s == null || s.series() == null || s.series().isEmpty()) {
                    throw doc.error(pp + "/series", "expected a list of series");
                }
                for (int j = 0; j < s.series().size(); j++) {
                    if (!series.contains(s.series().get(j))) {
                        throw doc.error(pp + "/series/" + j, "unknown series '" + s.series().get(j)
                                + "', expected one of " + Series.names());
                    }
                }
                List<String> panelArms = s.arms() == null ? List.copyOf(arms) : s.arms();
                for (int j = 0; j < panelArms.size(); j++) {
                    if (!arms.contains(panelArms.get(j))) {
                        throw doc.error(pp + "/arms/" + j, "unknown arm '" + panelArms.get(j) + "', expected one of "
                                + arms);
                    }
                }
                Statistic stat;
                try {
                    stat = Statistic.parse(s.statistic() == null ? "max" : s.statistic());
                } catch (IllegalArgumentException e) {
                    throw doc.error(pp + "/statistic", e.getMessage());
                }
                if (s.normalize() != null && !s.normalize().equals("first") && !s.normalize().equals("none")) {
                    throw doc.error(pp + "/normalize", "expected first or none, got '" + s.normalize() + "'");
                }
                panels.add(new Figure.Panel(List.copyOf(s.series()), List.copyOf(panelArms),
                        s.label() == null ? String.join(", ", s.series()) : s.label(), stat,
                        "first".equals(s.normalize())));
            }
            out.add(new Figure(f.name(), f.title() == null ? f.name() : f.title(), kind.equals("perDose"),
                    f.before() != null ? -f.before().seconds() : f.from() == null ? 0 : f.from().seconds(),
                    f.to() == null ? Double.POSITIVE_INFINITY : f.to().seconds(), unit.equals("d"),
                    align.equals("lastDose"), f.fold() == null ? 0 : f.fold().seconds(), panels));
        }
        return out;
    }

    private static void requireMultiple(YamlDocument doc, String pointer, double value, double step, String of) {
        double q = value / step;
        if (Math.abs(q - Math.rint(q)) > 1e-9 * Math.max(1, q)) {
            throw doc.error(pointer, "expected a whole multiple of " + of + " ("
                    + new org.receptorsim.units.Duration(step) + "), got " + new org.receptorsim.units.Duration(value));
        }
    }

    /** An error at the field named at the start of a message ("field.sub: problem"), under a base pointer. */
    static ScenarioException fieldError(YamlDocument doc, String base, String message) {
        String m = message == null ? "invalid value" : message;
        int colon = m.indexOf(": ");
        if (colon > 0 && m.substring(0, colon).matches("[A-Za-z0-9_.\\[\\]]+")) {
            String field = m.substring(0, colon).replace('.', '/').replaceAll("\\[(\\d+)]", "/$1");
            String pointer = base + "/" + field;
            JsonNode node = doc.root().at(pointer);
            if (!node.isMissingNode()) {
                return doc.error(pointer, m.substring(colon + 2));
            }
            return doc.error(base, m);
        }
        return doc.error(base, m);
    }
}
