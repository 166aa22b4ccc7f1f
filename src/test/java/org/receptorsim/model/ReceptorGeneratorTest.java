package org.receptorsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.receptorsim.kinetics.MatrixExponential;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.scenario.Library;
import org.receptorsim.units.Rate;

/**
 * The generator is built from the receptor rules: each rule contributes exactly the rate it states, on exactly the
 * transitions it names, and the rules together make the generator.
 */
class ReceptorGeneratorTest {

    private static final CellType CELL = ExactLaw.cell(100, 8e-6);
    private static final Ligand LIGAND = new Ligand("agonist", "", new org.receptorsim.units.Concentration(2e-9),
            new org.receptorsim.units.AssociationRate(0.015 / 2e-9), new Rate(0.015), 0.8, 0.7, 1.3, 0.6, 0.4, false,
            false, null, null, java.util.Map.of());
    private static final Ligand ANTAGONIST = Library.bundled().ligand("naloxone").orElseThrow();
    private static final ReceptorStateSpace SPACE = new ReceptorStateSpace(List.of(LIGAND, ANTAGONIST));
    private static final double[] C = {3e-8, 5e-9};

    private static double[][] only(ReceptorRule rule) {
        return ReceptorGenerator.build(SPACE, CELL, C, EnumSet.of(rule));
    }

    private static int s(int slot, int n, Arrestin a, boolean d) {
        int i = SPACE.surface(slot, n, a, d);
        assertTrue(i >= 0, "state exists");
        return i;
    }

    private static final Arrestin NONE = Arrestin.NONE;
    private static final Arrestin A3 = Arrestin.ARRESTIN_3;
    private static final Arrestin A2 = Arrestin.ARRESTIN_2;

    /** Number of nonzero off-diagonal entries of a generator. */
    private static int transitions(double[][] q) {
        int k = 0;
        for (int i = 0; i < q.length; i++) {
            for (int j = 0; j < q.length; j++) {
                if (i != j && q[i][j] != 0) {
                    k++;
                }
            }
        }
        return k;
    }

    @Test
    void stateSpaceIsGeneratedFromTheAttributes() {
        assertEquals(17 * 3 + 2, SPACE.size());
        assertEquals(-1, SPACE.surface(1, 0, A3, false), "no arrestin without phosphates");
        assertEquals(-1, SPACE.surface(1, 2, A3, true), "arrestin and the desensitized state exclude each other");
        assertEquals(ReceptorState.ACTIVE, SPACE.publicState(s(1, 0, NONE, false)));
        assertEquals(ReceptorState.RESTING, SPACE.publicState(s(2, 0, NONE, false)), "antagonist-held");
        assertEquals(ReceptorState.GRK_PHOSPHORYLATED, SPACE.publicState(s(0, 1, NONE, false)));
        assertEquals(ReceptorState.DESENSITIZED, SPACE.publicState(s(1, 3, NONE, true)));
        assertEquals(ReceptorState.ARRESTIN_BOUND, SPACE.publicState(s(2, 4, A2, false)));
        assertEquals("S375 T370 T376", SPACE.barcode(s(1, 3, A3, false)));
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int slot = 0; slot <= 2; slot++) {
            for (int n = 0; n <= 4; n++) {
                for (Arrestin a : Arrestin.values()) {
                    for (boolean d : new boolean[] {false, true}) {
                        int i = SPACE.surface(slot, n, a, d);
                        if (i >= 0) {
                            assertTrue(seen.add(i), "one index per state");
                            assertEquals(slot, SPACE.ligandSlot(i));
                            assertEquals(n, SPACE.phosphates(i));
                            assertEquals(a, SPACE.arrestin(i));
                            assertEquals(d, SPACE.desensitized(i));
                        }
                    }
                }
            }
        }
        assertEquals(SPACE.size() - 2, seen.size(), "every surface state reached once");
    }

    @Test
    void bindingAndReleaseFollowKonConcentrationAndKoff() {
        double[][] q = only(ReceptorRule.LIGAND_BINDING);
        assertEquals(LIGAND.associationPerMolarPerSecond() * C[0], q[ReceptorStateSpace.FREE][s(1, 0, NONE, false)],
                1e-12);
        assertEquals(ANTAGONIST.associationPerMolarPerSecond() * C[1], q[s(0, 3, A3, false)][s(2, 3, A3, false)],
                1e-12, "any barcode or arrestin binds ligand");
        assertEquals(2 * (SPACE.size() - 2) / 3, transitions(q), "each ligand-free surface state binds two ligands");
        double[][] r = only(ReceptorRule.LIGAND_RELEASE);
        assertEquals(LIGAND.dissociationPerSecond(), r[s(1, 2, NONE, true)][s(0, 2, NONE, true)], 0);
        assertEquals(ANTAGONIST.dissociationPerSecond(), r[s(2, 0, NONE, false)][ReceptorStateSpace.FREE], 0);
    }

    @Test
    void s375IsPhosphorylatedByGrk23AndGrk5OnlyOnAgonistBoundArrestinFreeReceptors() {
        double[][] q = only(ReceptorRule.S375_PHOSPHORYLATION);
        double expected = CELL.grk23Level() * CELL.s375Grk23Rate().perSecond() * 0.7
                + CELL.grk5Level() * CELL.s375Grk5Rate().perSecond() * 1.3;
        assertEquals(expected, q[s(1, 0, NONE, false)][s(1, 1, NONE, false)], 1e-15);
        assertEquals(1, transitions(q), "only the agonist-bound, unphosphorylated receptor");
        double[][] c = only(ReceptorRule.CLUSTER_PHOSPHORYLATION);
        for (int n = 1; n < 4; n++) {
            assertEquals(CELL.grk23Level() * CELL.clusterGrk23Rate().perSecond() * 0.7,
                    c[s(1, n, NONE, false)][s(1, n + 1, NONE, false)], 1e-15, "cluster site " + (n + 1));
        }
        assertEquals(3, transitions(c), "GRK2/3 only, S375 first, agonist-bound, arrestin-free, not desensitized");
    }

    @Test
    void phosphataseDephosphorylatesFreeAndBoundReceptorsOnePhosphateAtATime() {
        double[][] q = only(ReceptorRule.DEPHOSPHORYLATION);
        double k = CELL.phosphataseLevel() * CELL.dephosphorylationRate().perSecond();
        assertEquals(3 * k, q[s(0, 3, NONE, false)][s(0, 2, NONE, false)], 1e-15);
        assertEquals(2 * k * CELL.boundDephosphorylationFactor(), q[s(1, 2, NONE, false)][s(1, 1, NONE, false)],
                1e-15, "agonist-bound receptors are dephosphorylated too");
        assertTrue(q[s(1, 2, NONE, false)][s(1, 1, NONE, false)] > 0);
        assertEquals(4 * k, q[s(2, 4, NONE, false)][s(2, 3, NONE, false)], 1e-15, "antagonist-held: free rate");
        assertEquals(0, q[s(1, 4, A3, false)][s(1, 3, A3, false)], "arrestin shields the phosphates");
        assertEquals(0, q[s(1, 4, NONE, true)][s(1, 3, NONE, true)], "so does the desensitized state");
        assertEquals(3 * 4, transitions(q));
    }

    @Test
    void arrestinAffinityGrowsWithPhosphatesAndActiveConformation() {
        double[][] q = only(ReceptorRule.ARRESTIN_BINDING);
        double k3 = CELL.arrestin3Level() * CELL.arrestin3BindingRate().perSecond();
        double k2 = CELL.arrestin2Level() * CELL.arrestin2BindingRate().perSecond();
        assertEquals(2, CELL.arrestin3MinPhosphates());
        assertEquals(3, CELL.arrestin2MinPhosphates());
        assertEquals(0, q[s(1, 1, NONE, false)][s(1, 1, A3, false)], "S375 alone recruits no arrestin");
        assertEquals(k3 * 0.6 / 3, q[s(1, 2, NONE, false)][s(1, 2, A3, false)], 1e-15);
        assertEquals(k3 * 0.6, q[s(1, 4, NONE, false)][s(1, 4, A3, false)], 1e-15);
        assertEquals(0, q[s(1, 2, NONE, false)][s(1, 2, A2, false)], "arrestin-2 needs three phosphates");
        assertEquals(k2 * 0.4 / 2, q[s(1, 3, NONE, false)][s(1, 3, A2, false)], 1e-15);
        assertEquals(k3 * CELL.inactiveArrestinAffinity(), q[s(0, 4, NONE, false)][s(0, 4, A3, false)], 1e-15,
                "without agonist, the inactive affinity");
        assertTrue(q[s(0, 4, NONE, false)][s(0, 4, A3, false)] < q[s(1, 4, NONE, false)][s(1, 4, A3, false)]);
        double[][] r = only(ReceptorRule.ARRESTIN_RELEASE);
        assertEquals(CELL.arrestinReleaseRate().perSecond(), r[s(1, 3, A2, false)][s(1, 3, NONE, false)], 0);
        assertEquals(CELL.arrestinReleaseRate().perSecond() * CELL.inactiveArrestinReleaseFactor(),
                r[s(0, 3, A2, false)][s(0, 3, NONE, false)], 1e-15);
    }

    @Test
    void endocytosisFollowsTheArrestinComplexNotTheLigand() {
        double[][] q = only(ReceptorRule.ENDOCYTOSIS);
        int endosome = ReceptorStateSpace.INTERNALIZED;
        for (int slot = 0; slot <= 2; slot++) {
            assertEquals(CELL.arrestin3EndocytosisRate().perSecond(), q[s(slot, 4, A3, false)][endosome], 0);
            assertEquals(CELL.arrestin2EndocytosisRate().perSecond(), q[s(slot, 2, A2, false)][endosome], 0);
            assertEquals(0, q[s(slot, 4, NONE, false)][endosome], "no arrestin, no endocytosis");
        }
    }

    @Test
    void slowStatesTraffickingAndTurnoverHaveTheirRates() {
        double[][] d = only(ReceptorRule.LONG_LIVED_DESENSITIZATION);
        assertEquals(CELL.desensitizationEntryRate().perSecond(), d[s(1, 1, NONE, false)][s(1, 1, NONE, true)], 0);
        assertEquals(0, d[s(1, 0, NONE, false)][ReceptorStateSpace.FREE], 0);
        assertEquals(3 * 4, transitions(d), "phosphorylated, arrestin-free surface receptors only");
        double[][] r = only(ReceptorRule.RESENSITIZATION);
        assertEquals(CELL.desensitizationExitRate().perSecond(), r[s(2, 3, NONE, true)][s(2, 3, NONE, false)], 0);
        double[][] rec = only(ReceptorRule.RECYCLING);
        assertEquals(CELL.recyclingRate().perSecond(), rec[ReceptorStateSpace.INTERNALIZED][ReceptorStateSpace.FREE],
                0);
        double[][] deg = only(ReceptorRule.ENDOSOMAL_DEGRADATION);
        assertEquals(CELL.endosomalDegradationRate().perSecond(),
                deg[ReceptorStateSpace.INTERNALIZED][ReceptorStateSpace.DEGRADED], 0);
        double[][] t = only(ReceptorRule.BASAL_TURNOVER);
        assertEquals(SPACE.size() - 1, transitions(t), "every living state by default");
        CellType restingOnly = ExactLaw.with(CELL, Map.of("turnoverStates", List.of(ReceptorState.RESTING)));
        double[][] tr = ReceptorGenerator.build(SPACE, restingOnly, C, EnumSet.of(ReceptorRule.BASAL_TURNOVER));
        assertEquals(CELL.basalTurnoverRate().perSecond(), tr[ReceptorStateSpace.FREE][ReceptorStateSpace.DEGRADED],
                0);
        assertEquals(0, tr[s(1, 0, NONE, false)][ReceptorStateSpace.DEGRADED], 0, "ACTIVE is not turned over");
        assertEquals(2, transitions(tr), "free and antagonist-held resting receptors only");
    }

    @Test
    void theRulesTogetherMakeTheGeneratorWithRowsSummingToZero() {
        double[][] full = ReceptorGenerator.build(SPACE, CELL, C);
        double[][] sum = new double[SPACE.size()][SPACE.size()];
        for (ReceptorRule rule : ReceptorRule.values()) {
            double[][] q = only(rule);
            for (int i = 0; i < q.length; i++) {
                for (int j = 0; j < q.length; j++) {
                    if (i != j) {
                        sum[i][j] += q[i][j];
                    }
                }
            }
        }
        for (int i = 0; i < full.length; i++) {
            double row = 0;
            for (int j = 0; j < full.length; j++) {
                row += full[i][j];
                if (i != j) {
                    assertEquals(sum[i][j], full[i][j], 1e-15 * (1 + Math.abs(sum[i][j])));
                }
            }
            assertEquals(0, row, 1e-12, "rows of a generator sum to zero");
        }
    }

    /** Drug-free synthesis balances turnover: N·k when every state is turned over, the steady state in general. */
    @Test
    void synthesisHoldsTheDrugFreeReceptorNumber() {
        assertEquals(100 * 8e-6, ReceptorGenerator.synthesisPerSecond(SPACE, CELL), 1e-15);
        CellType restingOnly = ExactLaw.with(CELL, Map.of("turnoverStates", List.of(ReceptorState.RESTING)));
        assertEquals(100 * 8e-6, ReceptorGenerator.synthesisPerSecond(SPACE, restingOnly), 1e-15);
        CellType none = ExactLaw.with(CELL, Map.of("turnoverStates", List.of(ReceptorState.INTERNALIZED)));
        assertEquals(0, ReceptorGenerator.synthesisPerSecond(SPACE, none), 0, "a drug-free cell turns nothing over");
    }

    /**
     * Endocytosis is not a ligand constant: raising GRK2/3 (as GRK2 overexpression rescues morphine-induced
     * internalization, Zhang 1998) or arrestin-3 raises the surface loss of the exact mean-field law under morphine (basal turnover off, so that the loss is endocytosis).
     */
    @Test
    void morphineInternalizationRisesWithGrk23AndArrestin3Level() {
        Ligand morphine = Library.bundled().ligand("morphine").orElseThrow();
        ReceptorStateSpace space = new ReceptorStateSpace(List.of(morphine));
        CellType hek = ExactLaw.with(Library.bundled().cell("HEK293-MOR").orElseThrow(),
                Map.of("basalTurnoverRate", new Rate(0)));
        double base = surfaceLost(space, hek);
        double grk = surfaceLost(space, ExactLaw.with(hek, Map.of("grk23Level", 4.0)));
        double arr = surfaceLost(space, ExactLaw.with(hek, Map.of("arrestin3Level", 4.0)));
        double none = surfaceLost(space, ExactLaw.with(hek, Map.of("arrestin3Level", 0.0, "arrestin2Level", 0.0)));
        assertTrue(grk > 2 * base, "GRK2/3 x4: " + grk + " vs " + base);
        assertTrue(arr > 1.5 * base, "arrestin-3 x4: " + arr + " vs " + base);
        assertEquals(0, none, 1e-12, "no arrestin, no internalization: " + none);
    }

    private static double surfaceLost(ReceptorStateSpace space, CellType cell) {
        double[] row = MatrixExponential.transitionMatrix(ReceptorGenerator.build(space, cell, new double[] {1e-6}),
                1800)[ReceptorStateSpace.FREE];
        double surface = 0;
        for (int s = 0; s < row.length; s++) {
            if (space.atSurface(s)) {
                surface += row[s];
            }
        }
        return 1 - surface;
    }
}
