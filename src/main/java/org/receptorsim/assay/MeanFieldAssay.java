package org.receptorsim.assay;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.receptorsim.model.CellSetup;
import org.receptorsim.model.MeanFieldCell;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.scenario.Arm;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.simulation.CellFactory;

/**
 * The expected responses of the simulated assays: the same assay cells as {@link AssayRunner} (the scenario of a
 * pathway and ligand, one arm per concentration, built and checked by it), each run by the mean-field law of the
 * agent model ({@link MeanFieldCell}) instead of as stochastic agents, and read by the same
 * {@link Pathway#response(CellReadouts, double)}. The responses are smooth functions of the ligand's and the
 * cell's parameters, so they can be fitted by gradient methods; for thousands of receptors per cell they are the
 * agent cells' mean response.
 */
public final class MeanFieldAssay {

    /** Assay cells kept for reuse (their scenarios take long to build and check; only the ligand changes). */
    private static final int CACHE_SIZE = 64;

    private final AssayRunner runner;
    private final Map<String, List<CellSetup>> cells = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<CellSetup>> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    /** @param library the ligand and cell library */
    public MeanFieldAssay(Library library) {
        this.runner = new AssayRunner(library, 1);
    }

    /**
     * Expected responses of one ligand in one assay at several concentrations and read times.
     *
     * @param cell library cell type
     * @param cellOverrides cell parameters overriding the library's (scenario {@code cellOverrides} format)
     * @param pathway the assay
     * @param ligand the complete ligand (an agonist that binds the receptor)
     * @param molar the concentrations (molar, &gt; 0)
     * @param readSeconds the read times (seconds after the agonist is added, whole seconds ≥ 1)
     * @return the responses in percent, {@code [concentration][read time]}
     * @throws IllegalArgumentException if the ligand or cell is not valid (the message names the field)
     */
    public double[][] responses(String cell, Map<String, Object> cellOverrides, Pathway pathway, Ligand ligand,
                                double[] molar, double[] readSeconds) {
        List<MeanFieldCell.Course> courses = courses(cell, cellOverrides, pathway, ligand, molar, max(readSeconds),
                commonDivisor(readSeconds));
        double[][] out = new double[molar.length][readSeconds.length];
        for (int i = 0; i < molar.length; i++) {
            CellReadouts r = CellReadouts.of(courses.get(i));
            for (int j = 0; j < readSeconds.length; j++) {
                out[i][j] = pathway.response(r, readSeconds[j]);
            }
        }
        return out;
    }

    /**
     * The expected course of every assay cell of a concentration series up to a time.
     *
     * @param cell library cell type
     * @param cellOverrides cell parameters overriding the library's
     * @param pathway the assay
     * @param ligand the complete ligand
     * @param molar the concentrations (molar, &gt; 0)
     * @param untilSeconds how long to follow each cell (whole seconds ≥ 1)
     * @param everySeconds the recording interval (whole seconds ≥ 1)
     * @return one course per concentration
     */
    public List<MeanFieldCell.Course> courses(String cell, Map<String, Object> cellOverrides, Pathway pathway,
                                             Ligand ligand, double[] molar, double untilSeconds,
                                             double everySeconds) {
        String key = cell + "|" + new java.util.TreeMap<>(cellOverrides) + "|" + pathway + "|" + ligand.name() + "|"
                + Arrays.toString(molar) + "|" + untilSeconds + "|" + everySeconds;
        List<CellSetup> setups = cells.get(key);
        if (setups == null) {
            AssayLigand defined = AssayLigand.defined(definition(ligand));
            AssayDesign design = new AssayDesign(cell, cellOverrides, List.of(defined), List.of(pathway),
                    Map.of(pathway, untilSeconds), Map.of(), AssayDesign.DEFAULT_POINTS, 3, 2, 1, 1, "", 1.0);
            Scenario scenario = runner.scenario(design, pathway, defined, molar, everySeconds);
            List<CellSetup> built = new ArrayList<>();
            for (Arm arm : scenario.arms()) {
                built.add(CellFactory.setup(scenario, arm, 0));
            }
            setups = List.copyOf(built);
            cells.put(key, setups);
        }
        List<MeanFieldCell.Course> out = new ArrayList<>();
        for (CellSetup s : setups) {
            out.add(MeanFieldCell.run(new CellSetup(s.cell(), List.of(ligand), s.exposure(), s.adaptations(),
                    s.forskolinAssay(), s.challenges(), s.engine(), s.dtSeconds(), s.outputIntervalSeconds(),
                    s.durationSeconds())));
        }
        return out;
    }

    /** A complete, reversible ligand as a scenario definition (kd and koff with their units, the efficacies). */
    static Map<String, Object> definition(Ligand l) {
        if (l.isIrreversible() || l.releasesTransmitter()) {
            throw new IllegalArgumentException("ligand '" + l.name() + "': expected a reversible agonist that binds "
                    + "the receptor");
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", l.name());
        d.put("kd", l.kd().molar() + " M");
        d.put("koff", l.dissociationPerSecond() + " /s");
        d.put("gProteinEfficacy", l.gProteinEfficacy());
        d.put("grk23Efficacy", l.grk23Efficacy());
        d.put("grk5Efficacy", l.grk5Efficacy());
        d.put("arrestin3Efficacy", l.arrestin3Efficacy());
        d.put("arrestin2Efficacy", l.arrestin2Efficacy());
        return d;
    }

    /** The largest whole number of seconds that divides every read time. */
    private static double commonDivisor(double[] seconds) {
        long g = 0;
        for (double s : seconds) {
            long a = Math.round(s);
            long b = g;
            while (b != 0) {
                long t = a % b;
                a = b;
                b = t;
            }
            g = a;
        }
        return Math.max(1, g);
    }

    private static double max(double[] values) {
        double m = 0;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
