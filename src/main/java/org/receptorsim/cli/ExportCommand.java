package org.receptorsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.receptorsim.export.SbmlExport;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.scenario.Arm;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code receptorsim export SCENARIO --format sbml}: one arm of a scenario as SBML Level 3 ({@link SbmlExport}).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write one arm of a scenario as an SBML Level 3 model: a species per receptor chain state, "
                + "mass-action reactions with named rate parameters and units, the bath protocol as events, the "
                + "signalling cascade as rate rules, each value annotated with its source.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file.")
    private Path scenarioFile;

    @Option(names = "--format", defaultValue = "sbml", paramLabel = "FORMAT",
            description = "sbml (SBML Level 3 Version 1 core); default ${DEFAULT-VALUE}.")
    private String format;

    @Option(names = "--arm", paramLabel = "NAME", description = "The arm to export (default: the first).")
    private String armName;

    @Option(names = "--out", paramLabel = "FILE",
            description = "File to write (default: output/<scenario>-<arm>.xml); must not exist.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        String f = format.toLowerCase(Locale.ROOT);
        if (f.equals("bngl")) {
            throw new ReceptorSimCommand.UserException("--format bngl: not available: the bath protocol's "
                    + "events and the cascade's rate rules have no BioNetGen equivalent that this program could "
                    + "check; use --format sbml");
        }
        if (!f.equals("sbml")) {
            throw new ReceptorSimCommand.UserException("--format: expected sbml, got '" + format + "'");
        }
        Scenario scenario = new ScenarioLoader(Library.bundled()).load(scenarioFile).withEngine(KineticsEngine.COHORT);
        Arm arm = scenario.arms().get(0);
        if (armName != null) {
            arm = scenario.arms().stream().filter(a -> a.name().equals(armName)).findFirst().orElseThrow(() ->
                    new ReceptorSimCommand.UserException(scenarioFile + ": --arm: no arm '" + armName
                            + "'; expected one of " + scenario.arms().stream().map(Arm::name).toList()));
        }
        Path target = out != null ? out : Path.of("output", scenario.name() + "-" + arm.name() + ".xml");
        if (Files.exists(target)) {
            throw new ReceptorSimCommand.UserException(target + ": exists; choose another --out");
        }
        Path parent = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent) || !Files.isWritable(parent)) {
            throw new ReceptorSimCommand.UserException(target + ": --out: expected a file in a folder that exists "
                    + "and can be written");
        }
        try {
            SbmlExport.write(scenario, arm, target);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new ReceptorSimCommand.UserException(target + ": exists; choose another --out");
        } catch (IllegalArgumentException e) {
            throw new ReceptorSimCommand.UserException(scenarioFile + ": cannot export as SBML: " + e.getMessage());
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%s, arm %s: SBML Level 3 Version 1 -> %s%n", scenario.name(), arm.name(), target);
        if (scenario.arms().size() > 1 && armName == null) {
            o.printf(Locale.ROOT, "note: the scenario has %d arms; exported the first (--arm NAME for another)%n",
                    scenario.arms().size());
        }
        return 0;
    }
}
