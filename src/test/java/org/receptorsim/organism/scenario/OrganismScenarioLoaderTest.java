package org.receptorsim.organism.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.receptorsim.organism.circuit.Circuit;
import org.receptorsim.organism.circuit.Readout;
import org.receptorsim.organism.model.ArmSetup;
import org.receptorsim.organism.model.OrganismParameter;
import org.receptorsim.pharmacology.pk.DosingEvent;
import org.receptorsim.scenario.ScenarioException;

/** Organism scenario files: resolution against the defaults, and one located error per kind of mistake. */
class OrganismScenarioLoaderTest {

    static final String BASE = """
            name: t
            drug: morphine-human
            duration: 2 d
            doses: [{route: bolus, at: 0 h, mg: 5, every: 12 h, times: 4}]
            arms:
              - name: a
              - name: b
                drug: oliceridine-human
                doses: [{route: bolus, at: 1 h, mg: 3}]
                parameters: {opponentTime: 8 h}
                circuits: {respiration: {cellOverrides: {grk23Level: 0.5}, readout: effect}}
            """;

    static OrganismScenario parse(String text) {
        return new OrganismScenarioLoader().parse("t.yaml", text);
    }

    /** Arms inherit the scenario's doses; arm parameters and circuit overrides apply on top of the defaults. */
    @Test
    void armsInheritAndOverride() {
        OrganismScenario s = parse(BASE);
        ArmSetup a = s.arm("a");
        ArmSetup b = s.arm("b");
        assertEquals(4, DosingEvent.expandAll(a.doses()).size());
        assertEquals(1, b.doses().size());
        assertEquals("oliceridine-human", b.drug().name());
        assertEquals(6 * 3600, a.parameters().get(OrganismParameter.OPPONENT_TIME));
        assertEquals(8 * 3600, b.parameters().get(OrganismParameter.OPPONENT_TIME));
        assertTrue(b.parameters().source(OrganismParameter.OPPONENT_TIME).contains("arm b"));
        assertEquals(Readout.EFFECT, b.circuits().get(Circuit.RESPIRATION).readout());
        assertEquals("0.5", b.circuits().get(Circuit.RESPIRATION).cells().cellOverrides().get("grk23Level").asText());
        assertEquals(Readout.CAMP, a.circuits().get(Circuit.ANALGESIA).readout());
        assertEquals("enteric-neuron", a.circuits().get(Circuit.GUT).cells().cellType());
        assertEquals(300, a.stepSeconds());
        assertNull(a.brainClampMolar());
        assertTrue(s.windows().get("a").containsKey("dose4") && s.windows().get("a").containsKey("lastDose"));
        assertEquals(1800, s.outputIntervalSeconds());
        assertEquals(9, s.withSeed(9).arm("b").seed());
        assertNull(a.antagonist());
        assertEquals(1, a.ligands().size());
    }

    /** An antagonist given at the scenario level reaches every arm, with doses in its own molar mass. */
    @Test
    void antagonistIsResolvedWithItsOwnDrug() {
        OrganismScenario s = parse(BASE + "antagonist: {drug: naloxone-human, doses: [{route: bolus, at: 30 h, mg: 0.4}]}");
        ArmSetup b = s.arm("b");
        assertEquals("naloxone-human", b.antagonist().drug().name());
        assertEquals("naloxone", b.ligands().get(1).asText());
        DosingEvent d = b.antagonist().doses().get(0);
        assertEquals(30 * 3600, d.timeSeconds(), 1e-9);
        assertEquals(0.4e-3 / 327.37, ((DosingEvent.Bolus) d).amountMol(), 1e-12);
    }

    static List<Arguments> mistakes() {
        return List.of(
                Arguments.of(BASE.replace("drug: morphine-human", "drug: heroin"), "t.yaml:2:1: drug: unknown drug"),
                Arguments.of(BASE.replace("mg: 5,", "mg: -5,"), "t.yaml:4:"),
                Arguments.of(BASE.replace("duration: 2 d", "duration: 2 d\nstep: 7 min"), "duration: expected a whole"),
                Arguments.of(BASE + "contexts: [{context: A, at: 0 h, duration: 2 h}, {context: B, at: 1 h, duration: 2 h}]",
                        "contexts: sessions overlap"),
                Arguments.of(BASE + "contexts: [{context: A, at: 3 min, duration: 2 h}]", "contexts.0.at: expected a whole"),
                Arguments.of(BASE.replace("readout: effect", "readout: calcium"), "circuits.respiration.readout:"),
                Arguments.of(BASE.replace("grk23Level: 0.5", "grk23Level: -1"), "circuits.respiration.cellOverrides"),
                Arguments.of(BASE.replace("respiration:", "liver:"), "arms.1.circuits.liver: expected one of"),
                Arguments.of(BASE.replace("opponentTime: 8 h", "opponentTime: 8"), "arms.1.parameters.opponentTime:"),
                Arguments.of(BASE.replace("opponentTime: 8 h", "opponentSpeed: 8 h"), "unknown parameter 'opponentSpeed'"),
                Arguments.of(BASE + "checks: [{id: x, quantity: 'a:brainz.max@all', band: [0, 1], label: predicted,"
                        + " source: s}]", "checks.0.quantity: unknown series 'brainz'"),
                Arguments.of(BASE + "checks: [{id: x, quantity: 'c:brain.max@all', band: [0, 1], label: predicted,"
                        + " source: s}]", "unknown arm 'c'"),
                Arguments.of(BASE + "checks: [{id: x, quantity: 'a:brain.max@dose9', band: [0, 1], label: predicted,"
                        + " source: s}]", "has no window 'dose9'"),
                Arguments.of(BASE + "checks: [{id: x, quantity: 'a:brain.max@all', band: [1, 0], label: predicted,"
                        + " source: s}]", "checks.0.band:"),
                Arguments.of(BASE + "checks: [{id: x, quantity: 'a:brain.max@all', band: [0, huge], label: predicted,"
                        + " source: s}]", "checks.0.band.1: expected a number, inf or -inf"),
                Arguments.of(BASE + "checks: [{id: x, quantity: 'a:brain.max@all', band: [0, 1], label: guessed,"
                        + " source: s}]", "checks.0.label:"),
                Arguments.of(BASE + "figures: [{name: f, panels: [{series: [nope]}]}]", "figures.0.panels.0.series.0:"),
                Arguments.of(BASE + "cells: {cellDt: 7 min}", "cells.cellDt: expected a time that divides"),
                Arguments.of(BASE.replace("  - name: a\n", "  - name: a:b\n"), "arms.0.name:"),
                Arguments.of(BASE + "pgpInhibition: 2", "pgpInhibition: expected a fraction"),
                Arguments.of(BASE + "antagonist: {drug: narcan, doses: [{route: bolus, at: 1 h, mg: 0.4}]}",
                        "antagonist.drug: unknown drug 'narcan'"),
                Arguments.of(BASE + "antagonist: {drug: morphine-rat}", "antagonist.drug: expected a drug with another"
                        + " ligand"),
                Arguments.of(BASE + "antagonist: {drug: naloxone-human, doses: [{route: bolus, at: 1 h, mg: -1}]}",
                        "antagonist.doses.0"),
                Arguments.of(BASE + "parameters: {cellSetPointFeedback: 1}",
                        "parameters.cellSetPointFeedback: expected true or false"));
    }

    /** Each mistake stops with file:line:column: field: what was expected. */
    @ParameterizedTest
    @MethodSource("mistakes")
    void mistakesAreLocated(String text, String expected) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> parse(text));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().matches("t\\.yaml:\\d+:\\d+: .*"), "located: " + e.getMessage());
    }
}
