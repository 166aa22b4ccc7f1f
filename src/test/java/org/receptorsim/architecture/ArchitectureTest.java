package org.receptorsim.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.awt.Color;
import org.junit.jupiter.api.Test;
import org.receptorsim.cli.ReceptorSimCommand;
import org.receptorsim.model.CellSetup;
import org.receptorsim.model.CellSimulation;
import org.receptorsim.random.RandomStreams;
import org.receptorsim.scenario.Arm;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.simulation.CellFactory;

/**
 * Layering of the code: the model core (model, kinetics, signaling, pharmacology, random, units) knows nothing of
 * the GUI, charts, the command line or output files; kinetics is plain Java plus the Commons RNG random-source
 * interface; the core does not reach up into scenarios, commands, outputs, runners, ensembles or validation; only
 * the cell factory builds cells outside the model; no package cycles. Rules are not allowed to pass on an empty
 * package.
 */
@AnalyzeClasses(packages = "org.receptorsim", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String[] CORE = {"org.receptorsim.model..", "org.receptorsim.kinetics..",
        "org.receptorsim.signaling..", "org.receptorsim.pharmacology..", "org.receptorsim.random..",
        "org.receptorsim.units.."};

    static final String[] GUI_AND_UPPER_LAYERS = {"javax.swing..", "java.awt..", "org.jfree..", "sim.display..",
        "sim.portrayal..", "org.receptorsim.gui..", "org.receptorsim.cli..", "org.receptorsim.output.."};

    static ArchRule noGuiChartsCliOrOutputIn(String... packages) {
        return noClasses().that().resideInAnyPackage(packages).should().dependOnClassesThat()
                .resideInAnyPackage(GUI_AND_UPPER_LAYERS)
                .because("the model core must run headless and without the command line or output writers");
    }

    static ArchRule onlyPlainJavaIn(String pkg) {
        return classes().that().resideInAPackage(pkg).should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.apache.commons.rng", "org.apache.commons.rng.sampling..", pkg)
                .because("exact kinetics is pure math on the JDK; its only outside types are the random source and "
                        + "its samplers");
    }

    /** The model core depends on no Swing, AWT, JFreeChart, MASON display/portrayal, GUI, CLI or output class. */
    @ArchTest
    static final ArchRule coreHasNoGuiChartsCliOrOutput = noGuiChartsCliOrOutputIn(CORE);

    /** Kinetics depends only on java.*, the Commons RNG provider interface and samplers, and its own package. */
    @ArchTest
    static final ArchRule kineticsDependsOnlyOnJava = onlyPlainJavaIn("org.receptorsim.kinetics..");

    /** Kinetics uses nothing of MASON. */
    @ArchTest
    static final ArchRule kineticsUsesNoMason = noClasses().that().resideInAPackage("org.receptorsim.kinetics..")
            .should().dependOnClassesThat().resideInAnyPackage("sim..", "ec..");

    /** The core does not depend on scenario files, commands, outputs, runners, ensembles or validation. */
    @ArchTest
    static final ArchRule coreDoesNotDependOnUpperLayers = noClasses().that()
            .resideInAnyPackage(CORE).should().dependOnClassesThat()
            .resideInAnyPackage("org.receptorsim.scenario..", "org.receptorsim.cli..", "org.receptorsim.output..",
                    "org.receptorsim.simulation..", "org.receptorsim.ensemble..", "org.receptorsim.validation..",
                    "org.receptorsim.sweep..", "org.receptorsim.assay..", "org.receptorsim.bias..",
                    "org.receptorsim.metrics..");

    /**
     * One cell factory: outside the model, only {@link CellFactory} turns an arm into a cell, so that run, ensembles,
     * assays, the GUI, snapshot and bench simulate the same cell (variability draw included).
     */
    @ArchTest
    static final ArchRule onlyTheCellFactoryBuildsCells = noClasses().that()
            .resideOutsideOfPackage("org.receptorsim.model..").and().doNotBelongToAnyOf(CellFactory.class)
            .should().callConstructor(CellSimulation.class, CellSetup.class, RandomStreams.class, long.class,
                    String.class)
            .orShould().callMethod(Arm.class, "setup", Scenario.class)
            .because("a cell built elsewhere can miss the replicate's variability draw (snapshot did)");

    /** No package cycles: every package can be understood, tested and changed from the ones below it. */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.receptorsim.(*)..").should()
            .beFreeOfCycles();

    /** Every core package exists and has classes, so no rule above passes vacuously. */
    @ArchTest
    static void everyCorePackageHasClasses(JavaClasses imported) {
        for (String pkg : CORE) {
            String name = pkg.replace("..", "");
            JavaClasses in = imported.that(DescribedPredicate.describe("in " + name,
                    (JavaClass c) -> c.getPackageName().equals(name) || c.getPackageName().startsWith(name + ".")));
            assertFalse(in.isEmpty(), "no classes in " + name);
        }
    }

    /** A class that uses AWT and the command line (a fixture for the rules; tests are not analyzed above). */
    static final class UsesAwtAndCli {
        Color colour() {
            return Color.RED;
        }

        Class<?> command() {
            return ReceptorSimCommand.class;
        }
    }

    /** A class that uses a library beyond the JDK. */
    static final class UsesALibrary {
        Object mapper() {
            return new com.fasterxml.jackson.databind.ObjectMapper();
        }
    }

    /** A class that builds a cell by hand, beside the cell factory. */
    static final class BuildsACellByHand {
        CellSimulation cell(CellSetup setup) {
            return new CellSimulation(setup, new RandomStreams(1), 0, "by-hand");
        }

        CellSetup setup(Arm arm, Scenario scenario) {
            return arm.setup(scenario);
        }
    }

    /** The cell-factory rule fails on a class that builds a cell or an arm's setup itself. */
    @Test
    void cellFactoryRuleFailsOnACellBuiltByHand() {
        AssertionError e = assertThrows(AssertionError.class, () -> onlyTheCellFactoryBuildsCells.check(
                new ClassFileImporter().importClasses(BuildsACellByHand.class)));
        assertTrue(e.getMessage().contains("CellSimulation.<init>"), e.getMessage());
        assertTrue(e.getMessage().contains("Arm.setup"), e.getMessage());
    }

    /** The cycle rule fails on two packages that use each other. */
    @Test
    void cycleRuleFailsOnTwoPackagesThatUseEachOther() {
        AssertionError e = assertThrows(AssertionError.class, () -> slices()
                .matching("org.receptorsim.architecture.cycle.(*)..").should().beFreeOfCycles()
                .check(new ClassFileImporter().importPackages("org.receptorsim.architecture.cycle")));
        assertTrue(e.getMessage().contains("Cycle detected"), e.getMessage());
    }

    /** The rules do fail on a violating class: the core rule on AWT and CLI use, the kinetics rule on a library. */
    @Test
    void rulesFailOnViolatingClasses() {
        String here = ArchitectureTest.class.getPackageName() + "..";
        AssertionError gui = assertThrows(AssertionError.class, () -> noGuiChartsCliOrOutputIn(here).check(
                new ClassFileImporter().importClasses(UsesAwtAndCli.class)));
        assertTrue(gui.getMessage().contains("java.awt.Color"), gui.getMessage());
        assertTrue(gui.getMessage().contains(ReceptorSimCommand.class.getName()), gui.getMessage());
        AssertionError library = assertThrows(AssertionError.class, () -> onlyPlainJavaIn(here).check(
                new ClassFileImporter().importClasses(UsesALibrary.class)));
        assertTrue(library.getMessage().contains("com.fasterxml.jackson"), library.getMessage());
        assertThrows(AssertionError.class, () -> noGuiChartsCliOrOutputIn("org.receptorsim.nonexistent..")
                .check(new ClassFileImporter().importClasses(UsesAwtAndCli.class)),
                "a rule over an empty package fails rather than passing vacuously");
    }
}
