package org.receptorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.records.InvalidFieldException;
import org.receptorsim.units.AssociationRate;
import org.receptorsim.units.Concentration;
import org.receptorsim.units.Rate;

/** A ligand as written is completed: the third binding constant derived, an antagonist's efficacies 0. */
class LigandSpecTest {

    private static LigandSpec binding(Concentration kd, AssociationRate kon, Rate koff, Boolean antagonist,
                                      Boolean irreversible) {
        Double e = antagonist == null ? 0.5 : null;
        return new LigandSpec("L", null, kd, kon, koff, e, e, e, e, e, antagonist, irreversible, null, null, null);
    }

    /** Any two of kd, kon, koff give the third, as koff = kon·Kd. */
    @Test
    void anyTwoBindingConstantsGiveTheThird() {
        Concentration kd = new Concentration(2e-9);
        AssociationRate kon = new AssociationRate(7.5e6);
        Rate koff = new Rate(0.015);
        assertEquals(0.015 / 2e-9, binding(kd, null, koff, null, null).toLigand().kon().perMolarPerSecond());
        assertEquals(0.015 / 7.5e6, binding(null, kon, koff, null, null).toLigand().kd().molar());
        assertEquals(7.5e6 * 2e-9, binding(kd, kon, null, null, null).toLigand().koff().perSecond());
        Ligand l = binding(kd, null, koff, null, null).toLigand();
        assertEquals("", l.description());
        assertEquals(java.util.Map.of(), l.sources());
        InvalidFieldException one = assertThrows(InvalidFieldException.class,
                () -> binding(kd, null, null, null, null).toLigand());
        assertEquals("", one.field());
        assertEquals("expected two of kd, kon, koff for ligand 'L', got 1", one.getMessage());
        assertEquals("kd", assertThrows(InvalidFieldException.class,
                () -> binding(new Concentration(0), null, koff, null, null).toLigand()).field());
    }

    /** An antagonist that leaves out its efficacies has none; an irreversible one never leaves its receptor. */
    @Test
    void antagonistAndIrreversibleDefaults() {
        Ligand antagonist = binding(new Concentration(1e-9), null, new Rate(0.01), true, null).toLigand();
        assertEquals(0.0, antagonist.gProteinEfficacy());
        assertEquals(0.0, antagonist.arrestin2Efficacy());
        Ligand fna = binding(null, new AssociationRate(1e3), null, true, true).toLigand();
        assertEquals(0, fna.koff().perSecond());
        assertNull(fna.kd());
        assertEquals("kon", assertThrows(InvalidFieldException.class,
                () -> binding(new Concentration(1e-9), null, null, true, true).toLigand()).field());
        InvalidFieldException missing = assertThrows(InvalidFieldException.class,
                () -> new LigandSpec("M", null, new Concentration(1e-9), null, new Rate(0.01), null, 1.0, 1.0, 1.0,
                        1.0, null, null, null, null, null).toLigand());
        assertEquals("gProteinEfficacy", missing.field());
    }

    /** An indirect agonist gives what it releases and nothing of binding. */
    @Test
    void indirectAgonistTakesNoBinding() {
        LigandSpec releaser = new LigandSpec("R", null, null, null, null, null, null, null, null, null, null, null,
                "Met-enkephalin", new Concentration(1e-6), null);
        Ligand l = releaser.toLigand();
        assertEquals("Met-enkephalin", l.releases());
        assertEquals(0, l.associationPerMolarPerSecond());
        assertEquals("releases", assertThrows(InvalidFieldException.class, () -> new LigandSpec("R", null,
                new Concentration(1e-9), null, null, null, null, null, null, null, null, null, "Met-enkephalin",
                new Concentration(1e-6), null).toLigand()).field());
    }
}
