package org.receptorsim.organism.cell;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.receptorsim.model.CellSetup;
import org.receptorsim.model.CellSimulation;
import org.receptorsim.model.CellSnapshot;
import org.receptorsim.model.SignalReadouts;
import org.receptorsim.pharmacology.Exposure;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioException;
import org.receptorsim.scenario.ScenarioLoader;
import org.receptorsim.scenario.Yaml;

/**
 * Drives simulated cells for the organism, through the public running API only: a one-arm cell scenario (library
 * cell type, its overrides, the drug's ligand, cohort engine) is written as YAML and resolved by the
 * {@link ScenarioLoader}, its arm's setup gets an exposure that holds each organism step's average concentration,
 * the cell runs as a {@link CellSimulation}, and its G-protein activation, effect and cAMP ({@link SignalReadouts})
 * are read from the recorded snapshots, one per organism step. Nothing else of the cell model is used:
 * after a rewrite of the model core only this class needs re-pointing.
 *
 * <p>The exposure is constant within each organism step, so the cohort engine takes one exact long step per
 * organism step. Cells draw from streams named {@code <prefix>/...} of the master seed, so results depend only on
 * the seed, the prefix and the replicate.
 */
public final class CellCircuitAdapter {

    private CellCircuitAdapter() {
    }

    /**
     * The simulated cells of one circuit.
     *
     * @param cellType library cell type name
     * @param cellOverrides cell parameters overriding the library's, as a YAML mapping (or null)
     * @param adaptations the cell scenario's {@code adaptations} switches, as a YAML mapping (or null for defaults)
     * @param receptorsPerCell simulated receptors per cell (≥ 1; responses are per receptor fraction)
     * @param cells cells whose mean is the circuit's signal (≥ 1)
     * @param cellDtSeconds the cells' time step (seconds; divides the organism step)
     * @param library the cell library the cell type is looked up in (the bundled one, or with a user's files)
     */
    public record Population(String cellType, JsonNode cellOverrides, JsonNode adaptations, int receptorsPerCell,
                            int cells, double cellDtSeconds, Library library) {

        /** A population of a bundled cell type. */
        public Population(String cellType, JsonNode cellOverrides, JsonNode adaptations, int receptorsPerCell,
                          int cells, double cellDtSeconds) {
            this(cellType, cellOverrides, adaptations, receptorsPerCell, cells, cellDtSeconds, Library.bundled());
        }

        /** Checks the counts. */
        public Population {
            if (receptorsPerCell < 1) {
                throw new IllegalArgumentException("receptors: expected a whole number >= 1, got "
                        + receptorsPerCell);
            }
            if (cells < 1) {
                throw new IllegalArgumentException("cells: expected a whole number >= 1, got " + cells);
            }
            if (!(cellDtSeconds > 0) || Double.isInfinite(cellDtSeconds)) {
                throw new IllegalArgumentException("cellDt: expected a time > 0, got " + cellDtSeconds + " s");
            }
            java.util.Objects.requireNonNull(library, "library");
        }
    }

    /**
     * Readouts sampled at the organism's grid t_0..t_N (t_0 = 0, the drug-free start).
     *
     * @param gProteinActivation fraction of the G-protein pool active ({@link SignalReadouts#gProteinActiveFraction()})
     *     above the drug-free (constitutive) level of the cell
     * @param effect the observed effect ({@link SignalReadouts#effectFraction()}) above the drug-free level
     * @param cAMPRelative cAMP relative to the drug-free control ({@link SignalReadouts#cAMPRelative()})
     */
    public record Readouts(double[] gProteinActivation, double[] effect, double[] cAMPRelative) {

        /** The mean of several cells' readouts, point by point. */
        public static Readouts mean(List<Readouts> cells) {
            if (cells.isEmpty()) {
                throw new IllegalArgumentException("cells: expected at least one cell's readouts");
            }
            int n = cells.get(0).gProteinActivation().length;
            double[] g = new double[n];
            double[] e = new double[n];
            double[] c = new double[n];
            for (Readouts r : cells) {
                for (int i = 0; i < n; i++) {
                    g[i] += r.gProteinActivation()[i] / cells.size();
                    e[i] += r.effect()[i] / cells.size();
                    c[i] += r.cAMPRelative()[i] / cells.size();
                }
            }
            return new Readouts(g, e, c);
        }
    }

    /**
     * Checks that a population can be built for a ligand and an organism step, without running it.
     *
     * @param population the cells
     * @param ligands the dosed ligands (the drug, then an antagonist given against it if any): each its library
     *     name, or a definition overriding library values (a mapping with {@code name})
     * @param stepSeconds the organism step (seconds)
     * @throws IllegalArgumentException "field: problem", the field relative to the population's mapping
     *     ({@code cell}, {@code cellOverrides.X}, {@code adaptations.X}, {@code cellDt}), or {@code ligand}
     */
    public static void check(Population population, List<JsonNode> ligands, double stepSeconds) {
        scenario(population, ligands, stepSeconds, stepSeconds);
    }

    /**
     * Runs one cell of a population through an exposure given per organism step.
     *
     * @param population the cells
     * @param ligands the dosed ligands: library names or definitions (see {@link #check})
     * @param stepAverageMolar per ligand (first index, in the order of {@code ligands}), its concentration at the
     *     cell over each step [t_n, t_{n+1}), n = 0..N−1 (molar)
     * @param stepSeconds the organism step Δ (seconds)
     * @param seed master seed
     * @param streamPrefix names this population's streams, e.g. {@code "arm:chronic/circuit:analgesia"}
     * @param replicate the cell's index within the population (its stream index)
     * @return the cell's readouts at t_0..t_N
     */
    public static Readouts runCell(Population population, List<JsonNode> ligands, double[][] stepAverageMolar,
                                   double stepSeconds, long seed, String streamPrefix, int replicate) {
        if (stepAverageMolar.length != ligands.size()) {
            throw new IllegalArgumentException("expected a concentration course per ligand, got "
                    + stepAverageMolar.length + " for " + ligands.size());
        }
        int steps = stepAverageMolar[0].length;
        Scenario s = scenario(population, ligands, stepSeconds, steps * stepSeconds);
        CellSetup setup = org.receptorsim.simulation.CellFactory.setup(s, s.arms().get(0), replicate)
                .withExposure(new StepwiseExposure(stepAverageMolar, stepSeconds));
        CellSimulation cell = org.receptorsim.simulation.CellFactory.cell(setup, seed, streamPrefix, replicate);
        List<CellSnapshot> snapshots = cell.run();
        double[] g = new double[steps + 1];
        double[] e = new double[steps + 1];
        double[] c = new double[steps + 1];
        int k = 0;
        for (CellSnapshot snap : snapshots) {
            double q = snap.timeSeconds() / stepSeconds;
            long n = Math.round(q);
            if (Math.abs(q - n) > 1e-6 || n != k || k > steps) {
                throw new IllegalStateException("cell recorded at " + snap.timeSeconds() + " s, expected "
                        + k * stepSeconds + " s");
            }
            // agonist-driven activation: above the drug-free (constitutive) level the cell starts at
            SignalReadouts now = snap.readouts();
            SignalReadouts start = snapshots.get(0).readouts();
            g[k] = now.gProteinActiveFraction() - start.gProteinActiveFraction();
            e[k] = now.effectFraction() - start.effectFraction();
            c[k] = now.cAMPRelative();
            k++;
        }
        if (k != steps + 1) {
            throw new IllegalStateException("cell recorded " + k + " times, expected " + (steps + 1));
        }
        return new Readouts(g, e, c);
    }

    /**
     * The population with its cells' homeostatic set point raised by a gain: the cyclase up-regulation ceiling U_max
     * of the cell type (after the population's overrides) becomes 1 + A·(U_max − 1), passed down as a cell override.
     * The rate of the up-regulation is unchanged; with the ceiling, the up-regulation toward it is faster in
     * absolute terms.
     *
     * @param population the cells
     * @param ligand the dosed ligand (see {@link #check})
     * @param stepSeconds the organism step (seconds)
     * @param gain A (≥ 0; 1 leaves the population as it is)
     * @return the population with the raised set point
     */
    public static Population withCyclaseSetPointGain(Population population, JsonNode ligand, double stepSeconds,
                                                     double gain) {
        if (!(gain >= 0) || Double.isInfinite(gain)) {
            throw new IllegalArgumentException("set-point gain: expected a number >= 0, got " + gain);
        }
        if (gain == 1) {
            return population;
        }
        Scenario s = scenario(population, List.of(ligand), stepSeconds, stepSeconds);
        double ceiling = org.receptorsim.simulation.CellFactory.nominalSetup(s, s.arms().get(0)).cell()
                .cyclaseUpregulationMax();
        ObjectNode overrides = Yaml.yamlMapper().createObjectNode();
        if (population.cellOverrides() != null && population.cellOverrides().isObject()) {
            overrides.setAll((ObjectNode) population.cellOverrides().deepCopy());
        }
        overrides.put(CYCLASE_CEILING, 1 + gain * (ceiling - 1));
        return new Population(population.cellType(), overrides, population.adaptations(),
                population.receptorsPerCell(), population.cells(), population.cellDtSeconds(), population.library());
    }

    /** The cell parameter of the cyclase up-regulation ceiling U_max. */
    private static final String CYCLASE_CEILING = "cyclaseUpregulationMax";

    /** The one-arm cell scenario of a population, resolved against its library. */
    private static Scenario scenario(Population p, List<JsonNode> ligands, double stepSeconds,
                                     double durationSeconds) {
        ObjectMapper mapper = Yaml.yamlMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("name", "organism-circuit");
        root.put("cell", p.cellType());
        ObjectNode overrides = mapper.createObjectNode();
        if (p.cellOverrides() != null && !p.cellOverrides().isNull()) {
            if (!p.cellOverrides().isObject()) {
                throw new IllegalArgumentException("cellOverrides: expected a mapping of cell parameters");
            }
            if (p.cellOverrides().has("receptorCount")) {
                throw new IllegalArgumentException("cellOverrides.receptorCount: set the receptors per cell with"
                        + " 'receptors' instead");
            }
            overrides.setAll((ObjectNode) p.cellOverrides());
        }
        overrides.put("receptorCount", p.receptorsPerCell());
        root.set("cellOverrides", overrides);
        if (p.adaptations() != null && !p.adaptations().isNull()) {
            root.set("adaptations", p.adaptations());
        }
        root.putArray("ligands").addAll(ligands);
        root.put("duration", seconds(durationSeconds));
        root.put("dt", seconds(p.cellDtSeconds()));
        root.put("outputInterval", seconds(stepSeconds));
        root.put("engine", "cohort");
        String text;
        try {
            text = mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        try {
            return new ScenarioLoader(p.library()).parse("circuit.yaml", text);
        } catch (ScenarioException e) {
            if (e.field().startsWith("ligands")) {
                throw new IllegalArgumentException("ligand: " + e.problem(), e);
            }
            String field = switch (e.field()) {
                case "dt" -> "cellDt";
                case "outputInterval", "duration" -> "cellDt";
                default -> e.field();
            };
            String problem = e.field().equals("outputInterval") || e.field().equals("duration")
                    ? "expected a time that divides the organism step (" + seconds(stepSeconds) + "): "
                    + e.problem() : e.problem();
            throw new IllegalArgumentException((field.isEmpty() ? "cell" : field) + ": " + problem, e);
        }
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.9g s", s).replaceAll("\\.?0+ s$", " s");
    }

    /** The concentrations held over each organism step; constant until the next step boundary. */
    private static final class StepwiseExposure implements Exposure {

        private final double[][] molar;
        private final double step;

        StepwiseExposure(double[][] molar, double step) {
            this.molar = new double[molar.length][];
            for (int j = 0; j < molar.length; j++) {
                this.molar[j] = molar[j].clone();
            }
            this.step = step;
        }

        private int stepIndex(double t) {
            int n = (int) Math.floor(t / step + 1e-9);
            return Math.max(0, Math.min(molar[0].length - 1, n));
        }

        @Override
        public void concentrationsAt(double timeSeconds, double[] out) {
            int n = stepIndex(timeSeconds);
            for (int j = 0; j < molar.length; j++) {
                out[j] = molar[j][n];
            }
        }

        @Override
        public double constantUntil(double timeSeconds) {
            return (stepIndex(timeSeconds) + 1) * step;
        }
    }
}
