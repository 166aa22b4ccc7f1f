package org.receptorsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.receptorsim.model.CellType;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.pharmacology.pk.PkModel;
import org.receptorsim.pharmacology.pk.PkPresets;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioException;
import org.receptorsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code receptorsim list ligands|cells|scenarios}: the library with units and sources, or the bundled scenarios. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the ligand library, the cell library, the pharmacokinetic presets, the scenarios, or the "
                + "full references behind the libraries' source keys, with units and sources.")
final class ListCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    private LibraryOptions libraryOptions;

    /** What to list. */
    enum What { ligands, cells, scenarios, presets, references }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "One of: ${COMPLETION-CANDIDATES}")
    private What what;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "scenarios",
            description = "Scenario directory (default: ${DEFAULT-VALUE}).")
    private Path dir;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Library library = libraryOptions.library();
        switch (what) {
            case ligands -> library.ligands().forEach(l -> printRecord(out, l, l.name(), l.description(),
                    l.sources()));
            case cells -> library.cells().forEach(c -> printRecord(out, c, c.name(), c.description(), c.sources()));
            case scenarios -> listScenarios(out, library);
            case presets -> listPresets(out);
            case references -> library.references().forEach((k, v) -> {
                out.println(k + ": " + v);
                List<String> dois = library.dois(k);
                out.println("    " + (dois.isEmpty() ? "DOI: not confirmed (" + Library.BIBLIOGRAPHY_RESOURCE + ")"
                        : String.join(" ", dois.stream().map(d -> "https://doi.org/" + d).toList())));
            });
            default -> throw new IllegalStateException();
        }
        return 0;
    }

    private void listScenarios(PrintWriter out, Library library) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new ReceptorSimCommand.UserException(dir + ": no such scenario directory");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().matches(".*\\.ya?ml$")).sorted().toList();
        }
        ScenarioLoader loader = new ScenarioLoader(library);
        for (Path f : files) {
            try {
                Scenario sc = loader.load(f);
                out.printf(Locale.ROOT, "%-40s %s; %s, dt %s s, %d arm(s)%n    %s%n", f, sc.name(),
                        new org.receptorsim.units.Duration(sc.durationSeconds()), fmt(sc.dtSeconds()),
                        sc.arms().size(), sc.description().strip().replace('\n', ' '));
            } catch (ScenarioException e) {
                out.printf(Locale.ROOT, "%-40s INVALID: %s%n", f, e.getMessage());
            }
        }
    }

    private static void listPresets(PrintWriter out) {
        for (String name : PkPresets.names()) {
            PkModel m = PkPresets.byName(name);
            out.println(name + " — one-compartment pharmacokinetics");
            out.printf(Locale.ROOT, "    %-31s %-14s %s%n", "volumeLitres", String.format(Locale.ROOT, "%.4g L",
                    m.volumeLitres()), m.sources().getOrDefault("volumeLitres", "assumed"));
            out.printf(Locale.ROOT, "    %-31s %-14s %s%n", "clearance", String.format(Locale.ROOT, "%.4g L/min",
                    m.clearanceLitresPerSecond() * 60), m.sources().getOrDefault("clearance",
                    m.sources().getOrDefault("clearanceLitresPerSecond", "derived: elimination x volume")));
            out.printf(Locale.ROOT, "    %-31s %-14s t1/2 %.3g h; %s%n", "elimination", new org.receptorsim.units.Rate(
                    m.eliminationRatePerSecond()), m.halfLifeSeconds() / 3600,
                    m.sources().getOrDefault("eliminationRatePerSecond", "assumed"));
            out.printf(Locale.ROOT, "    %-31s %-14s %s%n", "molarMassGramsPerMol",
                    String.format(Locale.ROOT, "%.5g g/mol", PkPresets.molarMassGramsPerMol(name)),
                    m.sources().getOrDefault("molarMassGramsPerMol", ""));
            out.println();
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%g", v).replaceFirst("\\.?0+$", "");
    }

    private static void printRecord(PrintWriter out, Record r, String name, String description,
                                    Map<String, String> sources) {
        out.println(name + " — " + description.strip());
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            String field = c.getName();
            if (List.of("name", "description", "sources").contains(field)) {
                continue;
            }
            Object value;
            try {
                value = c.getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (value == null || (r instanceof Ligand l && l.releasesTransmitter()
                    && !List.of("releases", "releaseEc50").contains(field))) {
                continue;
            }
            String unit = value instanceof Number || value instanceof Boolean ? dimensionless(r, field) : "";
            out.printf(Locale.ROOT, "    %-31s %-14s %s%n", field, value + unit,
                    sources.getOrDefault(field, field.equals("kon") && r instanceof Ligand ? "derived: koff / kd"
                            : field.equals("antagonist") ? "" : "assumed"));
        }
        out.println();
    }

    private static String dimensionless(Record r, String field) {
        if (r instanceof CellType && field.equals("receptorCount")) {
            return " receptors";
        }
        return "";
    }
}
