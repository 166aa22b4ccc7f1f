package org.receptorsim.assay;

import org.receptorsim.statistics.SampleStatistics;

/**
 * The simulated concentration–response data of one ligand in one pathway: one fresh cell per concentration and
 * replicate.
 *
 * @param pathway the assay
 * @param ligand ligand name
 * @param concentrationsMolar the concentrations (molar, increasing)
 * @param responses responses in percent, {@code [replicate][concentration]}
 */
public record ResponseCurve(Pathway pathway, String ligand, double[] concentrationsMolar, double[][] responses) {

    /** Number of replicate cells per concentration. */
    public int replicates() {
        return responses.length;
    }

    /** Mean response at each concentration. */
    public double[] means() {
        double[] m = new double[concentrationsMolar.length];
        for (int j = 0; j < m.length; j++) {
            m[j] = atConcentration(j).mean();
        }
        return m;
    }

    /** Sample standard deviation at each concentration (0 with one replicate). */
    public double[] sds() {
        double[] s = new double[concentrationsMolar.length];
        for (int j = 0; j < s.length; j++) {
            s[j] = atConcentration(j).sd();
        }
        return s;
    }

    /** The replicates' statistics at concentration j. */
    private SampleStatistics atConcentration(int j) {
        SampleStatistics s = new SampleStatistics();
        for (double[] r : responses) {
            s.accept(r[j]);
        }
        return s;
    }

    /** log10 of the concentrations. */
    public double[] logConcentrations() {
        double[] x = new double[concentrationsMolar.length];
        for (int j = 0; j < x.length; j++) {
            x[j] = Math.log10(concentrationsMolar[j]);
        }
        return x;
    }
}
