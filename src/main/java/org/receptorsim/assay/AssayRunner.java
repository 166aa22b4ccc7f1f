package org.receptorsim.assay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.receptorsim.model.ArmResult;
import org.receptorsim.model.CellType;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.replicates.ReplicateRunner;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;
import org.receptorsim.simulation.ScenarioRunner;

/**
 * Runs an {@link AssayDesign} on the agent model. Each pathway and ligand becomes one scenario (built as scenario
 * text and resolved by the {@link ScenarioLoader}, so every value is checked as in a scenario file) with one arm per
 * concentration: a drug-free cell, the ligand added at t = 0, read at the pathway's time. Replicate r runs the
 * scenario with replicate index r. Scenario runs are spread over threads; results do not depend on how many.
 */
public final class AssayRunner {

    /** Recording interval of the cAMP assay: cAMP follows the G protein within ~20 s, so the census must be fresh. */
    static final double CAMP_OUTPUT_INTERVAL_SECONDS = 10;

    private final ScenarioLoader loader;
    private final int threads;
    private final AssayNoise noise;
    private final ObjectMapper json = JsonMapper.builder().build();

    /**
     * @param library the ligand and cell library
     * @param threads worker threads (≥ 1)
     */
    public AssayRunner(Library library, int threads) {
        this(library, threads, AssayNoise.NONE);
    }

    /**
     * @param library the ligand and cell library
     * @param threads worker threads (≥ 1)
     * @param noise the assay noise laid over every run's responses
     */
    public AssayRunner(Library library, int threads, AssayNoise noise) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: expected >= 1, got " + threads);
        }
        this.loader = new ScenarioLoader(library);
        this.threads = threads;
        this.noise = noise;
    }

    /** The assay noise laid over the responses. */
    public AssayNoise noise() {
        return noise;
    }

    /** The resolved ligands and cell of a design, checked, without running anything. */
    public Scenario probe(AssayDesign d) {
        Map<String, Object> m = base(d, "assay");
        m.put("ligands", d.ligands().stream().map(AssayLigand::scenarioEntry).toList());
        m.put("duration", seconds(d.dtSeconds()));
        Scenario s = parse("assay design", m);
        for (Ligand l : s.ligands()) {
            if (!l.activatesReceptor() || l.releasesTransmitter()) {
                throw new IllegalArgumentException("ligand '" + l.name() + "' is "
                        + (l.releasesTransmitter() ? "an indirect agonist (it does not bind the receptor)"
                        : "not an agonist (all efficacies 0)") + ": it has no concentration-response");
            }
        }
        return s;
    }

    /**
     * The scenario of one pathway and ligand: one arm per concentration.
     *
     * @param d the design
     * @param pathway the assay
     * @param ligand the ligand
     * @param molar the concentrations
     * @return the resolved scenario (cohort engine)
     */
    public Scenario scenario(AssayDesign d, Pathway pathway, AssayLigand ligand, double[] molar) {
        return scenario(d, pathway, ligand, molar, Double.NaN);
    }

    /**
     * The scenario of one pathway and ligand, recorded at a given interval (to read a cell at several times).
     *
     * @param d the design
     * @param pathway the assay
     * @param ligand the ligand
     * @param molar the concentrations
     * @param outputSeconds the recording interval (a whole multiple of dt), or NaN for the assay's own: the read
     *     time, or {@value #CAMP_OUTPUT_INTERVAL_SECONDS} s for cAMP
     * @return the resolved scenario (cohort engine)
     */
    public Scenario scenario(AssayDesign d, Pathway pathway, AssayLigand ligand, double[] molar,
                             double outputSeconds) {
        Map<String, Object> m = base(d, "assay-" + pathway.id() + "-" + ligand.name());
        if (pathway.membrane()) {
            Map<String, Object> overrides = new LinkedHashMap<>(d.cellOverrides());
            for (String level : List.of("grk23Level", "grk5Level", "arrestin3Level", "arrestin2Level")) {
                overrides.put(level, 0.0);
            }
            m.put("cellOverrides", overrides);
        }
        m.put("description", pathway.label() + " of " + ligand.name() + ", read at "
                + seconds(d.readSeconds(pathway)));
        m.put("ligands", List.of(ligand.scenarioEntry()));
        m.put("forskolin", pathway.forskolin());
        List<Object> arms = new ArrayList<>();
        for (int i = 0; i < molar.length; i++) {
            Map<String, Object> set = Map.of(ligand.name(), molar[i] + " M");
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("at", "0 s");
            step.put("set", set);
            arms.add(Map.of("name", armName(d, pathway, ligand.name(), i),
                    "protocol", Map.of("bath", List.of(step))));
        }
        m.put("arms", arms);
        double read = Math.round(d.readSeconds(pathway) / d.dtSeconds()) * d.dtSeconds();
        m.put("duration", seconds(read));
        double interval = pathway == Pathway.CAMP && read > CAMP_OUTPUT_INTERVAL_SECONDS
                && Math.abs(CAMP_OUTPUT_INTERVAL_SECONDS / d.dtSeconds()
                - Math.rint(CAMP_OUTPUT_INTERVAL_SECONDS / d.dtSeconds())) < 1e-9
                ? CAMP_OUTPUT_INTERVAL_SECONDS : read;
        m.put("outputInterval", seconds(Double.isNaN(outputSeconds) ? interval : outputSeconds));
        return parse("assay " + pathway.id() + " " + ligand.name(), m).withEngine(KineticsEngine.COHORT);
    }

    /** Stream-defining name of the cell of one concentration. */
    static String armName(AssayDesign d, Pathway p, String ligand, int index) {
        return d.tag() + p.id() + "/" + ligand + "/c" + index;
    }

    /**
     * Runs every pathway, ligand, concentration and replicate of a design, read through the runner's assay noise.
     *
     * @param d the design
     * @return the responses
     */
    public AssayData run(AssayDesign d) {
        Scenario probe = probe(d);
        List<Ligand> ligands = probe.ligands();
        CellType cell = probe.arms().get(0).cell();
        record Task(Pathway pathway, String ligand, Scenario scenario, double[] molar, int replicate) {
        }
        List<Task> tasks = new ArrayList<>();
        for (Pathway p : d.pathways()) {
            for (int k = 0; k < d.ligands().size(); k++) {
                AssayLigand l = d.ligands().get(k);
                double[] molar = d.concentrationsFor(ligands.get(k).name(), ligands.get(k).kd().molar());
                Scenario s = scenario(d, p, l, molar);
                for (int r = 0; r < d.replicates(); r++) {
                    tasks.add(new Task(p, ligands.get(k).name(), s, molar, r));
                }
            }
        }
        List<double[]> responses = new ReplicateRunner(threads).runAll(tasks.size(), k -> {
            Task t = tasks.get(k);
            double read = d.readSeconds(t.pathway());
            List<ArmResult> cells = ScenarioRunner.run(t.scenario(), t.replicate());
            double[] out = new double[cells.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = t.pathway().response(cells.get(i), read);
            }
            return out;
        });
        List<ResponseCurve> curves = new ArrayList<>();
        long cells = 0;
        for (int i = 0; i < tasks.size(); i += d.replicates()) {
            Task t = tasks.get(i);
            double[][] rows = new double[d.replicates()][];
            for (int r = 0; r < d.replicates(); r++) {
                rows[r] = responses.get(i + r);
                cells += rows[r].length;
            }
            curves.add(new ResponseCurve(t.pathway(), t.ligand(), t.molar(), rows));
        }
        return noise.apply(new AssayData(d, cell, ligands, curves, cells));
    }

    private Map<String, Object> base(AssayDesign d, String name) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("cell", d.cell());
        if (!d.cellOverrides().isEmpty()) {
            m.put("cellOverrides", d.cellOverrides());
        }
        m.put("dt", seconds(d.dtSeconds()));
        m.put("seed", d.seed());
        return m;
    }

    private Scenario parse(String name, Map<String, Object> scenario) {
        try {
            return loader.parse(name, json.writeValueAsString(scenario));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot build the assay scenario: " + e.getMessage(), e);
        }
    }

    private static String seconds(double s) {
        return s + " s";
    }
}
