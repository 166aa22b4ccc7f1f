package org.receptorsim.cli;

import java.util.List;
import java.util.Set;
import org.receptorsim.figure.FigureFormat;
import picocli.CommandLine.Option;

/** The {@code --figure-format} option of the commands that write charts (a picocli mixin). */
final class FigureOptions {

    @Option(names = "--figure-format", split = ",", paramLabel = "FORMAT",
            description = "Formats of the figures: any of png, svg, pdf, comma-separated (default: png). PNG at "
                    + "300 dpi; SVG and PDF are vector, sized for a journal column.")
    List<String> formats;

    /** The chosen formats; a bad name is a user error. */
    Set<FigureFormat> formats() {
        if (formats == null) {
            return FigureFormat.DEFAULT;
        }
        try {
            return FigureFormat.parse(formats);
        } catch (IllegalArgumentException e) {
            throw new ReceptorSimCommand.UserException("--figure-format: " + e.getMessage());
        }
    }
}
