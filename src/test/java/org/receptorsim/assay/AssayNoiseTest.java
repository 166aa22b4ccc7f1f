package org.receptorsim.assay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.apache.commons.statistics.descriptive.DoubleStatistics;
import org.apache.commons.statistics.descriptive.Statistic;
import org.junit.jupiter.api.Test;
import org.receptorsim.scenario.Library;
import org.receptorsim.statistics.SampleStatistics;

/**
 * The assay noise model: well noise of the stated SD, a day gain of the stated CV shared by every ligand read that
 * day, nothing with no noise. Checked on many days with tolerances of several standard errors.
 */
class AssayNoiseTest {

    private static final int DAYS = 4000;

    private static AssayData flat(double level) {
        double[][] r = new double[DAYS][];
        for (int k = 0; k < DAYS; k++) {
            r[k] = new double[] {0, level};
        }
        double[] c = {1e-9, 1e-6};
        List<ResponseCurve> curves = List.of(new ResponseCurve(Pathway.G_PROTEIN, "DAMGO", c, r),
                new ResponseCurve(Pathway.G_PROTEIN, "morphine", c, r));
        return new AssayData(AssayDesign.of("HEK293-MOR", "DAMGO", "morphine"),
                Library.bundled().cell("HEK293-MOR").orElseThrow(), List.of(
                Library.bundled().ligand("DAMGO").orElseThrow(), Library.bundled().ligand("morphine").orElseThrow()),
                curves, 2L * DAYS);
    }

    private static double[] column(AssayData d, String ligand, int j) {
        double[][] r = d.curve(Pathway.G_PROTEIN, ligand).orElseThrow().responses();
        double[] out = new double[r.length];
        for (int k = 0; k < r.length; k++) {
            out[k] = r[k][j];
        }
        return out;
    }

    @Test
    void noNoiseLeavesTheDataAsTheyAre() {
        AssayData d = flat(50);
        assertSame(d, AssayNoise.NONE.apply(d));
    }

    @Test
    void wellNoiseAndDayGainHaveTheirStatedSizes() {
        double wellSd = 0.02 * 50; // the window: DAMGO's (the first ligand's) largest mean response
        double dayCv = 0.15;
        AssayData d = new AssayNoise(0.02, dayCv, 3).apply(flat(50));
        SampleStatistics zero = SampleStatistics.of(column(d, "DAMGO", 0));
        assertEquals(0, zero.mean(), 5 * wellSd / Math.sqrt(DAYS));
        assertEquals(wellSd, zero.sd(), 5 * wellSd / Math.sqrt(2.0 * DAYS));
        double[] a = column(d, "DAMGO", 1);
        double[] b = column(d, "morphine", 1);
        double sd = Math.sqrt(50 * 50 * dayCv * dayCv + wellSd * wellSd);
        SampleStatistics top = SampleStatistics.of(a);
        assertEquals(50, top.mean(), 5 * sd / Math.sqrt(DAYS));
        assertEquals(sd, top.sd(), 5 * sd / Math.sqrt(2.0 * DAYS));
        // the day's gain is shared: the two ligands' readings on one day correlate as day variance / total
        double expected = 50 * 50 * dayCv * dayCv / (sd * sd);
        double[] product = new double[DAYS];
        for (int k = 0; k < DAYS; k++) {
            product[k] = (a[k] - 50) * (b[k] - 50);
        }
        double correlation = DoubleStatistics.of(java.util.EnumSet.of(Statistic.MEAN), product)
                .getAsDouble(Statistic.MEAN) / (sd * sd);
        assertEquals(expected, correlation, 5 / Math.sqrt(DAYS));
    }
}
