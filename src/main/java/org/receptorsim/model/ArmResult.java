package org.receptorsim.model;

import java.util.List;

/**
 * The recorded trajectory of one arm's cell.
 *
 * @param arm arm name
 * @param readoutNames names of the signal readouts
 * @param snapshots snapshots in time order, the first at t = 0
 * @param challengeCurves concentration–response curves measured during the run (empty if none)
 * @param chainStateLabels labels of the chain states whose counts the snapshots carry, in chain order (empty when
 *     they carry none)
 */
public record ArmResult(String arm, List<String> readoutNames, List<CellSnapshot> snapshots,
                        List<ChallengeCurve> challengeCurves, List<String> chainStateLabels) {

    /** A result without chain-state counts. */
    public ArmResult(String arm, List<String> readoutNames, List<CellSnapshot> snapshots,
                     List<ChallengeCurve> challengeCurves) {
        this(arm, readoutNames, snapshots, challengeCurves, List.of());
    }
}
