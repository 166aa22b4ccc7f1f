package org.receptorsim.cli;

import java.nio.file.Path;
import java.util.List;
import org.receptorsim.scenario.Library;
import picocli.CommandLine.Option;

/**
 * The {@code --library FILE} option of every command (a picocli mixin): users' ligand and cell libraries merged over
 * the bundled one ({@link Library#withUserFiles}).
 */
final class LibraryOptions {

    @Option(names = "--library", paramLabel = "FILE",
            description = "A library file of your own ligands and/or cells (the format of the bundled ligands.yaml "
                    + "and cells.yaml: 'ligands:' and 'cells:' lists; sources optional), or a scenario whose "
                    + "defined ligands to use; repeatable, later files win.")
    List<Path> files;

    private Library library;

    /** The bundled library with the --library files merged over it (read once). */
    Library library() {
        if (library == null) {
            library = files == null || files.isEmpty() ? Library.bundled() : Library.bundled().withUserFiles(files);
        }
        return library;
    }
}
