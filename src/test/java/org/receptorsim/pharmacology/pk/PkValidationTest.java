package org.receptorsim.pharmacology.pk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.receptorsim.units.Concentration;
import org.receptorsim.units.Duration;
import org.receptorsim.units.Rate;

/** Bad inputs are refused with one line that names the field and the value. */
class PkValidationTest {

    static void refused(String field, Executable code) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, code);
        assertTrue(e.getMessage().startsWith(field + ":"), "message should name " + field + ": " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    /** Model, induction and dose values out of range (NaN included) name their field. */
    @Test
    void badValuesNameTheirField() {
        refused("volumeLitres", () -> PkModel.of(Double.NaN, 1));
        refused("volumeLitres", () -> PkModel.of(-1, 1));
        refused("clearanceLitresPerSecond", () -> PkModel.of(1, 0));
        refused("clearanceLitresPerSecond", () -> PkModel.of(1, Double.POSITIVE_INFINITY));
        refused("effectSiteRatePerSecond", () -> PkModel.of(1, 1).withEffectSite(0.0));
        refused("maxFactor", () -> new EnzymeInduction(0.5, 1e-8, 1e-5, 1e-6));
        refused("ec50Molar", () -> new EnzymeInduction(2, Double.NaN, 1e-5, 1e-6));
        refused("offRatePerSecond", () -> new EnzymeInduction(2, 1e-8, 1e-5, -1));
        refused("amountMol", () -> new DosingEvent.Bolus(0, -1));
        refused("timeSeconds", () -> new DosingEvent.Bolus(Double.NaN, 1));
        refused("endSeconds", () -> new DosingEvent.Infusion(100, 50, 1e-9));
        refused("rateMolPerSecond", () -> new DosingEvent.Infusion(0, 50, 0));
        refused("bioavailability", () -> new DosingEvent.OralDose(0, 1e-5, 1.5, 1e-3));
        refused("bioavailability", () -> new DosingEvent.OralDose(0, 1e-5, Double.NaN, 1e-3));
        refused("absorptionRatePerSecond", () -> new DosingEvent.OralDose(0, 1e-5, 0.5, 0));
        refused("intervalSeconds", () -> DosingEvent.repeat(new DosingEvent.Bolus(0, 1e-5), 0, 3));
        refused("count", () -> DosingEvent.repeat(new DosingEvent.Bolus(0, 1e-5), 3600, 0));
        refused("mg", () -> DosingEvent.molesFromMilligrams(-10, 285.34));
        refused("molarMassGramsPerMol", () -> DosingEvent.molesFromMilligrams(10, 0));
        refused("dtSeconds", () -> PkTrajectory.compute(PkModel.of(1, 1), List.of(), 3600, 0));
        refused("durationSeconds", () -> PkTrajectory.compute(PkModel.of(1, 1), List.of(), -1, 1));
        refused("ligandIndex", () -> new EffectSiteClamp(2, 2, 1e-8, null));
        refused("clampMolar", () -> new EffectSiteClamp(2, 0, Double.NaN, null));
        refused("timeSeconds", () -> PkTrajectory.compute(PkModel.of(1, 1), List.of(), 10, 1).plasmaMolarAt(-1));
        refused("toSeconds", () -> PkTrajectory.compute(PkModel.of(1, 1), List.of(), 10, 1).plasmaAuc(5, 4));
    }

    /** A scenario spec names the field at fault, with the dose's position. */
    @Test
    void badSpecsNameTheirField() {
        refused("preset", () -> spec("morphine-dog", null, List.of()).model());
        refused("volumeLitres", () -> spec(null, null, List.of()).model());
        refused("doses[0].route", () -> spec("morphine-human", null, List.of(dose("push", 1e-5, null))).events());
        refused("doses[1].doseMol", () -> spec("morphine-human", null,
                List.of(dose("bolus", 1e-5, null), dose("bolus", 1e-5, 10.0))).events());
        refused("doses[0].mg", () -> spec(null, 276.0, List.of(dose("bolus", null, 10.0))).events());
        refused("doses[0].absorption", () -> spec("morphine-human", null, List.of(dose("oral", 1e-5, null)))
                .events());
        refused("doses[0].until", () -> spec("morphine-human", null, List.of(dose("infusion", 1e-5, null)))
                .events());
        refused("induction.ec50", () -> new PkSpec("m", "morphine-human", null, null, null, null,
                new PkSpec.InductionSpec(2.0, null, null, null), null, null, null).model());
        refused("doses", () -> new PkSpec("m", null, null, null, null, null, null, Concentration.parse("1 nM"),
                null, List.of(dose("bolus", 1e-5, null))).check());
        refused("elimination", () -> new PkSpec("m", null, 276.0, 1.5, Rate.parse("1 /h"), null, null, null, null,
                null).model());
        refused("ligand", () -> new PkSpec(" ", "morphine-human", null, null, null, null, null, null, null, null)
                .check());
        refused("doses[0].times", () -> spec("morphine-human", null, List.of(new PkSpec.DoseSpec("bolus", null,
                1e-5, null, null, null, null, Duration.parse("1 d"), null))).events());
    }

    private static PkSpec spec(String preset, Double volume, List<PkSpec.DoseSpec> doses) {
        return new PkSpec("morphine", preset, volume, null, null, null, null, null, null, doses);
    }

    private static PkSpec.DoseSpec dose(String route, Double mol, Double mg) {
        return new PkSpec.DoseSpec(route, null, mol, mg, null, null, null, null, null);
    }
}
