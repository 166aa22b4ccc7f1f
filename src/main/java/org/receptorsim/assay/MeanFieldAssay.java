package org.receptorsim.assay;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.receptorsim.model.MeanFieldCell;
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

    private final AssayRunner runner;

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
     * @param ligand the ligand (a library name or a definition)
     * @param molar the concentrations (molar, &gt; 0)
     * @param readSeconds the read times (seconds after the agonist is added, whole seconds ≥ 1)
     * @return the responses in percent, {@code [concentration][read time]}
     * @throws IllegalArgumentException if the ligand or cell is not valid (the message names the field)
     */
    public double[][] responses(String cell, Map<String, Object> cellOverrides, Pathway pathway, AssayLigand ligand,
                                double[] molar, double[] readSeconds) {
        List<MeanFieldCell.Course> courses = courses(cell, cellOverrides, pathway, ligand, molar,
                max(readSeconds));
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
     * The expected course of every assay cell of a concentration series up to a time, recorded every step.
     *
     * @param cell library cell type
     * @param cellOverrides cell parameters overriding the library's
     * @param pathway the assay
     * @param ligand the ligand
     * @param molar the concentrations (molar, &gt; 0)
     * @param untilSeconds how long to follow each cell (whole seconds ≥ 1)
     * @return one course per concentration
     */
    public List<MeanFieldCell.Course> courses(String cell, Map<String, Object> cellOverrides, Pathway pathway,
                                             AssayLigand ligand, double[] molar, double untilSeconds) {
        AssayDesign design = new AssayDesign(cell, cellOverrides, List.of(ligand), List.of(pathway),
                Map.of(pathway, untilSeconds), Map.of(), AssayDesign.DEFAULT_POINTS, 3, 2, 1, 1, "", 1.0);
        Scenario scenario = runner.scenario(design, pathway, ligand, molar, design.dtSeconds());
        List<MeanFieldCell.Course> out = new ArrayList<>();
        for (Arm arm : scenario.arms()) {
            out.add(MeanFieldCell.run(CellFactory.setup(scenario, arm, 0)));
        }
        return out;
    }

    private static double max(double[] values) {
        double m = 0;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
