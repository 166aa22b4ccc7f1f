package org.receptorsim.bias;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.receptorsim.assay.AssayData;
import org.receptorsim.assay.AssayDesign;
import org.receptorsim.assay.AssayRunner;
import org.receptorsim.assay.Pathway;
import org.receptorsim.assay.ResponseCurve;

/**
 * Bias factors as they depend on when the non-G pathway is read: the arrestin (or internalization) assay is
 * repeated at each read time on fresh cells while the G-protein assay stays as measured, and ΔΔlog(τ/KA) is fitted
 * again. A ligand whose receptors accumulate arrestin slowly (morphine: few phosphates, arrestin held once bound)
 * looks more or less biased depending on the read time, which is why published factors must state it.
 */
public final class ReadTimeSeries {

    /** Read times used when none are given: 10, 30 and 120 min (seconds). */
    public static final double[] DEFAULT_READ_SECONDS = {600, 1800, 7200};

    private ReadTimeSeries() {
    }

    /**
     * The bias of one ligand with the other pathway read at one time.
     *
     * @param readSeconds when the other pathway was read (seconds after the agonist)
     * @param ligand the ligand
     * @param bias ΔΔlog(τ/KA) against the reference with its bootstrap interval (undefined on failure)
     * @param failure why the bias factor is not defined, or null
     * @param topResponsePercentOfReference the ligand's mean response at its highest concentration in the other
     *     pathway, percent of the reference's at its highest (an Emax-like comparison without a fit)
     */
    public record Point(double readSeconds, String ligand, Estimate bias, String failure,
                        double topResponsePercentOfReference) {
    }

    /**
     * Runs the series.
     *
     * @param runner the assay runner
     * @param design the design of the main run
     * @param data the main run's data (its G-protein pathway is reused)
     * @param primary the G-protein pathway of the bias factor
     * @param versus the other pathway, re-read at each time
     * @param readSeconds read times (seconds)
     * @param settings analysis settings (reference, bootstrap, seed)
     * @return one point per read time and non-reference ligand, in that order
     */
    public static List<Point> run(AssayRunner runner, AssayDesign design, AssayData data, Pathway primary,
                                  Pathway versus, double[] readSeconds, BiasAnalysis.Settings settings) {
        List<Point> out = new ArrayList<>();
        for (int k = 0; k < readSeconds.length; k++) {
            double t = readSeconds[k];
            AssayData later = Math.abs(t - design.readSeconds(versus)) < 1e-9 ? data
                    : runner.run(design.withPathways(List.of(versus)).withReadSeconds(versus, t)
                            .withTag(String.format(Locale.ROOT, "read-%d/", k)));
            AssayData combined = data.withPathwayFrom(later, versus);
            BiasResult r = BiasAnalysis.analyse(combined, settings);
            double refTop = top(combined, versus, settings.reference());
            for (String ligand : combined.ligands().stream().map(l -> l.name()).toList()) {
                if (ligand.equalsIgnoreCase(settings.reference())) {
                    continue;
                }
                BiasResult.BiasFactor b = r.bias(ligand, primary, versus);
                out.add(new Point(t, ligand, b == null ? Estimate.NONE : b.ddLogTauOverKa(),
                        b == null ? "not computed" : b.failure(), 100 * top(combined, versus, ligand) / refTop));
            }
        }
        return List.copyOf(out);
    }

    private static double top(AssayData data, Pathway p, String ligand) {
        ResponseCurve c = data.curve(p, ligand).orElseThrow();
        double[] m = c.means();
        return m[m.length - 1];
    }
}
