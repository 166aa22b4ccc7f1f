package org.receptorsim.assay;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.receptorsim.model.CellVariability;
import org.receptorsim.random.RandomStreams;

/**
 * The measurement noise of a real assay laid over the simulated cells' responses, so that confidence intervals
 * reflect experiments rather than the simulation's own (small) noise. Replicate k of every ligand and concentration
 * of an assay is read in experiment k (one day, one plate):
 *
 * <ul>
 *   <li>day-to-day variability: every reading of experiment k in an assay is multiplied by one gain, lognormal with
 *       mean 1 and coefficient of variation {@code dayCv} (detection, cell passage, reagent batch);</li>
 *   <li>well-to-well noise: each reading gets Gaussian noise of standard deviation {@code wellCv} × the assay's
 *       window, the largest mean response of the design's first ligand (the reference agonist of {@code bias}) in
 *       that assay, as an assay's noise is judged against its reference's signal.</li>
 * </ul>
 *
 * Each draw comes from a stream named by the design's tag, the assay, the ligand (wells) or the experiment (days),
 * so a ligand's noisy data do not depend on which other ligands are in the run. {@link #NONE} changes nothing.
 *
 * @param wellCv SD of a reading's noise as a fraction of the assay window (dimensionless, ≥ 0)
 * @param dayCv coefficient of variation of the per-experiment gain (dimensionless, ≥ 0)
 * @param seed master seed of the noise streams
 */
public record AssayNoise(double wellCv, double dayCv, long seed) {

    /** No assay noise: the simulated responses as they are. */
    public static final AssayNoise NONE = new AssayNoise(0, 0, 1);

    /** Checks the values. */
    public AssayNoise {
        if (!(wellCv >= 0) || !(dayCv >= 0) || Double.isInfinite(wellCv) || Double.isInfinite(dayCv)) {
            throw new IllegalArgumentException("assay noise: expected coefficients of variation >= 0, got well "
                    + wellCv + ", day " + dayCv);
        }
    }

    /** True if this adds no noise. */
    public boolean isNone() {
        return wellCv == 0 && dayCv == 0;
    }

    /**
     * The data as an experimenter would read them.
     *
     * @param data simulated responses
     * @return the same design with noisy responses (the data themselves if {@link #isNone()})
     */
    public AssayData apply(AssayData data) {
        if (isNone()) {
            return data;
        }
        RandomStreams streams = new RandomStreams(seed);
        String tag = data.design().tag();
        List<ResponseCurve> out = new ArrayList<>();
        for (ResponseCurve c : data.curves()) {
            int n = c.replicates();
            double[][] rows = new double[n][];
            for (int k = 0; k < n; k++) {
                UniformRandomProvider day = streams.stream("assay-day/" + tag + c.pathway().id(), k);
                double gain = CellVariability.lognormal(1, dayCv, ZigguratSampler.NormalizedGaussian.of(day));
                ZigguratSampler.NormalizedGaussian well = ZigguratSampler.NormalizedGaussian.of(
                        streams.stream("assay-well/" + tag + c.pathway().id() + "/" + c.ligand(), k));
                double range = window(data, c.pathway());
                rows[k] = new double[c.responses()[k].length];
                for (int j = 0; j < rows[k].length; j++) {
                    rows[k][j] = gain * c.responses()[k][j] + wellCv * range * well.sample();
                }
            }
            out.add(new ResponseCurve(c.pathway(), c.ligand(), c.concentrationsMolar(), rows));
        }
        return new AssayData(data.design(), data.cell(), data.ligands(), out, data.cells());
    }

    /**
     * The assay window of a pathway: the largest mean response of the design's first ligand there (the reference),
     * or the readout's physical maximum if that ligand gives none.
     */
    static double window(AssayData data, Pathway pathway) {
        String first = data.ligands().get(0).name();
        double top = data.curve(pathway, first).map(c -> java.util.Arrays.stream(c.means()).max().orElse(0))
                .orElse(0.0);
        return top > 0 ? top : pathway.physicalMaximum();
    }
}
