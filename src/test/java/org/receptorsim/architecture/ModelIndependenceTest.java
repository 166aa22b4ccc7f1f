package org.receptorsim.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The model core never imports the GUI, Swing, AWT or JFreeChart, nor the layers built on it. */
@AnalyzeClasses(packages = "org.receptorsim", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelIndependenceTest {

    private static final String[] CORE = {"org.receptorsim.model..", "org.receptorsim.kinetics..",
        "org.receptorsim.signaling..", "org.receptorsim.pharmacology..", "org.receptorsim.random..",
        "org.receptorsim.units.."};

    /** No GUI, Swing, AWT or chart classes in the core. */
    @ArchTest
    static final ArchRule coreHasNoGui = noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat()
            .resideInAnyPackage("javax.swing..", "java.awt..", "org.jfree..", "sim.display..", "sim.portrayal..",
                    "org.receptorsim.gui..");

    /** The core does not reach up into scenario files, commands, outputs or runners. */
    @ArchTest
    static final ArchRule coreDoesNotDependOnUpperLayers = noClasses().that().resideInAnyPackage(CORE).should()
            .dependOnClassesThat().resideInAnyPackage("org.receptorsim.scenario..", "org.receptorsim.cli..",
                    "org.receptorsim.output..", "org.receptorsim.simulation..", "org.receptorsim.ensemble..",
                    "org.receptorsim.validation..");

    /** Exact kinetics is pure: no MASON. */
    @ArchTest
    static final ArchRule kineticsIsPure = noClasses().that().resideInAPackage("org.receptorsim.kinetics..").should()
            .dependOnClassesThat().resideInAnyPackage("sim..", "ec..");
}
