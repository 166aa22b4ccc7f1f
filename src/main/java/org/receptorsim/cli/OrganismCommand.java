package org.receptorsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.receptorsim.organism.analysis.CheckResult;
import org.receptorsim.organism.experiment.ExperimentResult;
import org.receptorsim.organism.experiment.ExperimentRunner;
import org.receptorsim.organism.output.OrganismValidationWriter;
import org.receptorsim.organism.output.OrganismWriter;
import org.receptorsim.organism.scenario.OrganismScenario;
import org.receptorsim.organism.pk.DrugLibrary;
import org.receptorsim.organism.scenario.OrganismDefaults;
import org.receptorsim.organism.scenario.OrganismScenarioLoader;
import org.receptorsim.output.RunDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code receptorsim organism SCENARIO...} and {@code receptorsim organism --all}: the organism layer's experiments
 * with their result files and literature checks.
 */
@Command(name = "organism", mixinStandardHelpOptions = true,
        description = "Run organism scenarios (scenarios/organism/): brain pharmacokinetics with P-glycoprotein, "
                + "circuits read out from simulated cells, opponent processes, hyperalgesia, learned tolerance, "
                + "sensitization and transcriptional memory; write the results and the literature checks to "
                + "output/<scenario>-<timestamp>/ (several scenarios or --all: output/organism-<timestamp>/ with "
                + "validation.csv, validation.md and one folder per scenario).")
final class OrganismCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    private LibraryOptions libraryOptions;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "SCENARIO",
            description = "Organism scenario files, e.g. scenarios/organism/learned-tolerance.yaml")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--all", description = "Run every scenario in --dir (the validation of the organism layer).")
    private boolean all;

    @Option(names = "--dir", defaultValue = "scenarios/organism", paramLabel = "DIR",
            description = "Folder of the organism scenarios for --all (default: ${DEFAULT-VALUE}).")
    private Path dir;

    @Option(names = "--out", paramLabel = "DIR", description = "Directory for the results (must not exist).")
    private Path out;

    @Option(names = "--seed", description = "Master random seed (overrides every scenario's).")
    private Long seed;

    @Option(names = "--threads", description = "Threads for the simulated cells (default: all cores).")
    private Integer threads;

    @Override
    public Integer call() {
        List<Path> scenarios = new ArrayList<>(files);
        if (all) {
            try (Stream<Path> s = Files.list(dir)) {
                scenarios.addAll(s.filter(p -> p.toString().matches(".*\\.ya?ml$")).sorted().toList());
            } catch (IOException e) {
                throw new ReceptorSimCommand.UserException(dir + ": cannot list organism scenarios: " + e.getMessage());
            }
        }
        if (scenarios.isEmpty()) {
            throw new ReceptorSimCommand.UserException("expected a scenario file or --all");
        }
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1) {
            throw new ReceptorSimCommand.UserException("--threads: expected a whole number >= 1, got " + t);
        }
        OrganismScenarioLoader loader = new OrganismScenarioLoader(DrugLibrary.bundled(), OrganismDefaults.bundled(),
                libraryOptions.library());
        List<OrganismScenario> loaded = new ArrayList<>();
        for (Path p : scenarios) {
            OrganismScenario s = loader.load(p);
            loaded.add(seed == null ? s : s.withSeed(seed));
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
        PrintWriter o = spec.commandLine().getOut();
        if (loaded.size() == 1) {
            OrganismScenario s = loaded.get(0);
            Path target = out != null ? out : Path.of("output", s.name() + "-" + stamp);
            if (Files.exists(target)) {
                throw new ReceptorSimCommand.UserException(target + ": output directory exists; choose another --out");
            }
            ExperimentResult r = ExperimentRunner.run(s, t);
            OrganismWriter.write(target, r);
            print(o, r, target);
            return 0;
        }
        Path target = out != null ? out : Path.of("output", "organism-" + stamp);
        if (Files.exists(target)) {
            throw new ReceptorSimCommand.UserException(target + ": output directory exists; choose another --out");
        }
        List<ExperimentResult> results = new ArrayList<>();
        try (RunDirectory staging = RunDirectory.create(target)) {
            for (OrganismScenario s : loaded) {
                ExperimentResult r = ExperimentRunner.run(s, t);
                Path sub = staging.file(s.name());
                OrganismWriter.write(sub, r);
                print(o, r, target.resolve(s.name()));
                results.add(r);
            }
            OrganismValidationWriter.write(staging.file(""), results);
            staging.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results to " + target + ": " + e.getMessage(), e);
        }
        long pass = results.stream().flatMap(r -> r.checks().stream()).filter(CheckResult::pass).count();
        long n = results.stream().mapToLong(r -> r.checks().size()).sum();
        o.printf(Locale.ROOT, "organism validation: %d of %d checks within their band -> %s%n", pass, n, target);
        return 0;
    }

    private static void print(PrintWriter o, ExperimentResult r, Path target) {
        long pass = r.checks().stream().filter(CheckResult::pass).count();
        o.printf(Locale.ROOT, "%s (seed %d, %.1f s) -> %s: %d of %d checks within their band%n",
                r.scenario().name(), r.scenario().seed(), r.wallSeconds(), target, pass, r.checks().size());
        for (CheckResult c : r.checks()) {
            o.printf(Locale.ROOT, "  %-4s %-10s %-9s %10s  band %-16s %s%n", c.pass() ? "ok" : "MISS",
                    c.check().id(), c.check().label().key(),
                    Double.isNaN(c.value()) ? "n/a" : String.format(Locale.ROOT, "%.3g", c.value()),
                    c.check().band(), c.check().claim());
        }
    }
}
