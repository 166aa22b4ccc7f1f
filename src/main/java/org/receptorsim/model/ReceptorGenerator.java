package org.receptorsim.model;

import java.util.List;
import org.receptorsim.pharmacology.Ligand;

/**
 * Builds the generator Q (rates in per second) of one receptor's Markov chain from the cell type, the ligands and
 * their current concentrations: the transition rules of the model in one place.
 *
 * <ul>
 *   <li>binding: free → bound(i) at kon_i·C_i, competing between ligands; unbinding at koff_i; the same for
 *       phosphorylated receptors;</li>
 *   <li>GRK phosphorylation of bound(i) at k_P · GRK level · grkEfficacy_i;</li>
 *   <li>arrestin binding of phosphorylated-bound(i) at k_arr · arrestin level · arrestinEfficacy_i, release at
 *       k_arr,off;</li>
 *   <li>internalization of arrestin-bound(i) at k_int · endocytosisEfficacy_i; in the endosome recycling (to free, dephosphorylated) or
 *       degradation;</li>
 *   <li>surface dephosphorylation of free phosphorylated receptors;</li>
 *   <li>basal turnover of every receptor that is not yet degraded.</li>
 * </ul>
 */
public final class ReceptorGenerator {

    private ReceptorGenerator() {
    }

    /**
     * The generator for fixed concentrations.
     *
     * @param space chain states for the run's ligands
     * @param cell complete cell type
     * @param concentrationsMolar concentration of each ligand (molar), in the order of {@code space.ligands()}
     * @return Q with rows summing to zero, per second
     */
    public static double[][] build(ReceptorStateSpace space, CellType cell, double[] concentrationsMolar) {
        int n = space.size();
        double[][] q = new double[n][n];
        List<Ligand> ligands = space.ligands();
        int free = ReceptorStateSpace.FREE;
        int phosphoFree = ReceptorStateSpace.PHOSPHORYLATED_FREE;
        int endosome = ReceptorStateSpace.INTERNALIZED;
        int degraded = ReceptorStateSpace.DEGRADED;
        for (int i = 0; i < ligands.size(); i++) {
            Ligand ligand = ligands.get(i);
            double onRate = ligand.associationPerMolarPerSecond() * concentrationsMolar[i];
            double offRate = ligand.dissociationPerSecond();
            int b = space.bound(i);
            int pb = space.phosphorylatedBound(i);
            int ab = space.arrestinBound(i);
            q[free][b] += onRate;
            q[b][free] += offRate;
            q[phosphoFree][pb] += onRate;
            q[pb][phosphoFree] += offRate;
            q[b][pb] += cell.phosphorylationRate().perSecond() * cell.grkLevel() * ligand.grkEfficacy();
            q[pb][ab] += cell.arrestinBindingRate().perSecond() * cell.arrestinLevel() * ligand.arrestinEfficacy();
            q[ab][pb] += cell.arrestinUnbindingRate().perSecond();
            q[ab][endosome] += cell.internalizationRate().perSecond() * ligand.endocytosisEfficacy();
        }
        q[phosphoFree][free] += cell.dephosphorylationRate().perSecond();
        q[endosome][free] += cell.recyclingRate().perSecond();
        q[endosome][degraded] += cell.endosomalDegradationRate().perSecond();
        double turnover = cell.basalTurnoverRate().perSecond();
        for (int s = 0; s < n; s++) {
            if (s != degraded) {
                q[s][degraded] += turnover;
            }
            double out = 0;
            for (int t = 0; t < n; t++) {
                if (t != s) {
                    out += q[s][t];
                }
            }
            q[s][s] = -out;
        }
        return q;
    }
}
