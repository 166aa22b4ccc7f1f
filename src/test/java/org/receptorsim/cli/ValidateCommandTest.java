package org.receptorsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `validate --sensitivity` and `--ablation` from the command line: their files, and one-line errors. */
class ValidateCommandTest {

    /**
     * Target 1 with two varied values and one Morris trajectory: sensitivity.csv has a row per quantity, value
     * and factor; morris.csv one per quantity and value; the summary names a most influential value per quantity.
     */
    @Test
    void sensitivityWritesItsTables(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("v");
        CommandLineTest.Outcome o = CommandLineTest.run("validate", "--targets", "1", "--replicates", "1",
                "--sensitivity", "--parameters", "cells.CNS-neuron.gProteinsPerReceptor,ligands.morphine.grk23Efficacy",
                "--trajectories", "1", "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        List<String> oat = Files.readAllLines(out.resolve("sensitivity.csv"));
        assertTrue(oat.get(0).startsWith("target,quantity,role,parameter,factor,applied_factor,parameter_value,value"),
                oat.get(0));
        assertEquals(1 + 4 * 2 * 2, oat.size(), "4 quantities x 2 values x 2 factors");
        List<String> morris = Files.readAllLines(out.resolve("morris.csv"));
        assertEquals(1 + 4 * 2, morris.size());
        assertEquals(1 + 3, Files.readAllLines(out.resolve("morris-design.csv")).size(), "one trajectory, 3 points");
        assertTrue(o.out().contains("| 1 | DAMGO: G-protein response lost in 10 min |"), o.out());
        assertTrue(o.out().contains("Morris design: 1 trajectories, 4 levels"), o.out());
        assertTrue(Files.readString(out.resolve("report.html")).contains("Morris screen"));
        assertFalse(Files.exists(out.resolve("ablation.csv")));
    }

    /** Bad sensitivity and ablation options are one-line errors with exit code 2, and nothing is written. */
    @Test
    void badOptionsAreOneLineErrors(@TempDir Path tmp) {
        Path out = tmp.resolve("v");
        CommandLineTest.Outcome o = CommandLineTest.run("validate", "--targets", "1", "--sensitivity",
                "--parameters", "cells.HEK293-MOR.arrestinRate", "--out", out.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().strip().startsWith("error: --parameters: cells.HEK293-MOR.arrestinRate: 'arrestinRate' "
                + "is not a parameter"), o.err());
        assertEquals(1, o.err().strip().lines().count());
        o = CommandLineTest.run("validate", "--targets", "1", "--sensitivity", "--levels", "3", "--out",
                out.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--levels: expected an even number"), o.err());
        o = CommandLineTest.run("validate", "--targets", "1,3", "--ablation", "--out", out.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--ablation: expected a chronic target"), o.err());
        assertFalse(Files.exists(out));
    }
}
