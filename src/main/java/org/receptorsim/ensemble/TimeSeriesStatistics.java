package org.receptorsim.ensemble;

import com.tdunning.math.stats.MergingDigest;
import com.tdunning.math.stats.TDigest;
import java.util.ArrayList;
import java.util.List;
import org.receptorsim.model.ArmResult;
import org.receptorsim.model.CellSnapshot;
import org.receptorsim.output.TimeSeriesCsv;
import org.receptorsim.statistics.SampleStatistics;

/**
 * Streaming statistics of every time series of an ensemble: for each arm, recorded time and column, the mean and
 * standard deviation ({@link SampleStatistics}) and a t-digest for the 5/25/50/75/95 % quantiles. Memory depends on
 * the * number of times and columns, not on the number of cells. Replicates must be added in replicate order: the
 * digests depend on insertion order, and a fixed order makes the result independent of thread count and of
 * interruptions.
 */
final class TimeSeriesStatistics {

    /** Quantile levels reported. */
    static final double[] LEVELS = {0.05, 0.25, 0.5, 0.75, 0.95};
    /** t-digest compression: rank error of the quantiles is of order 1/compression (below 1 % here). */
    static final double COMPRESSION = 100;

    private final List<String> arms = new ArrayList<>();
    private final List<List<String>> readoutColumns = new ArrayList<>();
    private final List<double[]> times = new ArrayList<>();
    private final List<SampleStatistics[][]> moments = new ArrayList<>();
    private final List<TDigest[][]> digests = new ArrayList<>();
    private long count;

    /** Adds one replicate's arms (same arms, times and columns in every replicate). */
    void add(List<ArmResult> replicate) {
        if (arms.isEmpty()) {
            for (ArmResult r : replicate) {
                arms.add(r.arm());
                readoutColumns.add(r.readoutColumns());
                int nt = r.snapshots().size();
                int nc = TimeSeriesCsv.values(r.snapshots().get(0)).length;
                double[] t = new double[nt];
                SampleStatistics[][] m = new SampleStatistics[nt][nc];
                TDigest[][] d = new TDigest[nt][nc];
                for (int i = 0; i < nt; i++) {
                    t[i] = r.snapshots().get(i).timeSeconds();
                    for (int c = 0; c < nc; c++) {
                        m[i][c] = new SampleStatistics();
                        d[i][c] = new MergingDigest(COMPRESSION, 50);
                    }
                }
                times.add(t);
                moments.add(m);
                digests.add(d);
            }
        }
        for (int a = 0; a < replicate.size(); a++) {
            List<CellSnapshot> snaps = replicate.get(a).snapshots();
            SampleStatistics[][] m = moments.get(a);
            TDigest[][] d = digests.get(a);
            for (int i = 0; i < snaps.size() && i < m.length; i++) {
                double[] v = TimeSeriesCsv.values(snaps.get(i));
                for (int c = 0; c < v.length; c++) {
                    m[i][c].accept(v[c]);
                    d[i][c].add(v[c]);
                }
            }
        }
        count++;
    }

    /** Number of replicates added. */
    long count() {
        return count;
    }

    List<String> arms() {
        return arms;
    }

    double[] times(int arm) {
        return times.get(arm);
    }

    double mean(int arm, int time, int column) {
        return moments.get(arm)[time][column].mean();
    }

    double sd(int arm, int time, int column) {
        return moments.get(arm)[time][column].sd();
    }

    double quantile(int arm, int time, int column, double level) {
        return digests.get(arm)[time][column].quantile(level);
    }

    List<String> readoutColumns(int arm) {
        return readoutColumns.get(arm);
    }

    int columnCount(int arm) {
        return moments.get(arm)[0].length;
    }
}
