package org.receptorsim.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Validation scenarios copied to a test folder with their text changed by hand. */
final class ScenarioFiles {

    static final Path VALIDATION = Path.of("scenarios/validation");

    private ScenarioFiles() {
    }

    /**
     * Copies a validation scenario into {@code dir}, replacing one exact piece of its text.
     *
     * @param dir the test folder
     * @param name scenario file name without ".yaml"
     * @param original text that must occur exactly once
     * @param replacement what it becomes
     */
    static void copyChanged(Path dir, String name, String original, String replacement) throws IOException {
        String text = Files.readString(VALIDATION.resolve(name + ".yaml"));
        int at = text.indexOf(original);
        if (at < 0 || text.indexOf(original, at + 1) >= 0) {
            throw new IllegalArgumentException(name + ": expected '" + original + "' exactly once");
        }
        Files.writeString(dir.resolve(name + ".yaml"), text.replace(original, replacement));
    }
}
