package org.receptorsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.scenario.BathStep;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioVariant;
import org.receptorsim.scenario.SweepPlan;
import org.receptorsim.units.AssociationRate;
import org.receptorsim.units.Concentration;
import org.receptorsim.units.Rate;

/** What applying a sweep point changes in a scenario: the named parameter, and nothing else. */
class SweepPointTest {

    private static final Scenario S = SweepFixtures.scenario(SweepFixtures.GRID);

    /** Names of the record components that differ between two records of one type. */
    private static Set<String> changed(Record a, Record b) throws ReflectiveOperationException {
        Set<String> out = new HashSet<>();
        for (RecordComponent c : a.getClass().getRecordComponents()) {
            if (!Objects.equals(c.getAccessor().invoke(a), c.getAccessor().invoke(b))) {
                out.add(c.getName());
            }
        }
        return out;
    }

    /** A cell field changes in every arm, and no other field (sources say where it came from). */
    @Test
    void cellFieldChangesOnlyThatFieldInEveryArm() throws Exception {
        Scenario t = ScenarioVariant.with(S, "cell.s375Grk23Rate", new Rate(0.05));
        assertEquals(S.ligands(), t.ligands());
        for (int a = 0; a < S.arms().size(); a++) {
            assertEquals(0.05, t.arms().get(a).cell().s375Grk23Rate().perSecond());
            Set<String> diff = changed(S.arms().get(a).cell(), t.arms().get(a).cell());
            diff.remove("sources");
            assertEquals(Set.of("s375Grk23Rate"), diff);
            assertEquals(Set.of("cell"), changed(S.arms().get(a), t.arms().get(a)));
        }
        assertEquals(0.3, t.arms().get(1).cell().grk23Level(), "the arm's own overrides stay");
    }

    /** An efficacy changes that ligand's efficacy only. */
    @Test
    void efficacyChangesOnlyThatEfficacy() throws Exception {
        Scenario t = ScenarioVariant.with(S, "ligands.DAMGO.arrestin3Efficacy", 0.25);
        Set<String> diff = changed(S.ligands().get(0), t.ligands().get(0));
        diff.remove("sources");
        assertEquals(Set.of("arrestin3Efficacy"), diff);
        assertEquals(0.25, t.ligands().get(0).arrestin3Efficacy());
        assertEquals(S.ligands().get(1), t.ligands().get(1));
        assertEquals(S.arms(), t.arms());
    }

    /** Kd or koff changed: kon is re-derived (kon = koff/Kd); kon changed: Kd follows with koff held. */
    @Test
    void bindingConstantsStayConsistent() throws Exception {
        Ligand before = S.ligands().get(0);
        Ligand kd = ScenarioVariant.with(S, "ligands.DAMGO.kd", Concentration.parse("20 nM")).ligands().get(0);
        assertEquals(2e-8, kd.kd().molar(), 1e-20);
        assertEquals(before.koff(), kd.koff());
        assertEquals(before.koff().perSecond() / 2e-8, kd.kon().perMolarPerSecond(), 1e-6);
        Set<String> diff = changed(before, kd);
        diff.remove("sources");
        assertEquals(Set.of("kd", "kon"), diff);

        Ligand koff = ScenarioVariant.with(S, "ligands.DAMGO.koff", Rate.parse("0.1 /s")).ligands().get(0);
        assertEquals(before.kd(), koff.kd());
        assertEquals(0.1 / before.kd().molar(), koff.kon().perMolarPerSecond(), 1e-3);

        Ligand kon = ScenarioVariant.with(S, "ligands.DAMGO.kon", AssociationRate.parse("1e7 /M/s")).ligands()
                .get(0);
        assertEquals(before.koff(), kon.koff());
        assertEquals(before.koff().perSecond() / 1e7, kon.kd().molar(), 1e-20);
        assertTrue(kon.sources().get("kd").contains("derived"), kon.sources().toString());
    }

    /** bath.X replaces every non-zero concentration of X in every arm's protocol, nothing else. */
    @Test
    void bathReplacesEveryNonZeroConcentrationOfThatLigand() {
        Scenario s = SweepFixtures.LOADER.parse("bath.yaml", """
                cell: HEK293-MOR
                cellOverrides: {receptorCount: 300}
                ligands: [DAMGO, naloxone]
                protocol:
                  bath:
                    - {at: 0 s, set: {DAMGO: 100 nM}}
                    - {at: 1 min, set: {DAMGO: 0 M, naloxone: 1 uM}}
                    - {at: 2 min, washout: true, set: {DAMGO: 1 uM}}
                duration: 3 min
                arms:
                  - name: a
                  - name: b
                    protocol: {bath: [{at: 0 s, set: {DAMGO: 5 nM}}]}
                """).withEngine(KineticsEngine.COHORT);
        Scenario t = ScenarioVariant.with(s, "bath.DAMGO", Concentration.parse("30 nM"));
        List<BathStep> a = t.arms().get(0).protocol().bath();
        assertEquals(3e-8, a.get(0).set().get("DAMGO").molar(), 1e-20);
        assertEquals(0.0, a.get(1).set().get("DAMGO").molar());
        assertEquals(1e-6, a.get(1).set().get("naloxone").molar(), 1e-18);
        assertEquals(Boolean.TRUE, a.get(2).washout());
        assertEquals(3e-8, a.get(2).set().get("DAMGO").molar(), 1e-20);
        assertEquals(3e-8, t.arms().get(1).protocol().bath().get(0).set().get("DAMGO").molar(), 1e-20);
        assertEquals(s.ligands(), t.ligands());
    }

    /** The scenario at a point has every axis's value of that point. */
    @Test
    void scenarioAtPointHasThatPointsValues() {
        SweepPlan plan = SweepFixtures.plan(S);
        Scenario p3 = plan.scenarioAt(S, 2);
        assertEquals(0.05, p3.arms().get(0).cell().s375Grk23Rate().perSecond());
        assertEquals(0.1, p3.ligands().get(0).arrestin3Efficacy(), 1e-15);
        assertEquals(S.seed(), p3.seed(), "every point has the scenario's seed (common random numbers)");
    }
}
