package org.receptorsim.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.receptorsim.model.Arrestin;
import org.receptorsim.model.CellSetup;
import org.receptorsim.model.CellSimulation;
import org.receptorsim.model.CellType;
import org.receptorsim.model.ReceptorGenerator;
import org.receptorsim.model.ReceptorRule;
import org.receptorsim.model.ReceptorStateSpace;
import org.receptorsim.meanfield.MeanFieldSolution;
import org.receptorsim.output.RunWriter;
import org.receptorsim.pharmacology.BathProtocol;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.records.Records;
import org.receptorsim.scenario.Arm;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.simulation.CellFactory;
import org.receptorsim.signaling.CascadeParameters;
import org.receptorsim.signaling.CyclaseCascade;
import org.sbml.jsbml.ASTNode;
import org.sbml.jsbml.Compartment;
import org.sbml.jsbml.Event;
import org.sbml.jsbml.KineticLaw;
import org.sbml.jsbml.Model;
import org.sbml.jsbml.Parameter;
import org.sbml.jsbml.Reaction;
import org.sbml.jsbml.SBMLDocument;
import org.sbml.jsbml.SBMLException;
import org.sbml.jsbml.SBMLWriter;
import org.sbml.jsbml.SBase;
import org.sbml.jsbml.Species;
import org.sbml.jsbml.SpeciesReference;
import org.sbml.jsbml.Unit;
import org.sbml.jsbml.UnitDefinition;
import org.sbml.jsbml.text.parser.FormulaParserLL3;
import org.sbml.jsbml.text.parser.ParseException;

/**
 * One arm of a scenario as an SBML Level 3 Version 1 model (core only), written with JSBML:
 * <ul>
 *   <li>one species per chain state of the receptor ({@link ReceptorStateSpace}), as amounts in receptors
 *       ({@code item}); all receptors free at t = 0;</li>
 *   <li>one irreversible mass-action reaction per transition of the generator, reaction by reaction from the
 *       {@link ReceptorRule}s through {@link ReceptorGenerator} (nothing of the rules is restated here), each rate a
 *       named global parameter with its unit; ligand binding as kon·C·R with the bath concentration C a parameter;
 *       zero-order synthesis into the free state;</li>
 *   <li>the bath protocol as events at its change times that set every ligand concentration (piecewise-constant
 *       exposure);</li>
 *   <li>the deterministic signalling cascade ({@link CyclaseCascade}) as rate rules driven by the receptors' mean
 *       G-protein activity: the active fraction of the G-protein pool, the mediator (when its feedback is on), the
 *       cyclase up-regulation (when on) and cAMP, with cAMP relative to the drug-free control as an assignment
 *       rule;</li>
 *   <li>an annotation on every species (its attributes) and every parameter (the cell and ligand values it is made
 *       of, each with its key, value and source from the library).</li>
 * </ul>
 * The species' amounts then follow the mean-field law of the stochastic model ({@link MeanFieldSolution}) exactly;
 * the cascade is the cascade of that mean (the stochastic cell drives it with its own fluctuating activity).
 * Cell-to-cell variability is not exported: the model is the arm's nominal cell.
 */
public final class SbmlExport {

    /** Namespace of the annotations this exporter writes. */
    public static final String NAMESPACE = "urn:receptorsim:sbml:annotation:1";
    private static final int LEVEL = 3;
    private static final int VERSION = 1;

    /** The cell-type and ligand fields each rule's rates are made of (for the annotations). */
    private static final Map<ReceptorRule, List<String>> INPUTS = new LinkedHashMap<>();

    static {
        INPUTS.put(ReceptorRule.LIGAND_BINDING, List.of("ligand.kon"));
        INPUTS.put(ReceptorRule.LIGAND_RELEASE, List.of("ligand.koff"));
        INPUTS.put(ReceptorRule.S375_PHOSPHORYLATION, List.of("cell.grk23Level", "cell.s375Grk23Rate",
                "ligand.grk23Efficacy", "cell.grk5Level", "cell.s375Grk5Rate", "ligand.grk5Efficacy"));
        INPUTS.put(ReceptorRule.CLUSTER_PHOSPHORYLATION, List.of("cell.grk23Level", "cell.clusterGrk23Rate",
                "ligand.grk23Efficacy"));
        INPUTS.put(ReceptorRule.DEPHOSPHORYLATION, List.of("cell.phosphataseLevel", "cell.dephosphorylationRate",
                "cell.boundDephosphorylationFactor"));
        INPUTS.put(ReceptorRule.ARRESTIN_BINDING, List.of("cell.arrestin3Level", "cell.arrestin3BindingRate",
                "cell.arrestin3MinPhosphates", "ligand.arrestin3Efficacy", "cell.arrestin2Level",
                "cell.arrestin2BindingRate", "cell.arrestin2MinPhosphates", "ligand.arrestin2Efficacy",
                "cell.inactiveArrestinAffinity"));
        INPUTS.put(ReceptorRule.ARRESTIN_RELEASE, List.of("cell.arrestinReleaseRate",
                "cell.inactiveArrestinReleaseFactor"));
        INPUTS.put(ReceptorRule.ENDOCYTOSIS, List.of("cell.arrestin3EndocytosisRate",
                "cell.arrestin2EndocytosisRate"));
        INPUTS.put(ReceptorRule.LONG_LIVED_DESENSITIZATION, List.of("cell.desensitizationEntryRate"));
        INPUTS.put(ReceptorRule.RESENSITIZATION, List.of("cell.desensitizationExitRate"));
        INPUTS.put(ReceptorRule.RECYCLING, List.of("cell.recyclingRate"));
        INPUTS.put(ReceptorRule.ENDOSOMAL_DEGRADATION, List.of("cell.endosomalDegradationRate"));
        INPUTS.put(ReceptorRule.BASAL_TURNOVER, List.of("cell.basalTurnoverRate", "cell.turnoverStates"));
    }

    private final Scenario scenario;
    private final Arm arm;
    private final CellSetup setup;
    private final ReceptorStateSpace space;
    private final List<String> ligandIds = new ArrayList<>();
    private final List<String> speciesIds = new ArrayList<>();

    private SbmlExport(Scenario scenario, Arm arm) {
        this.scenario = scenario;
        this.arm = arm;
        this.setup = CellFactory.nominalSetup(scenario, arm);
        this.space = new ReceptorStateSpace(setup.ligands());
        Set<String> used = new HashSet<>();
        for (int i = 0; i < space.ligandCount(); i++) {
            ligandIds.add(unique(sanitize(space.ligands().get(i).name()), used));
        }
        for (int s = 0; s < space.size(); s++) {
            speciesIds.add(unique(speciesId(s), used));
        }
    }

    /**
     * The SBML document of an arm.
     *
     * @param scenario the resolved scenario
     * @param arm one of its arms
     * @return the document
     * @throws IllegalArgumentException if the arm's chain is not linear (see {@link MeanFieldSolution#requireLinear})
     */
    public static SBMLDocument document(Scenario scenario, Arm arm) {
        MeanFieldSolution.requireLinear(scenario, arm);
        return new SbmlExport(scenario, arm).build();
    }

    /**
     * The SBML species id of every chain state, in chain order (what a reader of the file calls each state).
     *
     * @param scenario the resolved scenario
     * @param arm one of its arms
     * @return the ids, indexed by chain state
     */
    public static List<String> speciesIds(Scenario scenario, Arm arm) {
        return List.copyOf(new SbmlExport(scenario, arm).speciesIds);
    }

    /**
     * Writes the SBML of an arm to a new file atomically (a temporary file beside it, linked into place).
     *
     * @param scenario the resolved scenario
     * @param arm one of its arms
     * @param file the file to write
     */
    public static void write(Scenario scenario, Arm arm, Path file) throws IOException {
        SBMLDocument doc = document(scenario, arm);
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + file.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            try (OutputStream out = Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.CREATE_NEW)) {
                new SBMLWriter().write(doc, out);
            }
            // a hard link appears whole and fails if the file exists (another export got there first)
            Files.createLink(file, tmp);
        } catch (XMLStreamException | SBMLException e) {
            throw new IOException(file + ": cannot write SBML: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private SBMLDocument build() {
        SBMLDocument doc = new SBMLDocument(LEVEL, VERSION);
        String id = sanitize(scenario.name() + "_" + arm.name());
        Model m = doc.createModel(id);
        m.setName(scenario.name() + ", arm " + arm.name() + " (ReceptorSim " + RunWriter.VERSION + ")");
        units(m);
        m.setSubstanceUnits("item");
        m.setTimeUnits("second");
        m.setExtentUnits("item");
        Compartment cell = m.createCompartment("cell");
        cell.setConstant(true);
        cell.setSpatialDimensions(3);
        cell.setSize(1);
        cell.setUnits("dimensionless");
        cell.setName(setup.cell().name() + " (one cell; receptors are counted as amounts)");
        annotate(cell, "<rs:cell name=\"" + xml(setup.cell().name()) + "\"/>");
        species(m);
        ligandParameters(m);
        reactions(m);
        events(m);
        cascade(m);
        return doc;
    }

    private static void units(Model m) {
        unit(m, "per_second", new Unit(1, 0, Unit.Kind.SECOND, -1, LEVEL, VERSION));
        unit(m, "molar", new Unit(1, 0, Unit.Kind.MOLE, 1, LEVEL, VERSION),
                new Unit(1, 0, Unit.Kind.LITRE, -1, LEVEL, VERSION));
        unit(m, "per_molar_per_second", new Unit(1, 0, Unit.Kind.MOLE, -1, LEVEL, VERSION),
                new Unit(1, 0, Unit.Kind.LITRE, 1, LEVEL, VERSION),
                new Unit(1, 0, Unit.Kind.SECOND, -1, LEVEL, VERSION));
        unit(m, "item_per_second", new Unit(1, 0, Unit.Kind.ITEM, 1, LEVEL, VERSION),
                new Unit(1, 0, Unit.Kind.SECOND, -1, LEVEL, VERSION));
        unit(m, "per_item_per_second", new Unit(1, 0, Unit.Kind.ITEM, -1, LEVEL, VERSION),
                new Unit(1, 0, Unit.Kind.SECOND, -1, LEVEL, VERSION));
    }

    private static void unit(Model m, String id, Unit... parts) {
        UnitDefinition d = m.createUnitDefinition(id);
        for (Unit u : parts) {
            d.addUnit(u);
        }
    }

    private void species(Model m) {
        for (int s = 0; s < space.size(); s++) {
            Species sp = m.createSpecies(speciesIds.get(s));
            sp.setName(space.label(s));
            sp.setCompartment("cell");
            sp.setInitialAmount(s == ReceptorStateSpace.FREE ? setup.cell().receptorCount() : 0);
            sp.setHasOnlySubstanceUnits(true);
            sp.setBoundaryCondition(false);
            sp.setConstant(false);
            sp.setSubstanceUnits("item");
            int l = space.ligandIndex(s);
            annotate(sp, String.format(Locale.ROOT, "<rs:chainState index=\"%d\" publicState=\"%s\" location=\"%s\""
                            + " ligand=\"%s\" barcode=\"%s\" arrestin=\"%s\" longLivedDesensitized=\"%b\"/>", s,
                    space.publicState(s).name(), s == ReceptorStateSpace.INTERNALIZED ? "endosome"
                            : s == ReceptorStateSpace.DEGRADED ? "lysosome" : "surface",
                    l < 0 ? "none" : xml(space.ligands().get(l).name()), space.barcode(s),
                    arrestinName(space.arrestin(s)), space.desensitized(s)));
        }
    }

    private void ligandParameters(Model m) {
        double[] c0 = new double[space.ligandCount()];
        BathProtocol bath = arm.bath(scenario.ligands());
        bath.concentrationsAt(0, c0);
        for (int i = 0; i < space.ligandCount(); i++) {
            Ligand l = space.ligands().get(i);
            Parameter c = parameter(m, "C_" + ligandIds.get(i), c0[i], "molar", false);
            c.setName("concentration of " + l.name() + " in the bath");
            annotate(c, "<rs:value key=\"protocol.bath." + xml(l.name()) + "\" source=\"scenario "
                    + xml(scenario.file()) + "\"/>");
        }
    }

    private void reactions(Model m) {
        for (ReceptorRule rule : ReceptorRule.values()) {
            if (rule == ReceptorRule.LIGAND_BINDING) {
                binding(m);
                continue;
            }
            double[][] q = ReceptorGenerator.build(space, setup.cell(), new double[space.ligandCount()],
                    EnumSet.of(rule));
            List<Double> distinct = new ArrayList<>();
            for (int s = 0; s < space.size(); s++) {
                for (int t = 0; t < space.size(); t++) {
                    if (s != t && q[s][t] > 0 && !distinct.contains(q[s][t])) {
                        distinct.add(q[s][t]);
                    }
                }
            }
            Map<Double, String> names = new LinkedHashMap<>();
            for (int s = 0; s < space.size(); s++) {
                for (int t = 0; t < space.size(); t++) {
                    if (s == t || q[s][t] <= 0) {
                        continue;
                    }
                    double rate = q[s][t];
                    int from = s;
                    String k = names.computeIfAbsent(rate, r -> rateParameter(m, rule, from, r,
                            distinct.size() == 1 ? "" : "_" + (distinct.indexOf(r) + 1)));
                    reaction(m, rule.name() + "__" + speciesIds.get(s) + "__" + speciesIds.get(t), rule.name()
                            + ": " + space.label(s) + " -> " + space.label(t), s, t, k + " * " + speciesIds.get(s));
                }
            }
        }
        double synthesis = ReceptorGenerator.synthesisPerSecond(space, setup.cell());
        Parameter k = parameter(m, "k_SYNTHESIS", synthesis, "item_per_second", true);
        k.setName("zero-order synthesis that holds the drug-free cell at its receptor number");
        annotate(k, "<rs:rate rule=\"SYNTHESIS\" derivation=\"drug-free steady state of the chain "
                + "(ReceptorGenerator.synthesisPerSecond)\">" + inputs(List.of("cell.receptorCount",
                "cell.basalTurnoverRate", "cell.turnoverStates"), null) + "</rs:rate>");
        reaction(m, "SYNTHESIS", "SYNTHESIS: -> " + space.label(ReceptorStateSpace.FREE), -1,
                ReceptorStateSpace.FREE, "k_SYNTHESIS");
    }

    /** Binding of each ligand: kon from the generator at 1 M of that ligand alone. */
    private void binding(Model m) {
        for (int i = 0; i < space.ligandCount(); i++) {
            double[] unit = new double[space.ligandCount()];
            unit[i] = 1.0;
            double[][] q = ReceptorGenerator.build(space, setup.cell(), unit, EnumSet.of(ReceptorRule.LIGAND_BINDING));
            Ligand l = space.ligands().get(i);
            String kon = "kon_" + ligandIds.get(i);
            boolean declared = false;
            for (int s = 0; s < space.size(); s++) {
                for (int t = 0; t < space.size(); t++) {
                    if (s == t || q[s][t] <= 0) {
                        continue;
                    }
                    if (!declared) {
                        Parameter p = parameter(m, kon, q[s][t], "per_molar_per_second", true);
                        p.setName("association rate constant of " + l.name());
                        annotate(p, "<rs:rate rule=\"LIGAND_BINDING\">" + inputs(INPUTS.get(ReceptorRule
                                .LIGAND_BINDING), l) + "</rs:rate>");
                        declared = true;
                    }
                    reaction(m, "LIGAND_BINDING__" + speciesIds.get(s) + "__" + speciesIds.get(t),
                            "LIGAND_BINDING: " + space.label(s) + " -> " + space.label(t), s, t,
                            kon + " * C_" + ligandIds.get(i) + " * " + speciesIds.get(s));
                }
            }
        }
    }

    private String rateParameter(Model m, ReceptorRule rule, int from, double rate, String suffix) {
        int l = space.ligandIndex(from);
        Ligand held = l >= 0 ? space.ligands().get(l) : null;
        String id = rule == ReceptorRule.LIGAND_RELEASE ? "koff_" + ligandIds.get(l) : "k_" + rule.name() + suffix;
        Parameter p = parameter(m, id, rate, "per_second", true);
        p.setName(rule.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " rate"
                + (suffix.isEmpty() ? "" : ", first from " + space.label(from)));
        annotate(p, "<rs:rate rule=\"" + rule.name() + "\" firstFrom=\"" + xml(space.label(from)) + "\">"
                + inputs(INPUTS.get(rule), usesLigand(rule) ? held : null) + "</rs:rate>");
        return id;
    }

    private static boolean usesLigand(ReceptorRule rule) {
        return INPUTS.get(rule).stream().anyMatch(k -> k.startsWith("ligand."));
    }

    private void reaction(Model m, String id, String name, int from, int to, String law) {
        Reaction r = m.createReaction(sanitize(id));
        r.setName(name);
        r.setReversible(false);
        r.setFast(false);
        if (from >= 0) {
            SpeciesReference in = r.createReactant(m.getSpecies(speciesIds.get(from)));
            in.setStoichiometry(1);
            in.setConstant(true);
        }
        SpeciesReference out = r.createProduct(m.getSpecies(speciesIds.get(to)));
        out.setStoichiometry(1);
        out.setConstant(true);
        KineticLaw k = r.createKineticLaw();
        k.setMath(math(law));
    }

    /** One event per change of the bath after t = 0, setting every ligand's concentration. */
    private void events(Model m) {
        BathProtocol bath = arm.bath(scenario.ligands());
        double[] c = new double[space.ligandCount()];
        List<Double> times = new ArrayList<>();
        for (BathProtocol.Change change : bath.changes()) {
            double t = change.timeSeconds();
            if (t > 0 && !times.contains(t) && t < setup.durationSeconds()) {
                times.add(t);
            }
        }
        int k = 0;
        for (double t : times) {
            bath.concentrationsAt(t, c);
            Event e = m.createEvent("bath_change_" + (++k));
            e.setName("bath change at " + RunWriter.fmt(t) + " s");
            e.setUseValuesFromTriggerTime(true);
            org.sbml.jsbml.Trigger trigger = e.createTrigger(false, true, math("time >= " + number(t), "second"));
            trigger.setInitialValue(false);
            trigger.setPersistent(true);
            for (int i = 0; i < c.length; i++) {
                e.createEventAssignment("C_" + ligandIds.get(i), math(number(c[i]), "molar"));
            }
        }
    }

    /** The cyclase cascade as rate rules driven by the receptors' G-protein activity. */
    private void cascade(Model m) {
        CellType cell = setup.cell();
        CascadeParameters p = CellSimulation.cascadeParameters(cell);
        CyclaseCascade reference = new CyclaseCascade(p, setup.adaptations(), setup.forskolinAssay());
        double g0 = reference.steadyActiveFraction(p.basalActiveReceptors());
        double forskolin = setup.forskolinAssay() ? p.forskolinStimulation() : 1.0;
        double control = forskolin * (1 - reference.inhibition(g0));
        double[] activity = CellSimulation.activityByState(space, cell);
        List<String> activeTerms = new ArrayList<>();
        for (int s = 0; s < space.size(); s++) {
            if (activity[s] > 0) {
                String a = "activity_" + speciesIds.get(s);
                Parameter ap = parameter(m, a, activity[s], "dimensionless", true);
                ap.setName("G-protein activity of one receptor in " + space.label(s));
                int l = space.ligandIndex(s);
                annotate(ap, "<rs:rate rule=\"G_PROTEIN_ACTIVITY\">" + inputs(List.of("cell.constitutiveActivity",
                        "ligand.gProteinEfficacy", "cell.phosphorylatedCoupling"), l >= 0 ? space.ligands().get(l)
                        : null) + "</rs:rate>");
                activeTerms.add(a + " * " + speciesIds.get(s));
            }
        }
        Parameter rStar = parameter(m, "activeReceptors", 0, "item", false);
        rStar.setName("active-receptor equivalents R*");
        assignmentRule(m, rStar, math(activeTerms.isEmpty() ? "0" : String.join(" + ", activeTerms)));
        cascadeValue(m, "ka", p.activationPerReceptorPerSecond() / p.gProteinCount(), "per_item_per_second",
                "G-protein activation per active receptor, per G protein", "cell.gProteinActivationRate",
                "cell.gProteinsPerReceptor", "cell.receptorCount");
        cascadeValue(m, "kh", p.gtpasePerSecond(), "per_second", "GTP hydrolysis, intrinsic plus RGS",
                "cell.gtpHydrolysisRate", "cell.rgsHydrolysisRate", "cell.rgsLevel");
        cascadeValue(m, "GT", p.gProteinCount(), "item", "G-protein heterotrimers", "cell.gProteinsPerReceptor",
                "cell.receptorCount");
        cascadeValue(m, "KAC", p.cyclaseHalfInhibitionGProteins(), "item",
                "active G alpha giving half-maximal cyclase inhibition", "cell.cyclaseHalfInhibitionPerReceptor",
                "cell.receptorCount");
        cascadeValue(m, "Imax", p.cyclaseInhibitionMax(), "dimensionless", "largest cyclase inhibition",
                "cell.cyclaseInhibitionMax");
        cascadeValue(m, "kPDE", p.phosphodiesterasePerSecond(), "per_second", "cAMP hydrolysis",
                "cell.phosphodiesteraseRate");
        cascadeValue(m, "forskolin", forskolin, "dimensionless", "cyclase stimulation of the assay",
                "cell.forskolinStimulation", "scenario.forskolin");
        cascadeValue(m, "cAMPControl", control, "dimensionless",
                "drug-free cAMP of the assay (cyclase activity at the constitutive activity)",
                "cell.constitutiveActivity", "cell.receptorCount");
        state(m, "gProteinActivation", g0, "fraction of the G-protein pool active");
        rateRule(m, "gProteinActivation",
                math("ka * activeReceptors * (1 - gProteinActivation) - kh * gProteinActivation"));
        String effect = "gProteinActivation";
        if (setup.adaptations().mediatorFeedback()) {
            cascadeValue(m, "beta", p.mediatorStrength(), "dimensionless", "mediator strength",
                    "cell.mediatorStrength");
            cascadeValue(m, "kMediatorProduction", p.mediatorProductionPerSecond(), "per_second",
                    "mediator production per unit effect", "cell.mediatorProductionRate");
            cascadeValue(m, "kMediatorClearance", p.mediatorClearancePerSecond(), "per_second",
                    "mediator clearance", "cell.mediatorClearanceRate");
            state(m, "mediator", 0, "negative-feedback mediator M");
            Parameter e = parameter(m, "effect", g0, "dimensionless", false);
            e.setName("observed effect E = g/(1 + beta M)");
            assignmentRule(m, e, math("gProteinActivation / (1 + beta * mediator)"));
            rateRule(m, "mediator",
                    math("kMediatorProduction * effect - kMediatorClearance * mediator"));
            effect = "effect";
        }
        String upregulation = "1";
        if (setup.adaptations().cyclaseSuperactivation()) {
            cascadeValue(m, "kU", p.upregulationPerSecond(), "per_second", "cyclase up-regulation rate",
                    "cell.cyclaseUpregulationRate");
            cascadeValue(m, "Umax", p.upregulationMax(), "dimensionless", "largest cyclase up-regulation",
                    "cell.cyclaseUpregulationMax");
            state(m, "cyclaseUpregulation", 1, "cyclase up-regulation U");
            rateRule(m, "cyclaseUpregulation", math("kU * (1 + (Umax - 1) * piecewise(1 - cAMP"
                    + " / cAMPControl, cAMP < cAMPControl, 0) - cyclaseUpregulation)"));
            upregulation = "cyclaseUpregulation";
        }
        state(m, "cAMP", control, "cAMP (cyclase activity units)");
        rateRule(m, "cAMP", math("kPDE * (forskolin * " + upregulation + " * (1 - Imax * "
                + effect + " * GT / (" + effect + " * GT + KAC)) - cAMP)"));
        Parameter rel = parameter(m, "cAMPRelative", 1, "dimensionless", false);
        rel.setName("cAMP relative to the drug-free control");
        assignmentRule(m, rel, math("cAMP / cAMPControl"));
    }

    private void cascadeValue(Model m, String id, double value, String units, String name, String... keys) {
        Parameter p = parameter(m, id, value, units, true);
        p.setName(name);
        annotate(p, "<rs:value>" + inputs(List.of(keys), null) + "</rs:value>");
    }

    private static void state(Model m, String id, double initial, String name) {
        Parameter p = parameter(m, id, initial, "dimensionless", false);
        p.setName(name);
    }

    private static void assignmentRule(Model m, Parameter variable, ASTNode formula) {
        org.sbml.jsbml.AssignmentRule r = m.createAssignmentRule();
        r.setVariable(variable);
        r.setMath(formula);
    }

    private static void rateRule(Model m, String variable, ASTNode formula) {
        org.sbml.jsbml.RateRule r = m.createRateRule();
        r.setVariable(variable);
        r.setMath(formula);
    }

    private static Parameter parameter(Model m, String id, double value, String units, boolean constant) {
        Parameter p = m.createParameter(id);
        p.setValue(value);
        p.setUnits(units);
        p.setConstant(constant);
        return p;
    }

    /** The inputs of a value: key, value and source of each cell or ligand field. */
    private String inputs(List<String> keys, Ligand ligand) {
        StringBuilder b = new StringBuilder();
        CellType cell = setup.cell();
        for (String key : keys) {
            String field = key.substring(key.indexOf('.') + 1);
            String owner;
            Object value;
            String source;
            if (key.startsWith("cell.")) {
                owner = "cell." + cell.name() + "." + field;
                value = Records.get(cell, field);
                source = cell.sources().getOrDefault(field, "assumed");
            } else if (key.startsWith("ligand.")) {
                if (ligand == null) {
                    continue;
                }
                owner = "ligand." + ligand.name() + "." + field;
                value = Records.get(ligand, field);
                source = ligand.sources().getOrDefault(field, "assumed");
            } else {
                owner = key;
                value = key.equals("scenario.forskolin") ? setup.forskolinAssay() : "";
                source = "scenario " + scenario.file();
            }
            b.append("<rs:input key=\"").append(xml(owner)).append("\" value=\"").append(xml(String.valueOf(value)))
                    .append("\" source=\"").append(xml(source)).append("\"/>");
        }
        return b.toString();
    }

    private static void annotate(SBase element, String content) {
        try {
            element.getAnnotation().appendNonRDFAnnotation("<rs:receptorsim xmlns:rs=\"" + NAMESPACE + "\">"
                    + content + "</rs:receptorsim>");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("annotation is not well-formed XML: " + content, e);
        }
    }

    /** Parses a formula; its literal numbers are dimensionless. */
    private static ASTNode math(String formula) {
        return math(formula, "dimensionless");
    }

    /** Parses a formula and gives its literal numbers a unit. */
    private static ASTNode math(String formula, String numberUnits) {
        try {
            ASTNode node = ASTNode.parseFormula(formula, new FormulaParserLL3(new StringReader("")));
            setNumberUnits(node, numberUnits);
            return node;
        } catch (ParseException e) {
            throw new IllegalStateException("formula does not parse: " + formula, e);
        }
    }

    private static void setNumberUnits(ASTNode node, String units) {
        if (node.isNumber()) {
            node.setUnits(units);
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            setNumberUnits(node.getChild(i), units);
        }
    }

    private static String number(double v) {
        return Double.toString(v).replace("E", "e");
    }

    private String speciesId(int s) {
        if (s == ReceptorStateSpace.INTERNALIZED) {
            return "R_endosome";
        }
        if (s == ReceptorStateSpace.DEGRADED) {
            return "R_lysosome";
        }
        int l = space.ligandIndex(s);
        String variant = space.desensitized(s) ? "_D" : space.arrestin(s) == Arrestin.ARRESTIN_3 ? "_arr3"
                : space.arrestin(s) == Arrestin.ARRESTIN_2 ? "_arr2" : "";
        return "R_" + (l < 0 ? "free" : ligandIds.get(l)) + "_p" + space.phosphates(s) + variant;
    }

    private static String arrestinName(Arrestin a) {
        return a == Arrestin.ARRESTIN_3 ? "arrestin-3" : a == Arrestin.ARRESTIN_2 ? "arrestin-2" : "none";
    }

    /** An SBML identifier from a name: letters, digits and underscores, not starting with a digit. */
    static String sanitize(String name) {
        String s = name.replaceAll("[^A-Za-z0-9_]", "_");
        return s.isEmpty() || Character.isDigit(s.charAt(0)) ? "_" + s : s;
    }

    private static String unique(String id, Set<String> used) {
        String u = id;
        for (int k = 2; !used.add(u); k++) {
            u = id + "_" + k;
        }
        return u;
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
