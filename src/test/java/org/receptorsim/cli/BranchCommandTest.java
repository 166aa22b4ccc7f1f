package org.receptorsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptorsim.checkpoint.Branches;
import org.receptorsim.checkpoint.Checkpoints;
import org.receptorsim.cli.CommandLineTest.Outcome;
import org.receptorsim.model.CellSimulation;
import org.receptorsim.model.SignalReadouts.Readout;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;
import org.receptorsim.simulation.ArmsSimulation;

/** {@code receptorsim branch}: new arms started from a saved tolerant cell. */
class BranchCommandTest {

    private static final String HISTORY = """
            name: history
            cell: CNS-neuron
            cellOverrides: {receptorCount: 2000}
            ligands: [morphine]
            forskolin: true
            arms:
              - name: morphine
                protocol: {bath: [{at: 0 s, set: {morphine: 1 uM}}]}
              - name: vehicle
                protocol: {bath: [{at: 0 s, washout: true}]}
            engine: cohort
            duration: 4 h
            dt: 2 s
            outputInterval: 10 min
            seed: 3
            """;

    private static final String BRANCH = """
            name: what-if
            cell: CNS-neuron
            ligands: [morphine, naloxone]
            forskolin: true
            arms:
              - name: continued
                protocol: {bath: [{at: 0 s, set: {morphine: 1 uM}}]}
              - name: naloxone
                protocol: {bath: [{at: 0 s, set: {morphine: 1 uM, naloxone: 10 uM}}]}
            duration: 30 min
            dt: 2 s
            outputInterval: 1 min
            seed: 5
            """;

    private static Outcome cli(String... args) {
        return CommandLineTest.run(args);
    }

    private static Path checkpoint(Path tmp) throws IOException {
        Path history = Files.writeString(tmp.resolve("history.yaml"), HISTORY);
        Outcome o = cli("run", history.toString(), "--out", tmp.resolve("h").toString(), "--checkpoint-every", "2 h");
        assertEquals(0, o.code(), o.err());
        return tmp.resolve("h-checkpoints").resolve("checkpoint-0002h00m00s.ckpt");
    }

    @Test
    void aBranchStartsFromTheSavedCellsStateAndShowsPrecipitatedWithdrawal(@TempDir Path tmp) throws IOException {
        Path file = checkpoint(tmp);
        ArmsSimulation saved = Checkpoints.read(file);
        CellSimulation tolerant = saved.cells().get(0);
        Scenario branch = new ScenarioLoader(Library.bundled()).parse("what-if.yaml", BRANCH);
        ArmsSimulation cells = Branches.of(saved, "morphine", branch);
        cells.start();
        for (CellSimulation c : cells.cells()) {
            assertArrayEquals(tolerant.space().carryInto(tolerant.chainCounts(), c.space()), c.chainCounts(),
                    "the branch starts with the saved receptors");
            assertEquals(tolerant.snapshots().get(tolerant.snapshots().size() - 1).readouts(),
                    c.snapshots().get(0).readouts(), "and the saved signalling state");
        }
        var results = cells.runToEnd();
        double continued = Readout.CAMP_RELATIVE.of(results.get(0).snapshots().get(10));
        double precipitated = Readout.CAMP_RELATIVE.of(results.get(1).snapshots().get(10));
        assertTrue(precipitated > 1.5 * continued, "naloxone on the tolerant cell: cAMP " + precipitated
                + " overshoots the morphine-held " + continued);
    }

    @Test
    void branchWritesReproducibleResultsAndRefusesWhatDoesNotFit(@TempDir Path tmp) throws IOException {
        Path file = checkpoint(tmp);
        Path branch = Files.writeString(tmp.resolve("what-if.yaml"), BRANCH);
        Outcome a = cli("branch", branch.toString(), "--from", file.toString(), "--arm", "morphine", "--out",
                tmp.resolve("a").toString());
        assertEquals(0, a.code(), a.err());
        assertTrue(a.out().contains("branched from"), a.out());
        assertEquals(0, cli("branch", branch.toString(), "--from", file.toString(), "--arm", "morphine", "--out",
                tmp.resolve("b").toString()).code());
        assertEquals(Files.readString(tmp.resolve("a").resolve("timeseries.csv")),
                Files.readString(tmp.resolve("b").resolve("timeseries.csv")));

        CommandLineTest.assertUserError(cli("branch", branch.toString(), "--from", file.toString(), "--out",
                tmp.resolve("x").toString()), "say which one to branch from");
        CommandLineTest.assertUserError(cli("branch", branch.toString(), "--from", file.toString(), "--arm", "nope", "--out",
                tmp.resolve("x").toString()), "no arm 'nope'");
        Path noMorphine = Files.writeString(tmp.resolve("no-morphine.yaml"),
                BRANCH.replace("[morphine, naloxone]", "[naloxone]").replace("morphine: 1 uM, ", "")
                        .replace("{morphine: 1 uM}", "{naloxone: 1 nM}"));
        CommandLineTest.assertUserError(cli("branch", noMorphine.toString(), "--from", file.toString(), "--arm", "morphine",
                "--out", tmp.resolve("x").toString()), "hold morphine");
        Path otherCell = Files.writeString(tmp.resolve("other-cell.yaml"),
                BRANCH.replace("cell: CNS-neuron", "cell: HEK293-MOR"));
        CommandLineTest.assertUserError(cli("branch", otherCell.toString(), "--from", file.toString(), "--arm", "morphine",
                "--out", tmp.resolve("x").toString()), "the saved cell is CNS-neuron");
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    /** The example of the README branches from a saved morphine cell. */
    @Test
    void theBundledBranchExampleRunsFromASavedCell(@TempDir Path tmp) throws IOException {
        Path file = checkpoint(tmp);
        Outcome o = cli("branch", "examples/branch-after-morphine.yaml", "--from", file.toString(), "--arm",
                "morphine", "--out", tmp.resolve("example").toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("naloxone-precipitated") && o.out().contains("washout"), o.out());
        assertTrue(Files.exists(tmp.resolve("example").resolve("timeseries.csv")));
    }
}
