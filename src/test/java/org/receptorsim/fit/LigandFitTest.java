package org.receptorsim.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.GaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;
import org.receptorsim.assay.MeanFieldAssay;
import org.receptorsim.assay.Pathway;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.random.RandomStreams;
import org.receptorsim.scenario.Library;

/**
 * The fit recovers known parameters from data simulated with noise (each 95 % profile interval covers the true
 * value, on a fixed seed), and refuses a parameter that does not affect the data as not identifiable.
 */
class LigandFitTest {

    private static final Library LIBRARY = Library.bundled();
    private static final MeanFieldAssay ASSAY = new MeanFieldAssay(LIBRARY);
    private static final List<FreeParameter> FREE = List.of(FreeParameter.KD, FreeParameter.G_PROTEIN_EFFICACY,
            FreeParameter.ARRESTIN3_EFFICACY);
    /** The true kd (molar), G-protein and arrestin-3 efficacies of the simulated ligand. */
    private static final double[] TRUTH = {5e-9, 0.6, 0.1};
    /** Noise SD per assay (percentage points): about 3 % of each assay's largest response. */
    private static final double G_SD = 1.0;
    private static final double ARRESTIN_SD = 0.03;

    /** Data simulated by the model at the true values with Gaussian noise of the stated SD, 3 replicates. */
    static List<Observation> simulated(List<Pathway> assays, long seed) {
        Ligand morphine = LIBRARY.ligand("morphine").orElseThrow();
        List<Observation> design = new ArrayList<>();
        int line = 2;
        for (Pathway p : assays) {
            for (int r = 0; r < 3; r++) {
                for (int j = 0; j < 9; j++) {
                    double molar = 1e-11 * Math.pow(10, 0.5 * j);
                    double sd = p == Pathway.ARRESTIN ? ARRESTIN_SD : G_SD;
                    design.add(new Observation(line++, p, "X", molar, 600, 0, sd, r));
                }
            }
        }
        double[] f = new LigandModel(ASSAY, "HEK293-MOR", morphine, "X", FREE, design).predict(TRUTH);
        UniformRandomProvider rng = new RandomStreams(seed).stream("noise", 0);
        var g = GaussianSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), 0, 1);
        List<Observation> out = new ArrayList<>();
        for (int k = 0; k < design.size(); k++) {
            Observation o = design.get(k);
            out.add(new Observation(o.line(), o.assay(), o.ligand(), o.molar(), o.seconds(),
                    f[k] + o.sem() * g.sample(), o.sem(), o.replicate()));
        }
        return out;
    }

    @Test
    void recoversKnownParametersWithIntervalsThatCoverThem() {
        List<Observation> data = simulated(List.of(Pathway.G_PROTEIN, Pathway.ARRESTIN), 11);
        LigandModel model = new LigandModel(ASSAY, "HEK293-MOR", LIBRARY.ligand("morphine").orElseThrow(), "X",
                FREE, data);
        FitResult r = LigandFit.fit(model, new LigandFit.Settings(400, 0.95, 2));
        for (int i = 0; i < FREE.size(); i++) {
            FitResult.Estimate e = r.estimates().get(i);
            assertTrue(e.low() <= TRUTH[i] && TRUTH[i] <= e.high(), e.parameter().field() + " interval covers the "
                    + "truth");
            assertFalse(e.openLow() || e.openHigh(), "bounded on both sides by the data");
            assertTrue(e.low() < e.value() && e.value() < e.high());
            assertTrue(e.high() / e.low() < 3, "an informative interval");
        }
        double[] atTruth = model.predict(TRUTH);
        double chiAtTruth = 0;
        for (int k = 0; k < data.size(); k++) {
            double z = (data.get(k).response() - atTruth[k]) / data.get(k).sem();
            chiAtTruth += z * z;
        }
        assertTrue(r.goodness().chiSquare() <= chiAtTruth + 1e-6, "the fit is at least as good as the truth");
        // chi-square of n - p degrees of freedom: within its central 99.9 %
        int dof = r.goodness().n() - FREE.size();
        assertEquals(dof, r.goodness().chiSquare(), 3.3 * Math.sqrt(2.0 * dof));
    }

    @Test
    void aParameterThatDoesNotAffectTheDataIsNotIdentifiable() {
        List<Observation> data = simulated(List.of(Pathway.G_PROTEIN), 12);
        LigandModel model = new LigandModel(ASSAY, "HEK293-MOR", LIBRARY.ligand("morphine").orElseThrow(), "X",
                FREE, data);
        FitException e = assertThrows(FitException.class, () -> LigandFit.fit(model,
                new LigandFit.Settings(400, 0.95, 2)));
        assertTrue(e.getMessage().startsWith("not identifiable: arrestin3Efficacy does not affect the data "
                + "(assays: gProtein)"), e.getMessage());
    }
}
