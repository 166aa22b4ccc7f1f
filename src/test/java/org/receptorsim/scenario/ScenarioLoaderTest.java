package org.receptorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** How the loader meets its library: asked for once, and only when a file has been read and bound. */
class ScenarioLoaderTest {

    private static final String VALID = """
            cell: HEK293-MOR
            ligands: [DAMGO]
            protocol:
              bath:
                - {at: 0 s, set: {DAMGO: 1 uM}}
            duration: 2 min
            """;

    /** Counts the calls, and gives the bundled library. */
    private static final class CountingLibrary implements Supplier<Library> {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Library get() {
            calls.incrementAndGet();
            return Library.bundled();
        }
    }

    /** A loader given a library to come asks for it once, however many names it resolves, and resolves them. */
    @Test
    void theLibraryIsAskedForOnceAndResolvesTheNames() {
        CountingLibrary library = new CountingLibrary();
        ScenarioLoader loader = new ScenarioLoader(library);
        Scenario s = loader.parse("a.yaml", VALID);
        assertEquals(1, library.calls.get());
        assertEquals("DAMGO", s.ligands().get(0).name());
        assertEquals("HEK293-MOR", s.arms().get(0).cell().name());
        assertEquals(s, new ScenarioLoader(Library.bundled()).parse("a.yaml", VALID));
        loader.parse("b.yaml", VALID.replace("2 min", "3 min"));
        assertEquals(1, library.calls.get(), "the library is kept");
    }

    /**
     * A file that is not YAML, or whose keys are wrong, is refused before the library is asked for: start-up reads
     * the bundled library on another thread while the file is read, and such errors need not wait for it.
     */
    @Test
    void errorsOfTheFileItselfAreFoundBeforeTheLibraryIsAskedFor() {
        CountingLibrary library = new CountingLibrary();
        ScenarioLoader loader = new ScenarioLoader(library);
        ScenarioException notYaml = assertThrows(ScenarioException.class,
                () -> loader.parse("bad.yaml", "cell: [HEK293-MOR\nduration: 1 min\n"));
        assertTrue(notYaml.getMessage().contains("malformed YAML"), notYaml.getMessage());
        ScenarioException unknownKey = assertThrows(ScenarioException.class,
                () -> loader.parse("bad.yaml", VALID + "durration: 1 min\n"));
        assertTrue(unknownKey.getMessage().contains("durration"), unknownKey.getMessage());
        assertEquals(0, library.calls.get());
    }
}
