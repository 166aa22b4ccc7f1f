package org.receptorsim.model;

import java.util.List;
import org.receptorsim.pharmacology.ExposureQuantity;

/**
 * The recorded trajectory of one arm's cell.
 *
 * @param arm arm name
 * @param snapshots snapshots in time order, the first at t = 0
 * @param challengeCurves concentration–response curves measured during the run (empty if none)
 * @param chainStateLabels labels of the chain states whose counts the snapshots carry, in chain order (empty when
 *     they carry none)
 */
public record ArmResult(String arm, List<CellSnapshot> snapshots, List<ChallengeCurve> challengeCurves,
                        List<String> chainStateLabels) {

    /** A result without chain-state counts. */
    public ArmResult(String arm, List<CellSnapshot> snapshots, List<ChallengeCurve> challengeCurves) {
        this(arm, snapshots, challengeCurves, List.of());
    }

    /** The exposure's extra quantities the readouts carry (the same in every snapshot of an arm). */
    public List<ExposureQuantity> exposureQuantities() {
        return snapshots.isEmpty() ? List.of() : snapshots.get(0).readouts().exposure().quantities();
    }

    /**
     * Column names of the signal readouts in result files: the cell's, then its exposure's extra quantities (see
     * {@link SignalReadouts#columns(List)}).
     */
    public List<String> readoutColumns() {
        return SignalReadouts.columns(exposureQuantities());
    }
}
