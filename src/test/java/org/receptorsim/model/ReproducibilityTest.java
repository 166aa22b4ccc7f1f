package org.receptorsim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.receptorsim.random.RandomStreams;

/**
 * Results depend only on the seed (and replicate index): the same seed gives the very same run, bit for bit; another
 * seed or replicate gives another run. This is what makes a reported result re-creatable and lets replicates run in
 * any order or in parallel. The setting has every random process at work: receptor kinetics under a drug switched
 * on and off, Poisson synthesis and degradation (turnover 1e-3 /s), and the signalling readouts that follow them.
 */
class ReproducibilityTest {

    /** A cell with fast turnover under DAMGO 1 µM for the first 10 min of every 20, 30 min, dt = 2 s, every minute. */
    private static CellSetup setup(KineticsEngine engine) {
        return new CellSetup(ExactLaw.cell(300, 1e-3), List.of(ExactLaw.damgo()),
                (t, out) -> out[0] = (t % 1200) < 600 ? 1e-6 : 0.0, null, false, null, engine, 2.0, 60.0, 1800.0);
    }

    private static List<CellSnapshot> run(KineticsEngine engine, long seed, long replicate) {
        return new CellSimulation(setup(engine), new RandomStreams(seed), replicate, "repro").run();
    }

    /** Two snapshot lists are identical: same times, counts, synthesized, readouts and concentrations, bit for bit. */
    static void assertSameSnapshots(List<CellSnapshot> a, List<CellSnapshot> b) {
        assertEquals(a.size(), b.size(), "number of snapshots");
        for (int i = 0; i < a.size(); i++) {
            CellSnapshot x = a.get(i);
            CellSnapshot y = b.get(i);
            String at = "snapshot " + i + " at " + x.timeSeconds() + " s";
            assertEquals(x.timeSeconds(), y.timeSeconds(), 0.0, at + ": time");
            assertArrayEquals(x.stateCounts(), y.stateCounts(), at + ": counts");
            assertEquals(x.synthesized(), y.synthesized(), at + ": synthesized");
            assertEquals(x.readouts(), y.readouts(), at + ": readouts");
            assertArrayEquals(x.concentrationsMolar(), y.concentrationsMolar(), 0.0, at + ": concentrations");
        }
    }

    /** True if any snapshot's counts, synthesized number or readouts differ. */
    private static boolean differ(List<CellSnapshot> a, List<CellSnapshot> b) {
        if (a.size() != b.size()) {
            return true;
        }
        for (int i = 0; i < a.size(); i++) {
            CellSnapshot x = a.get(i);
            CellSnapshot y = b.get(i);
            if (!Arrays.equals(x.stateCounts(), y.stateCounts()) || x.synthesized() != y.synthesized()
                    || !x.readouts().equals(y.readouts())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two runs with the same seed and replicate give identical snapshot lists (times, counts, readouts), and their
     * receptor agents end in the same states with the same histories; a different seed, or a different replicate
     * with the same seed, gives a different run. (Two different seeds giving identical 30-minute histories of
     * 300 receptors with turnover is practically impossible, so "differ" is deterministic for these fixed seeds.)
     */
    @ParameterizedTest
    @EnumSource(KineticsEngine.class)
    void sameSeedGivesIdenticalRunsAndAnotherSeedDoesNot(KineticsEngine engine) {
        CellSimulation first = new CellSimulation(setup(engine), new RandomStreams(42), 0, "repro");
        CellSimulation second = new CellSimulation(setup(engine), new RandomStreams(42), 0, "repro");
        List<CellSnapshot> a = first.run();
        List<CellSnapshot> b = second.run();
        assertEquals(31, a.size(), "snapshots at 0, 60, ..., 1800 s");
        assertSameSnapshots(a, b);
        assertEquals(first.receptors().size(), second.receptors().size(), "receptors made");
        for (int i = 0; i < first.receptors().size(); i++) {
            Receptor x = first.receptors().get(i);
            Receptor y = second.receptors().get(i);
            assertEquals(x.getId(), y.getId());
            assertEquals(x.chainState(), y.chainState(), "receptor " + x.getId() + " state");
            assertEquals(x.getBirthSeconds(), y.getBirthSeconds(), 0.0, "receptor " + x.getId() + " birth");
            assertEquals(x.getLastTransitionSeconds(), y.getLastTransitionSeconds(), 0.0,
                    "receptor " + x.getId() + " last transition");
            assertEquals(x.getInternalizationCycles(), y.getInternalizationCycles(),
                    "receptor " + x.getId() + " internalization cycles");
        }
        assertFalse(differ(a, run(engine, 42, 0)), "a third run, too, is the same");
        assertTrue(differ(a, run(engine, 43, 0)), "another seed gives another run");
        assertTrue(differ(a, run(engine, 42, 1)), "another replicate gives another run");
    }

    /**
     * Replicates do not depend on what ran before them or beside them: replicates 0–7 run one by one, in reverse
     * order, and in parallel give the same eight snapshot lists (each replicate draws from its own named streams,
     * derived from the seed, the name and the replicate index only).
     */
    @ParameterizedTest
    @EnumSource(KineticsEngine.class)
    void replicatesDoNotDependOnOrderOrThreads(KineticsEngine engine) {
        int replicates = 8;
        RandomStreams streams = new RandomStreams(7);
        List<List<CellSnapshot>> forward = new ArrayList<>();
        for (int r = 0; r < replicates; r++) {
            forward.add(new CellSimulation(setup(engine), streams, r, "order").run());
        }
        List<List<CellSnapshot>> backward = new ArrayList<>();
        for (int r = replicates - 1; r >= 0; r--) {
            backward.add(0, new CellSimulation(setup(engine), streams, r, "order").run());
        }
        List<List<CellSnapshot>> parallel = ExactLaw.runReplicates(setup(engine), 7, "order", replicates);
        for (int r = 0; r < replicates; r++) {
            assertSameSnapshots(forward.get(r), backward.get(r));
            assertSameSnapshots(forward.get(r), parallel.get(r));
        }
        assertTrue(differ(forward.get(0), forward.get(1)), "replicates differ from each other");
    }
}
