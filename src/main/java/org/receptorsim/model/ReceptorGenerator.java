package org.receptorsim.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.receptorsim.pharmacology.Ligand;

/**
 * Builds the generator Q (rates in per second) of one receptor's Markov chain from the {@link ReceptorRule}s, the
 * cell type, the ligands and their current concentrations: every transition of the model comes from one rule
 * applied to the attributes of a chain state ({@link ReceptorStateSpace}).
 */
public final class ReceptorGenerator {

    private ReceptorGenerator() {
    }

    /**
     * The generator for fixed concentrations, all rules.
     *
     * @param space chain states for the run's ligands
     * @param cell complete cell type
     * @param concentrationsMolar concentration of each ligand (molar), in the order of {@code space.ligands()}
     * @return Q with rows summing to zero, per second
     */
    public static double[][] build(ReceptorStateSpace space, CellType cell, double[] concentrationsMolar) {
        return build(space, cell, concentrationsMolar, EnumSet.allOf(ReceptorRule.class));
    }

    /**
     * The generator made of some rules only (to test what each contributes).
     *
     * @param rules the rules to apply
     * @return Q with rows summing to zero, per second
     */
    public static double[][] build(ReceptorStateSpace space, CellType cell, double[] concentrationsMolar,
                                   Set<ReceptorRule> rules) {
        int size = space.size();
        double[][] q = new double[size][size];
        List<Ligand> ligands = space.ligands();
        int m = ReceptorStateSpace.MAX_PHOSPHATES;
        for (int s = 0; s < size; s++) {
            if (!space.atSurface(s)) {
                continue;
            }
            int slot = space.ligandSlot(s);
            int n = space.phosphates(s);
            Arrestin a = space.arrestin(s);
            boolean d = space.desensitized(s);
            Ligand held = slot > 0 ? ligands.get(slot - 1) : null;
            boolean agonist = held != null && held.activatesReceptor();
            if (slot == 0 && rules.contains(ReceptorRule.LIGAND_BINDING)) {
                for (int i = 0; i < ligands.size(); i++) {
                    Ligand l = ligands.get(i);
                    if (!l.releasesTransmitter()) {
                        add(q, s, space.surface(i + 1, n, a, d), l.associationPerMolarPerSecond()
                                * concentrationsMolar[i]);
                    }
                }
            }
            if (held != null && rules.contains(ReceptorRule.LIGAND_RELEASE)) {
                add(q, s, space.surface(0, n, a, d), held.dissociationPerSecond());
            }
            if (a == Arrestin.NONE && !d) {
                if (agonist && n == 0 && rules.contains(ReceptorRule.S375_PHOSPHORYLATION)) {
                    add(q, s, space.surface(slot, 1, a, false),
                            cell.grk23Level() * cell.s375Grk23Rate().perSecond() * held.grk23Efficacy()
                            + cell.grk5Level() * cell.s375Grk5Rate().perSecond() * held.grk5Efficacy());
                }
                if (agonist && n >= 1 && n < m && rules.contains(ReceptorRule.CLUSTER_PHOSPHORYLATION)) {
                    add(q, s, space.surface(slot, n + 1, a, false),
                            cell.grk23Level() * cell.clusterGrk23Rate().perSecond() * held.grk23Efficacy());
                }
                if (n >= 1 && rules.contains(ReceptorRule.DEPHOSPHORYLATION)) {
                    add(q, s, space.surface(slot, n - 1, a, false), n * cell.phosphataseLevel()
                            * cell.dephosphorylationRate().perSecond()
                            * (agonist ? cell.boundDephosphorylationFactor() : 1.0));
                }
                if (n >= 1 && rules.contains(ReceptorRule.ARRESTIN_BINDING)) {
                    add(q, s, space.surface(slot, n, Arrestin.ARRESTIN_3, false),
                            arrestinBinding(cell, Arrestin.ARRESTIN_3, n, agonist ? held.arrestin3Efficacy() : -1));
                    add(q, s, space.surface(slot, n, Arrestin.ARRESTIN_2, false),
                            arrestinBinding(cell, Arrestin.ARRESTIN_2, n, agonist ? held.arrestin2Efficacy() : -1));
                }
                if (n >= 1 && rules.contains(ReceptorRule.LONG_LIVED_DESENSITIZATION)) {
                    add(q, s, space.surface(slot, n, a, true), cell.desensitizationEntryRate().perSecond());
                }
            }
            if (a != Arrestin.NONE) {
                if (rules.contains(ReceptorRule.ARRESTIN_RELEASE)) {
                    add(q, s, space.surface(slot, n, Arrestin.NONE, false), cell.arrestinReleaseRate().perSecond()
                            * (agonist ? 1.0 : cell.inactiveArrestinReleaseFactor()));
                }
                if (rules.contains(ReceptorRule.ENDOCYTOSIS)) {
                    add(q, s, ReceptorStateSpace.INTERNALIZED, (a == Arrestin.ARRESTIN_3
                            ? cell.arrestin3EndocytosisRate() : cell.arrestin2EndocytosisRate()).perSecond());
                }
            }
            if (d && rules.contains(ReceptorRule.RESENSITIZATION)) {
                add(q, s, space.surface(slot, n, Arrestin.NONE, false), cell.desensitizationExitRate().perSecond());
            }
        }
        int endosome = ReceptorStateSpace.INTERNALIZED;
        int degraded = ReceptorStateSpace.DEGRADED;
        if (rules.contains(ReceptorRule.RECYCLING)) {
            add(q, endosome, ReceptorStateSpace.FREE, cell.recyclingRate().perSecond());
        }
        if (rules.contains(ReceptorRule.ENDOSOMAL_DEGRADATION)) {
            add(q, endosome, degraded, cell.endosomalDegradationRate().perSecond());
        }
        if (rules.contains(ReceptorRule.BASAL_TURNOVER)) {
            double turnover = cell.basalTurnoverRate().perSecond();
            for (int s = 0; s < size; s++) {
                if (s != degraded && cell.turnoverStates().contains(space.publicState(s))) {
                    add(q, s, degraded, turnover);
                }
            }
        }
        for (int s = 0; s < size; s++) {
            double out = 0;
            for (int t = 0; t < size; t++) {
                if (t != s) {
                    out += q[s][t];
                }
            }
            q[s][s] = -out;
        }
        return q;
    }

    /**
     * Arrestin binding rate of a receptor with n phosphates (per second).
     *
     * @param efficacy the bound agonist's efficacy for this arrestin, or a negative number for a receptor without
     *     agonist (then the cell's inactive-receptor affinity applies)
     */
    static double arrestinBinding(CellType cell, Arrestin arrestin, int n, double efficacy) {
        int threshold = arrestin == Arrestin.ARRESTIN_3 ? cell.arrestin3MinPhosphates()
                : cell.arrestin2MinPhosphates();
        if (n < threshold) {
            return 0;
        }
        double level = arrestin == Arrestin.ARRESTIN_3 ? cell.arrestin3Level() : cell.arrestin2Level();
        double rate = (arrestin == Arrestin.ARRESTIN_3 ? cell.arrestin3BindingRate() : cell.arrestin2BindingRate())
                .perSecond();
        double phosphateShare = (double) (n - threshold + 1) / (ReceptorStateSpace.MAX_PHOSPHATES - threshold + 1);
        double conformation = efficacy >= 0 ? efficacy : cell.inactiveArrestinAffinity();
        return level * rate * phosphateShare * conformation;
    }

    private static void add(double[][] q, int from, int to, double rate) {
        if (to < 0) {
            throw new IllegalStateException("rule leads to a state that does not exist");
        }
        if (rate != 0) {
            q[from][to] += rate;
        }
    }

    /**
     * Zero-order synthesis (receptors per second) that holds a drug-free cell at its receptor number: the drug-free
     * steady state of n' = s·e_FREE + Qᵀn restricted to the living states, scaled so that the living receptors
     * number {@code cell.receptorCount()}. 0 if no living state is turned over.
     */
    public static double synthesisPerSecond(ReceptorStateSpace space, CellType cell) {
        double[][] q = build(space, cell, new double[space.ligandCount()]);
        int size = space.size();
        int degraded = ReceptorStateSpace.DEGRADED;
        // the living states a drug-free cell can reach from FREE (FREE first)
        int[] order = new int[size];
        boolean[] seen = new boolean[size];
        int count = 0;
        order[count++] = ReceptorStateSpace.FREE;
        seen[ReceptorStateSpace.FREE] = true;
        for (int head = 0; head < count; head++) {
            int s = order[head];
            for (int t = 0; t < size; t++) {
                if (t != degraded && !seen[t] && q[s][t] > 0) {
                    seen[t] = true;
                    order[count++] = t;
                }
            }
        }
        int[] living = java.util.Arrays.copyOf(order, count);
        double lossFromFree = 0;
        for (int s : living) {
            lossFromFree += q[s][degraded];
        }
        if (lossFromFree == 0) {
            return 0;
        }
        RealMatrix a = new Array2DRowRealMatrix(living.length, living.length);
        for (int i = 0; i < living.length; i++) {
            for (int j = 0; j < living.length; j++) {
                a.setEntry(j, i, q[living[i]][living[j]]); // transpose: (Q_LL)^T x = -e_FREE
            }
        }
        RealVector rhs = new ArrayRealVector(living.length);
        rhs.setEntry(0, -1.0); // living[0] is FREE
        RealVector x = new LUDecomposition(a).getSolver().solve(rhs);
        double perUnitSynthesis = 0;
        for (int i = 0; i < living.length; i++) {
            perUnitSynthesis += x.getEntry(i);
        }
        return cell.receptorCount() / perUnitSynthesis;
    }
}
