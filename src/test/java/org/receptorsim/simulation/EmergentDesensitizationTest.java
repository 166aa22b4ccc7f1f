package org.receptorsim.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.receptorsim.analysis.ArmSummary;
import org.receptorsim.model.ArmResult;
import org.receptorsim.model.CellSnapshot;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;

/**
 * Desensitization, internalization and recovery must emerge from the receptor rules: these tests run the bundled
 * scenarios' agents and read the recorded curves. Nothing here knows the rates.
 */
class EmergentDesensitizationTest {

    private static Scenario sideBySide;
    private static List<ArmResult> sideBySideResults;

    @BeforeAll
    static void runSideBySide() {
        sideBySide = new ScenarioLoader(Library.bundled()).load(Path.of("scenarios/morphine-vs-damgo.yaml"));
        sideBySideResults = ScenarioRunner.run(sideBySide);
    }

    private static ArmSummary summary(Scenario scenario, ArmResult r) {
        return ArmSummary.of(r, scenario.ligands());
    }

    private static ArmResult arm(String name) {
        return sideBySideResults.stream().filter(r -> r.arm().equals(name)).findFirst().orElseThrow();
    }

    private static CellSnapshot at(ArmResult r, double seconds) {
        return r.snapshots().stream().filter(s -> Math.abs(s.timeSeconds() - seconds) < 1e-6).findFirst()
                .orElseThrow();
    }

    /** Under saturating DAMGO the G-protein signal peaks within 2 min, then falls by 10 min; surface receptors fall. */
    @Test
    void damgoSignalPeaksThenDeclinesWithinMinutesAndSurfaceReceptorsFall() {
        ArmResult damgo = arm("DAMGO");
        ArmSummary s = summary(sideBySide, damgo);
        assertTrue(s.peakTimeSeconds() <= 120, "peak at " + s.peakTimeSeconds() + " s");
        double at10 = at(damgo, 600).readouts().gProteinActiveFraction();
        assertTrue(at10 < 0.85 * s.peakSignal(), "signal at 10 min " + at10 + " vs peak " + s.peakSignal());
        assertTrue(at(damgo, 1800).surface() < 0.8 * at(damgo, 0).surface(), "surface receptors fall");
    }

    /** Morphine desensitizes and internalizes the receptors less than DAMGO at the same saturating concentration. */
    @Test
    void morphineChangesLessThanDamgo() {
        ArmSummary damgo = summary(sideBySide, arm("DAMGO"));
        ArmSummary morphine = summary(sideBySide, arm("morphine"));
        assertTrue(morphine.episodes().get(0).desensitizationPercent()
                        < damgo.episodes().get(0).desensitizationPercent() / 2,
                "desensitization morphine " + morphine.episodes().get(0).desensitizationPercent() + " % vs DAMGO "
                        + damgo.episodes().get(0).desensitizationPercent() + " %");
        assertTrue(morphine.surfaceLossPercentAt30min() < damgo.surfaceLossPercentAt30min() / 2,
                "surface loss morphine " + morphine.surfaceLossPercentAt30min() + " % vs DAMGO "
                        + damgo.surfaceLossPercentAt30min() + " %");
    }

    /** After washout the receptors return: the response to a second DAMGO application recovers most of the first. */
    @Test
    void responseRecoversAfterWashout() {
        Scenario scenario = new ScenarioLoader(Library.bundled()).load(Path.of("scenarios/damgo-desensitization.yaml"));
        ArmResult r = ScenarioRunner.run(scenario).get(0);
        ArmSummary s = summary(scenario, r);
        assertEquals(2, s.episodes().size(), "two DAMGO applications");
        ArmSummary.AgonistEpisode first = s.episodes().get(0);
        ArmSummary.AgonistEpisode second = s.episodes().get(1);
        assertTrue(first.signalAtEnd() < 0.85 * first.peakSignal(), "desensitized at the end of the first");
        assertTrue(second.peakSignal() > first.signalAtEnd() + 0.5 * (first.peakSignal() - first.signalAtEnd()),
                "second peak " + second.peakSignal() + " recovers at least half of the loss");
        CellSnapshot beforeWashout = at(r, 600);
        CellSnapshot beforeTest = at(r, 2400);
        assertTrue(beforeTest.surface() > beforeWashout.surface(), "receptors return to the surface");
    }
}
