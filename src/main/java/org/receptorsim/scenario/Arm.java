package org.receptorsim.scenario;

import java.util.ArrayList;
import java.util.List;
import org.receptorsim.model.CellSetup;
import org.receptorsim.model.CellType;
import org.receptorsim.pharmacology.BathProtocol;
import org.receptorsim.pharmacology.Exposure;
import org.receptorsim.pharmacology.pk.PkSpec;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.signaling.Adaptations;
import org.receptorsim.units.Rate;

/**
 * One resolved arm of a scenario: a complete cell type and a checked protocol.
 *
 * @param name arm name
 * @param description free text
 * @param cell complete cell type (library values with the scenario's overrides)
 * @param protocol bath protocol, ligand names all known
 * @param adaptations which slow adaptations are on (defaults filled)
 */
public record Arm(String name, String description, CellType cell, ProtocolSpec protocol, Adaptations adaptations) {

    /** The cell setup this arm runs, for a scenario's ligands, assay, challenges and timing. */
    public CellSetup setup(Scenario scenario) {
        CellType effective = adaptations.downregulation() ? cell : cell.withEndosomalDegradation(new Rate(0));
        if (!adaptations.longLivedDesensitization()) {
            effective = effective.withoutLongLivedDesensitization();
        }
        return new CellSetup(effective, scenario.ligands(), exposure(scenario), adaptations,
                scenario.forskolin(), scenario.challenges(), scenario.engine(), scenario.dtSeconds(),
                scenario.outputIntervalSeconds(),
                scenario.durationSeconds());
    }

    /** The exposure of this arm: the bath, plus the pharmacokinetics of one ligand when the protocol has them. */
    public Exposure exposure(Scenario scenario) {
        BathProtocol bath = bath(scenario.ligands());
        PkSpec pk = protocol.pharmacokinetics();
        if (pk == null) {
            return bath;
        }
        return pk.exposure(scenario.ligands().size(), indexOf(scenario.ligands(), pk.ligand()),
                bath.changes().isEmpty() ? null : bath, scenario.durationSeconds(), scenario.dtSeconds());
    }

    /** The protocol's bath as an exposure over the given ligands (names already checked). */
    public BathProtocol bath(List<Ligand> ligands) {
        List<BathProtocol.Change> changes = new ArrayList<>();
        for (BathStep step : protocol.bath()) {
            int n = step.set() == null ? 0 : step.set().size();
            int[] index = new int[n];
            double[] molar = new double[n];
            int k = 0;
            if (step.set() != null) {
                for (var e : step.set().entrySet()) {
                    index[k] = indexOf(ligands, e.getKey());
                    molar[k] = e.getValue().molar();
                    k++;
                }
            }
            changes.add(new BathProtocol.Change(step.at().seconds(), Boolean.TRUE.equals(step.washout()), index,
                    molar));
        }
        return new BathProtocol(ligands.size(), changes);
    }

    static int indexOf(List<Ligand> ligands, String name) {
        for (int i = 0; i < ligands.size(); i++) {
            if (ligands.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
