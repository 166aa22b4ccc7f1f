package org.receptorsim.pharmacology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.receptorsim.records.InvalidFieldException;
import org.receptorsim.records.Records;
import org.receptorsim.records.SerializedCopy;
import org.receptorsim.scenario.Library;
import org.receptorsim.units.AssociationRate;
import org.receptorsim.units.Concentration;
import org.receptorsim.units.Rate;

/** A ligand cannot be made incomplete or inconsistent, keeps its sources immutable, and serializes. */
class LigandTest {

    private static final Ligand DAMGO = Library.bundled().ligand("DAMGO").orElseThrow();

    private static InvalidFieldException refused(Ligand base, String field, Object value) {
        return assertThrows(InvalidFieldException.class, () -> Records.with(base, field, value));
    }

    /** Every component a binding ligand needs is required, refused by name. */
    @Test
    void missingComponentsAreRefusedByName() {
        for (String field : List.of("description", "kd", "kon", "koff", "gProteinEfficacy", "grk23Efficacy",
                "grk5Efficacy", "arrestin3Efficacy", "arrestin2Efficacy", "antagonist", "irreversible", "sources")) {
            assertEquals(field, refused(DAMGO, field, null).field(), field);
        }
    }

    /** Kd, kon and koff must agree (koff/kon = Kd within 1e-6), and Kd be above zero. */
    @Test
    void bindingConstantsMustAgree() {
        InvalidFieldException e = refused(DAMGO, "kd", new Concentration(3e-9));
        assertEquals("kd", e.field());
        assertTrue(e.problem().contains("disagree"), e.problem());
        assertEquals("kd", assertThrows(InvalidFieldException.class, () -> Records.with(DAMGO, Map.of(
                "kd", new Concentration(0), "kon", new AssociationRate(0), "koff", new Rate(0)))).field());
        Ligand slower = Records.with(DAMGO, Map.of("kon", new AssociationRate(DAMGO.kon().perMolarPerSecond() / 2),
                "koff", new Rate(DAMGO.koff().perSecond() / 2)));
        assertEquals(DAMGO.kd(), slower.kd());
    }

    /** Efficacies: finite, those of GRKs and arrestins ≥ 0, none above 0 for an antagonist. */
    @Test
    void efficaciesAreChecked() {
        assertEquals("expected a finite number >= 0 for ligand 'DAMGO', got -0.1",
                refused(DAMGO, "arrestin3Efficacy", -0.1).problem());
        assertEquals("gProteinEfficacy", refused(DAMGO, "gProteinEfficacy", Double.NaN).field());
        assertEquals("antagonist", refused(DAMGO, "antagonist", true).field());
        Ligand inverse = Library.bundled().ligand("RTI-5989-25").orElseThrow();
        assertTrue(inverse.antagonist() && inverse.gProteinEfficacy() < 0, "an inverse agonist is an antagonist");
    }

    /** An irreversible ligand never leaves (koff 0) and needs kon; an indirect agonist has no binding of its own. */
    @Test
    void irreversibleAndIndirectLigandsAreConsistent() {
        Ligand fna = Library.bundled().ligand("beta-FNA").orElseThrow();
        assertEquals(0, fna.dissociationPerSecond());
        assertEquals("koff", refused(fna, "koff", new Rate(0.01)).field());
        assertEquals("kon", refused(fna, "kon", new AssociationRate(0)).field());
        Ligand releaser = Library.bundled().ligand("enkephalin-releaser").orElseThrow();
        assertTrue(releaser.releasesTransmitter());
        assertEquals("releases", refused(releaser, "kd", new Concentration(1e-9)).field());
        assertEquals("releases", refused(releaser, "grk23Efficacy", 0.5).field());
        assertEquals("releaseEc50", refused(releaser, "releaseEc50", null).field());
        assertEquals("releaseEc50", refused(DAMGO, "releaseEc50", new Concentration(1e-6)).field());
    }

    /** Sources are sorted by field and immutable. */
    @Test
    void sourcesAreSortedAndImmutable() {
        Ligand l = Records.with(DAMGO, "sources", Map.of("koff", "b", "kd", "a"));
        assertEquals(List.of("kd", "koff"), List.copyOf(l.sources().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> l.sources().put("x", "y"));
    }

    /** Every bundled ligand survives Java serialization unchanged. */
    @Test
    void serializesAndReadsBackEqual() throws IOException, ClassNotFoundException {
        for (Ligand l : Library.bundled().ligands()) {
            assertEquals(l, SerializedCopy.of(l), l.name());
        }
    }
}
