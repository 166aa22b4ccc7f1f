package org.receptorsim.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptorsim.model.ArmResult;
import org.receptorsim.model.CellSnapshot;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;
import org.receptorsim.simulation.ScenarioRunner;

/** A replicate file gives back exactly the arms written: counts, typed readouts with their units, concentrations. */
class ReplicateStoreTest {

    @Test
    void armsWithAndWithoutPharmacokineticsReadBackExactly(@TempDir Path tmp) throws Exception {
        Scenario s = new ScenarioLoader(Library.bundled()).load(
                Path.of("src/test/resources/org/receptorsim/model/pk-beside-bath.yaml"));
        List<ArmResult> written = ScenarioRunner.run(s);
        ReplicateStore store = new ReplicateStore(tmp.resolve("replicates"));
        store.write(4, written);
        assertTrue(store.isReadable(4));
        List<ArmResult> read = store.read(4);
        assertEquals(written.size(), read.size());
        for (int a = 0; a < written.size(); a++) {
            ArmResult w = written.get(a);
            ArmResult r = read.get(a);
            assertEquals(w.arm(), r.arm());
            assertEquals(w.exposureQuantities(), r.exposureQuantities(), "quantities with their units");
            assertEquals(w.readoutColumns(), r.readoutColumns());
            assertEquals(w.challengeCurves().size(), r.challengeCurves().size());
            assertEquals(w.snapshots().size(), r.snapshots().size());
            for (int i = 0; i < w.snapshots().size(); i++) {
                CellSnapshot x = w.snapshots().get(i);
                CellSnapshot y = r.snapshots().get(i);
                String at = w.arm() + " at " + x.timeSeconds() + " s";
                assertEquals(x.timeSeconds(), y.timeSeconds(), 0.0, at);
                assertArrayEquals(x.stateCounts(), y.stateCounts(), at);
                assertEquals(x.synthesized(), y.synthesized(), at);
                assertEquals(x.readouts(), y.readouts(), at + ": readouts, bit for bit");
                assertArrayEquals(x.concentrationsMolar(), y.concentrationsMolar(), 0.0, at);
            }
        }
        assertEquals(4, written.get(0).exposureQuantities().size(), "the dosed arm reports its pharmacokinetics");
        assertEquals(0, written.get(1).exposureQuantities().size(), "the bath arm reports none");
    }
}
