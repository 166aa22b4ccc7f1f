package org.receptorsim.assay;

import java.util.List;
import org.receptorsim.analysis.Curves;
import org.receptorsim.model.ArmResult;
import org.receptorsim.model.CellSnapshot;
import org.receptorsim.model.MeanFieldCell;
import org.receptorsim.model.SignalReadouts;

/**
 * What an assay reads off a cell's recorded course: one of its signal readouts and the surface receptors, each as
 * recorded at the last recording at or before a time. Both a simulated agent cell ({@link ArmResult}) and the
 * expected course of the mean-field law ({@link MeanFieldCell.Course}) are read through it, so every assay response
 * has one definition ({@link Pathway#response(CellReadouts, double)}).
 */
public interface CellReadouts {

    /**
     * One of the cell's signal readouts at a time.
     *
     * @param readout which readout
     * @param seconds the time from the start
     * @return its value (in the readout's unit) at the last recording at or before that time
     */
    double readout(SignalReadouts.Readout readout, double seconds);

    /** Receptors on the plasma membrane at the last recording at or before a time (seconds). */
    double surface(double seconds);

    /** The readouts of a simulated agent cell. */
    static CellReadouts of(ArmResult cell) {
        List<CellSnapshot> s = cell.snapshots();
        return new CellReadouts() {
            @Override
            public double readout(SignalReadouts.Readout readout, double seconds) {
                return Curves.valueAt(s, readout::of, seconds);
            }

            @Override
            public double surface(double seconds) {
                return Curves.valueAt(s, CellSnapshot::surface, seconds);
            }
        };
    }

    /** The readouts of the mean-field law's expected course. */
    static CellReadouts of(MeanFieldCell.Course course) {
        List<MeanFieldCell.Point> p = course.points();
        return new CellReadouts() {
            @Override
            public double readout(SignalReadouts.Readout readout, double seconds) {
                return readout.of(at(seconds).readouts());
            }

            @Override
            public double surface(double seconds) {
                return at(seconds).surface();
            }

            private MeanFieldCell.Point at(double seconds) {
                int lo = 0;
                int hi = p.size() - 1;
                while (lo < hi) {
                    int mid = (lo + hi + 1) >>> 1;
                    if (p.get(mid).timeSeconds() <= seconds + 1e-6) {
                        lo = mid;
                    } else {
                        hi = mid - 1;
                    }
                }
                return p.get(lo);
            }
        };
    }
}
