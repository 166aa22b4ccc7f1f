package org.receptorsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptorsim.output.TimeSeriesCsv;
import org.receptorsim.pharmacology.ExposureQuantity;
import org.receptorsim.pharmacology.ExposureReadouts;
import org.receptorsim.pharmacology.pk.PharmacokineticExposure;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;
import org.receptorsim.simulation.ScenarioRunner;

/**
 * The typed readouts map to and from the result files' readout columns: names, order and units agree with the time
 * series CSV's header and rows, and the mapping to values and back is exact.
 */
class SignalReadoutsTest {

    /** A test scenario: one arm dosed with pharmacokinetics (four extra quantities), one in a bath (none). */
    private static final Path PK_BESIDE_BATH = Path.of("src/test/resources/org/receptorsim/model/pk-beside-bath.yaml");

    private static final Scenario SCENARIO = new ScenarioLoader(Library.bundled()).load(PK_BESIDE_BATH);

    private static List<ArmResult> pkAndBathArms() {
        return ScenarioRunner.run(SCENARIO);
    }

    /** Distinct values in every field, so that a field read in the place of another shows. */
    private static SignalReadouts distinct() {
        return new SignalReadouts(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, new ExposureReadouts(
                PharmacokineticExposure.QUANTITIES, new double[] {0.9, 1.0, 1.1, 1.2}));
    }

    @Test
    void eachReadoutNamesTheFieldItReads() {
        SignalReadouts r = distinct();
        assertEquals(r.gProteinActiveFraction(), SignalReadouts.Readout.G_PROTEIN_ACTIVATION.of(r));
        assertEquals(r.effectFraction(), SignalReadouts.Readout.EFFECT.of(r));
        assertEquals(r.cAMPRelative(), SignalReadouts.Readout.CAMP_RELATIVE.of(r));
        assertEquals(r.cyclaseUpregulation(), SignalReadouts.Readout.CYCLASE_UPREGULATION.of(r));
        assertEquals(r.mediator(), SignalReadouts.Readout.MEDIATOR.of(r));
        assertEquals(r.transmitterPoolFraction(), SignalReadouts.Readout.TRANSMITTER_POOL.of(r));
        assertEquals(r.arrestin3BoundFraction(), SignalReadouts.Readout.ARRESTIN3_BOUND.of(r));
        assertEquals(r.arrestin2BoundFraction(), SignalReadouts.Readout.ARRESTIN2_BOUND.of(r));
        assertEquals(1.1, r.exposure().value(PharmacokineticExposure.INDUCTION));
        assertEquals(List.of("gProteinActivation", "effect", "cAMPRelative", "cyclaseUpregulation", "mediator",
                "transmitterPool", "arrestin3Bound", "arrestin2Bound", "pkPlasma_M", "pkEffectSite_M", "pkInduction",
                "pkClearance_L_per_s"), r.columns(), "the columns of earlier result files, in their order");
        double[] v = r.values();
        for (int i = 0; i < v.length; i++) {
            assertEquals(r.value(r.columns().get(i)).orElseThrow(), v[i], r.columns().get(i));
        }
        assertTrue(r.value("pkNoSuchThing").isEmpty());
    }

    @Test
    void valuesRoundTripBitForBit() {
        SignalReadouts r = distinct();
        assertEquals(r, SignalReadouts.fromValues(r.values(), r.exposure().quantities()));
        SignalReadouts bath = new SignalReadouts(-0.0, Double.NaN, 1, 1, 0, 1, 0, 0, ExposureReadouts.NONE);
        assertEquals(bath, SignalReadouts.fromValues(bath.values(), List.of()));
        assertNotEquals(bath, new SignalReadouts(0.0, Double.NaN, 1, 1, 0, 1, 0, 0, ExposureReadouts.NONE),
                "compared bit for bit, as the replicate store keeps them");
        for (ArmResult arm : pkAndBathArms()) {
            for (CellSnapshot s : arm.snapshots()) {
                SignalReadouts back = SignalReadouts.fromValues(s.readouts().values(), arm.exposureQuantities());
                assertEquals(s.readouts(), back, arm.arm() + " at " + s.timeSeconds() + " s");
            }
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SignalReadouts.fromValues(new double[9], List.of()));
        assertTrue(e.getMessage().contains("expected 8 values"), e.getMessage());
    }

    @Test
    void namesAndOrderAgreeWithTheTimeSeriesCsv(@TempDir Path tmp) throws Exception {
        List<ArmResult> arms = pkAndBathArms();
        ArmResult dosed = arms.get(0);
        ArmResult bath = arms.get(1);
        assertEquals(PharmacokineticExposure.QUANTITIES, dosed.exposureQuantities());
        assertEquals(List.of(), bath.exposureQuantities());
        Path file = tmp.resolve("timeseries.csv");
        TimeSeriesCsv.write(file, arms, SCENARIO.ligands());
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerFor(List.class).readValues(file.toFile())) {
            it.forEachRemaining(rows::add);
        }
        List<String> header = rows.get(0);
        List<String> columns = dosed.readoutColumns();
        int first = header.indexOf(columns.get(0));
        assertEquals(columns, header.subList(first, first + columns.size()), "readout columns, in record order");
        assertEquals("conc_morphine_M", header.get(first + columns.size()));
        int row = 1;
        for (ArmResult arm : arms) {
            for (CellSnapshot s : arm.snapshots()) {
                List<String> cells = rows.get(row++);
                assertEquals(arm.arm(), cells.get(0));
                for (int c = 0; c < columns.size(); c++) {
                    String cell = cells.get(first + c);
                    var value = s.readouts().value(columns.get(c));
                    String at = arm.arm() + " " + columns.get(c) + " at " + s.timeSeconds() + " s";
                    if (value.isPresent()) {
                        assertEquals(value.getAsDouble(), Double.parseDouble(cell), 0.0, at);
                    } else {
                        assertEquals("", cell, at + ": a quantity the arm's exposure lacks is left empty");
                    }
                }
            }
        }
        assertEquals(rows.size(), row);
    }

    @Test
    void everyQuantityCarriesItsUnitAndNamesItInItsColumn() {
        var names = new HashSet<String>();
        for (SignalReadouts.Readout r : SignalReadouts.Readout.values()) {
            assertFalse(r.unit().isBlank(), r + " has a unit");
            assertTrue(names.add(r.column()), r.column() + " named once");
        }
        for (ExposureQuantity q : PharmacokineticExposure.QUANTITIES) {
            assertTrue(names.add(q.column()), q.column() + " named once");
            assertFalse(q.description().isBlank());
            String suffix = q.column().contains("_") ? q.column().substring(q.column().indexOf('_') + 1) : "";
            String expected = q.unit().equals("1") ? "" : q.unit().replace("/", "_per_");
            assertEquals(expected, suffix, q.column() + " names its unit " + q.unit());
        }
    }
}
