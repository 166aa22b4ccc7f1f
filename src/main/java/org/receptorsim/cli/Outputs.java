package org.receptorsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.receptorsim.output.OutputClaim;
import picocli.CommandLine.Model.CommandSpec;

/** How every command claims its output directory before it simulates anything ({@link OutputClaim}). */
final class Outputs {

    private Outputs() {
    }

    /**
     * Claims the output directory of a command and prints the claim's notes.
     *
     * @param target the output directory
     * @param spec the command (its arguments are recorded in the lock, for a second run's message)
     * @return the claim, to close when the results are written
     */
    static OutputClaim claim(Path target, CommandSpec spec) {
        OutputClaim claim = OutputClaim.claim(target, commandLine(spec));
        PrintWriter o = spec.commandLine().getOut();
        claim.notes().forEach(o::println);
        o.flush();
        return claim;
    }

    /** The command line as typed, e.g. {@code receptorsim ensemble x.yaml --out y}. */
    static String commandLine(CommandSpec spec) {
        return "receptorsim " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    }
}
