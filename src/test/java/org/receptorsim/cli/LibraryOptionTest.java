package org.receptorsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --library FILE} on the command line: listed, used by a run, refused with its place when wrong. */
class LibraryOptionTest {

    /** compound-X, an oliceridine-like user ligand (grk5Efficacy 0.2, oliceridine's 0.3), kd sourced. */
    static final String LIGAND = """
            ligands:
              - name: compound-X
                kd: 4 nM
                koff: 0.02 /s
                gProteinEfficacy: 0.55
                grk23Efficacy: 0.03
                grk5Efficacy: 0.2
                arrestin3Efficacy: 0.05
                arrestin2Efficacy: 0.05
                sources: {kd: "our binding assay"}
            """;

    private static String[] run(String... args) {
        CommandLineTest.Outcome o = CommandLineTest.run(args);
        return new String[] {Integer.toString(o.code()), o.out(), o.err()};
    }

    @Test
    void userLigandIsListedAndRunWithItsSources(@TempDir Path tmp) throws Exception {
        Path lib = tmp.resolve("mine.yaml");
        Files.writeString(lib, LIGAND);
        String[] list = run("list", "ligands", "--library", lib.toString());
        assertEquals("0", list[0], list[2]);
        assertTrue(list[1].contains("compound-X") && list[1].contains("our binding assay")
                && list[1].contains("user (mine.yaml)"), list[1]);

        Path scenario = tmp.resolve("x.yaml");
        Files.writeString(scenario, """
                cell: HEK293-MOR
                cellOverrides: {receptorCount: 300}
                ligands: [compound-X]
                protocol: {bath: [{at: 0 s, set: {compound-X: 1 uM}}]}
                duration: 2 min
                outputInterval: 30 s
                """);
        Path out = tmp.resolve("out");
        String[] r = run("run", scenario.toString(), "--library", lib.toString(), "--out", out.toString());
        assertEquals("0", r[0], r[2]);
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("user (mine.yaml)") && manifest.contains("our binding assay"), manifest);
        assertTrue(Files.readString(out.resolve("summary.csv")).startsWith("metric,arm,unit,n,mean,sd,ci_low,ci_high"));

        String[] without = run("run", scenario.toString(), "--out", tmp.resolve("out2").toString());
        assertEquals("2", without[0]);
        assertTrue(without[2].contains("unknown ligand 'compound-X'"), without[2]);
        assertFalse(Files.exists(tmp.resolve("out2")), "nothing half-written");
    }

    @Test
    void badLibraryIsOneLocatedLineAndExitTwo(@TempDir Path tmp) throws Exception {
        Path lib = tmp.resolve("bad.yaml");
        Files.writeString(lib, LIGAND.replace("grk23Efficacy: 0.03", "grk23Efficacy: -1"));
        String[] r = run("bias", "compound-X", "--library", lib.toString(), "--out", tmp.resolve("b").toString());
        assertEquals("2", r[0]);
        assertEquals("error: " + lib + ":6:5: ligands.0.grk23Efficacy: expected a finite number >= 0 for ligand "
                + "'compound-X', got -1.0", r[2].strip());
        assertFalse(Files.exists(tmp.resolve("b")));
    }
}
