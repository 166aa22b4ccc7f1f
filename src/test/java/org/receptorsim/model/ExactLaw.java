package org.receptorsim.model;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.receptorsim.kinetics.MatrixExponential;
import org.receptorsim.pharmacology.Exposure;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.random.RandomStreams;
import org.receptorsim.records.Records;
import org.receptorsim.scenario.Library;
import org.receptorsim.units.AssociationRate;
import org.receptorsim.units.Concentration;
import org.receptorsim.units.Rate;

/**
 * Fixtures and the exact law of the model tests: a DAMGO-like ligand, a HEK293-like cell built field by field, the
 * law of one receptor's public state from exp(Q·t), and replicate runs.
 */
final class ExactLaw {

    private ExactLaw() {
    }

    /** Receptors per cell in the exactness tests. */
    static final int N = 500;

    /**
     * A ligand with the binding of DAMGO (Kd 2 nM, koff 0.015 /s, so kon = 7.5e6 /M/s) and the given efficacies:
     * {@code grk} for GRK2/3 and GRK5, {@code arrestin} for arrestin-3 and arrestin-2.
     */
    static Ligand ligand(String name, double gProtein, double grk, double arrestin) {
        return new Ligand(name, "", new Concentration(2e-9), new AssociationRate(0.015 / 2e-9), new Rate(0.015),
                gProtein, grk, grk, arrestin, arrestin, false, false, null, null, Map.of());
    }

    /** DAMGO-like: the reference full agonist (all efficacies 1). */
    static Ligand damgo() {
        return ligand("DAMGO-like", 1.0, 1.0, 1.0);
    }

    /**
     * The cell of the exactness tests: the library's HEK293-MOR with the given receptor number and basal turnover
     * (0 = no synthesis, no basal degradation).
     */
    static CellType cell(int receptors, double basalTurnoverPerSecond) {
        return with(Library.bundled().cell("HEK293-MOR").orElseThrow(), Map.of("receptorCount", receptors,
                "basalTurnoverRate", new Rate(basalTurnoverPerSecond)));
    }

    /** A copy of a cell type with some parameters changed (checked by its constructor). */
    static CellType with(CellType cell, Map<String, ?> changes) {
        return Records.with(cell, changes);
    }

    /** A constant concentration of the single ligand (molar). */
    static Exposure constant(double molar) {
        return (t, out) -> out[0] = molar;
    }

    /**
     * Probability that a receptor that is FREE at time 0 is in each public state at time t (indexed by ordinal):
     * row FREE of exp(Q·t), summed over the chain states of each public state.
     */
    static double[] publicStateLaw(List<Ligand> ligands, CellType cell, double[] concentrations, double seconds) {
        ReceptorStateSpace space = new ReceptorStateSpace(ligands);
        double[] row = MatrixExponential.transitionMatrix(ReceptorGenerator.build(space, cell, concentrations),
                seconds)[ReceptorStateSpace.FREE];
        double[] p = new double[ReceptorState.values().length];
        for (int j = 0; j < row.length; j++) {
            p[space.publicState(j).ordinal()] += row[j];
        }
        return p;
    }

    /**
     * Runs replicates 0..R−1 of a setup (in parallel; each replicate has its own named streams, so the result does
     * not depend on the threads) and returns their snapshot lists in replicate order.
     */
    static List<List<CellSnapshot>> runReplicates(CellSetup setup, long seed, String prefix, int replicates) {
        RandomStreams streams = new RandomStreams(seed);
        return IntStream.range(0, replicates).parallel()
                .mapToObj(r -> new CellSimulation(setup, streams, r, prefix).run()).toList();
    }

    /** The snapshot recorded at a time (to 1e-9 s). */
    static CellSnapshot at(List<CellSnapshot> snapshots, double seconds) {
        for (CellSnapshot s : snapshots) {
            if (Math.abs(s.timeSeconds() - seconds) < 1e-9) {
                return s;
            }
        }
        throw new AssertionError("no snapshot at " + seconds + " s");
    }

    /** The count of one public state at one time, across replicates. */
    static long[] counts(List<List<CellSnapshot>> runs, double seconds, ReceptorState state) {
        long[] c = new long[runs.size()];
        for (int r = 0; r < c.length; r++) {
            c[r] = at(runs.get(r), seconds).count(state);
        }
        return c;
    }

    /**
     * The sets of chain states the exactness tests count, by name: each living regulatory state, surface receptors
     * carrying 1, 2, 3 and 4 phosphates, and receptors holding arrestin-3 and arrestin-2 (12 sets).
     */
    static java.util.LinkedHashMap<String, java.util.function.IntPredicate> stateSets(ReceptorStateSpace space) {
        java.util.LinkedHashMap<String, java.util.function.IntPredicate> sets = new java.util.LinkedHashMap<>();
        for (ReceptorState st : ReceptorState.values()) {
            if (st != ReceptorState.DEGRADED) {
                sets.put(st.name(), j -> space.publicState(j) == st);
            }
        }
        for (int n = 1; n <= ReceptorStateSpace.MAX_PHOSPHATES; n++) {
            int phosphates = n;
            sets.put(n + " phosphates", j -> space.atSurface(j) && space.phosphates(j) == phosphates);
        }
        for (Arrestin a : List.of(Arrestin.ARRESTIN_3, Arrestin.ARRESTIN_2)) {
            sets.put(a.label(), j -> space.arrestin(j) == a);
        }
        return sets;
    }
}
