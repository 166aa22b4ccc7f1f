package org.receptorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptorsim.model.ArmResult;
import org.receptorsim.model.CellSnapshot;
import org.receptorsim.pharmacology.pk.PharmacokineticExposure;
import org.receptorsim.simulation.ScenarioRunner;

/** Pharmacokinetic protocols in scenario files: bound, checked with located errors, and run by the cells. */
class PharmacokineticScenarioTest {

    private final ScenarioLoader loader = new ScenarioLoader(Library.bundled());

    private static final String TEMPLATE = """
            cell: CNS-neuron
            cellOverrides: {receptorCount: 500}
            ligands: [morphine]
            protocol:
              pharmacokinetics:
                ligand: morphine
            %s
            duration: 6 h
            dt: 10 s
            outputInterval: 10 min
            """;

    /** An effect-site clamp holds the concentration the receptors see constant. */
    @Test
    void effectSiteClampHoldsTheConcentration() {
        Scenario s = loader.parse("clamp.yaml", TEMPLATE.formatted("    clamp: 100 nM"));
        ArmResult r = ScenarioRunner.run(s).get(0);
        for (CellSnapshot snap : r.snapshots().subList(1, r.snapshots().size())) {
            assertEquals(1e-7, snap.concentrationsMolar()[0], 1e-20);
        }
    }

    /** A bolus gives a decaying plasma concentration that the time series reports beside the receptor counts. */
    @Test
    void bolusDecaysAndIsReported() {
        Scenario s = loader.parse("bolus.yaml", TEMPLATE.formatted("""
                    preset: morphine-rat
                    doses:
                      - {route: bolus, at: 0 h, mg: 3}
                """));
        ArmResult r = ScenarioRunner.run(s).get(0);
        assertTrue(r.readoutColumns().contains("pkPlasma_M"), "plasma column present: " + r.readoutColumns());
        List<CellSnapshot> snaps = r.snapshots();
        double c1 = snaps.get(6).readouts().exposure().value(PharmacokineticExposure.PLASMA);
        double c2 = snaps.get(12).readouts().exposure().value(PharmacokineticExposure.PLASMA);
        assertEquals(Math.exp(-2e-4 * 3600), c2 / c1, 1e-6, "first-order elimination at the rat preset's rate");
    }

    /** A bad dose names its field and line. */
    @Test
    void badDoseIsLocated() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.parse("bad.yaml",
                TEMPLATE.formatted("""
                    preset: morphine-rat
                    doses:
                      - {route: bolus, at: 0 h, mg: -3}
                """)));
        assertTrue(e.getMessage().matches("bad\\.yaml:\\d+:\\d+: protocol\\.pharmacokinetics\\.doses\\.0\\.mg: .*"),
                e.getMessage());
        assertEquals(9, e.line());
    }

    /** The dosed ligand must be one of the scenario's ligands. */
    @Test
    void unknownDosedLigandIsLocated() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.parse("bad.yaml",
                TEMPLATE.replace("ligand: morphine", "ligand: heroin").formatted("    clamp: 1 nM")));
        assertEquals("protocol.pharmacokinetics.ligand", e.field());
    }
}
