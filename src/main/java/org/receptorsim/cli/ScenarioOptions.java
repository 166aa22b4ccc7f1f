package org.receptorsim.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import org.receptorsim.checkpoint.Checkpoints;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;
import org.receptorsim.simulation.ArmsSimulation;
import org.receptorsim.simulation.RunEstimate;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options every scenario-running command shares (a picocli mixin): the scenario file, the output directory,
 * and overrides of the seed and the kinetics engine.
 */
final class ScenarioOptions {

    @Parameters(index = "0", paramLabel = "SCENARIO",
            description = "Scenario YAML file, e.g. scenarios/damgo-desensitization.yaml")
    Path scenarioFile;

    @picocli.CommandLine.Mixin
    LibraryOptions library;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Directory for the results (default: a new directory under output/ named after the scenario, the command and the time).")
    Path out;

    @Option(names = "--seed", description = "Master random seed (overrides the scenario's).")
    Long seed;

    @Option(names = "--max-hours", paramLabel = "H", defaultValue = "24",
            description = "Refuse a run estimated to take longer than H hours on this machine (default: "
                    + "${DEFAULT-VALUE}).")
    double maxHours;

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "Kinetics engine: event (continuous time, per receptor), per-receptor (per-step "
                    + "reference) or cohort "
                    + "(count-only leaps); all follow the same law; overrides the "
                    + "scenario's.")
    String engine;

    /**
     * Loads the scenario and applies the overrides.
     *
     * @param defaultEngine the command's engine when neither the scenario nor --engine names one
     * @return the scenario, with an engine set
     */
    Scenario load(KineticsEngine defaultEngine) {
        Scenario scenario = new ScenarioLoader(library::library).load(scenarioFile);
        if (seed != null) {
            scenario = scenario.withSeed(seed);
        }
        KineticsEngine e = engine == null ? (scenario.engine() == null ? defaultEngine : scenario.engine())
                : ScenarioLoader.parseEngine(engine);
        if (e == null) {
            throw new ReceptorSimCommand.UserException("--engine: expected event, per-receptor or cohort, got '" + engine
                    + "'");
        }
        return scenario.withEngine(e);
    }

    /**
     * Refuses, before anything runs, a run that would need more memory than the heap or more time than
     * --max-hours, saying what it would need and the way out.
     *
     * @param estimate the run's estimate
     */
    void checkResources(RunEstimate estimate) {
        if (!(maxHours > 0)) {
            throw new ReceptorSimCommand.UserException("--max-hours: expected a number of hours > 0, got " + maxHours);
        }
        estimate.refusal(Runtime.getRuntime().maxMemory(), maxHours).ifPresent(why -> {
            throw new ReceptorSimCommand.UserException(scenarioFile + ": " + why);
        });
    }

    /**
     * What a simulation of this scenario is made from (file text, --library texts, seed, engine), to record in its
     * checkpoints and to check a checkpoint against before resuming it.
     *
     * @param scenario the scenario as loaded by {@link #load}
     * @return its origin
     */
    ArmsSimulation.Origin origin(Scenario scenario) {
        List<String> libraries = new ArrayList<>();
        if (library.files != null) {
            for (Path f : library.files) {
                libraries.add(ScenarioLoader.text(f));
            }
        }
        return Checkpoints.origin(scenarioFile.toString(), ScenarioLoader.text(scenarioFile), libraries,
                scenario.seed(), scenario.engine());
    }

    /** The output directory: --out, or output/&lt;name&gt;-&lt;suffix&gt;&lt;timestamp&gt;. */
    Path target(String name, String suffix) {
        return out != null ? out : Path.of("output", name + "-" + suffix
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)));
    }
}
