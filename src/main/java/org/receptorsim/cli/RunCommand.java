package org.receptorsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.receptorsim.analysis.ArmSummary;
import org.receptorsim.model.ArmResult;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.output.RunWriter;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;
import org.receptorsim.simulation.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code receptorsim run SCENARIO}: simulates one cell per arm and writes the four result files. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run one cell per arm of a scenario; write timeseries.csv, summary.json, manifest.json and "
                + "timeseries.png to output/<scenario>-<timestamp>/.")
final class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file, e.g. scenarios/damgo-desensitization.yaml")
    private Path scenarioFile;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Directory for this run's results (default: output/<scenario>-<timestamp>).")
    private Path out;

    @Option(names = "--seed", description = "Master random seed (overrides the scenario's).")
    private Long seed;

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "Kinetics engine: per-receptor (reference, default) or cohort (fast, same law); "
                    + "overrides the scenario's.")
    private String engine;

    @Override
    public Integer call() {
        Scenario scenario = new ScenarioLoader(Library.bundled()).load(scenarioFile);
        if (seed != null) {
            scenario = scenario.withSeed(seed);
        }
        if (engine != null) {
            KineticsEngine e = ScenarioLoader.parseEngine(engine);
            if (e == null) {
                throw new ReceptorSimCommand.UserException("--engine: expected per-receptor or cohort, got '"
                        + engine + "'");
            }
            scenario = scenario.withEngine(e);
        }
        Path target = out != null ? out : Path.of("output", scenario.name() + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)));
        if (Files.exists(target)) {
            throw new ReceptorSimCommand.UserException(target + ": output directory exists; choose another --out");
        }
        List<ArmResult> results = ScenarioRunner.run(scenario);
        List<ArmSummary> summaries = RunWriter.write(target, scenario, results);
        var o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%s (seed %d) -> %s%n", scenario.name(), scenario.seed(), target);
        for (ArmSummary s : summaries) {
            o.printf(Locale.ROOT, "  %-12s peak G %.3f at %.0f s; end %.3f", s.arm(), s.peakSignal(),
                    s.peakTimeSeconds(), s.signalAtEnd());
            if (!s.episodes().isEmpty()) {
                o.printf(Locale.ROOT, "; desensitization %.1f %%", s.episodes().get(0).desensitizationPercent());
            }
            if (s.surfaceLossPercentAt30min() != null) {
                o.printf(Locale.ROOT, "; surface loss at 30 min %.1f %%", s.surfaceLossPercentAt30min());
            }
            o.println();
        }
        return 0;
    }
}
