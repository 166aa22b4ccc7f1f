package org.receptorsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptorsim.cli.ReceptorSimCommand;

/** The sweep command as a user meets it: results on disk, or one located error line and exit code 2. */
class SweepCommandTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ReceptorSimCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    /** A bad sweep stops before anything runs: exit 2, one line FILE:LINE:COLUMN: FIELD: what, no output. */
    @Test
    void badSweepIsOneLocatedErrorLine(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, SweepFixtures.BASE + """
                  axes:
                    - {parameter: ligands.DAMGO.efficacy, values: [0.5]}
                """);
        Path out = tmp.resolve("out");
        String[] r = run("sweep", file.toString(), "--out", out.toString());
        assertEquals("2", r[0], r[1] + r[2]);
        assertEquals(1, r[2].strip().lines().count(), r[2]);
        assertTrue(r[2].strip().startsWith("error: " + file + ":16:"), r[2]);
        assertTrue(r[2].contains(": sweep.axes.0.parameter: 'efficacy' in 'ligands.DAMGO.efficacy': expected one of "
                + "kd, koff, kon"), r[2]);
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(tmp.resolve("out.partial")));
    }

    /** A good sweep: exit 0, a line per point and arm on the terminal, the table on disk; --replicates applies. */
    @Test
    void sweepCommandWritesResults(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("ok.yaml");
        Files.writeString(file, SweepFixtures.BASE + """
                  metric: tachyphylaxis_percent
                  axes:
                    - {parameter: bath.DAMGO, values: [10 nM, 1 uM]}
                """);
        Path out = tmp.resolve("out");
        String[] r = run("sweep", file.toString(), "--replicates", "2", "--threads", "2", "--out", out.toString());
        assertEquals("0", r[0], r[1] + r[2]);
        assertTrue(r[1].contains("2 points x 2 cells"), r[1]);
        assertTrue(r[1].contains("bath.DAMGO = 10 nM"), r[1]);
        assertEquals(1 + 2 * 2, Files.readAllLines(out.resolve("sweep.csv")).size());
        assertTrue(Files.readAllLines(out.resolve("sweep.csv")).get(1).contains(",2,"), "2 cells per point");
        assertEquals("2", run("sweep", file.toString(), "--out", out.toString())[0], "the output exists");
    }
}
