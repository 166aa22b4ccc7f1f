package org.receptorsim.organism;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The organism layer's coupling to the cells lives in one class: no organism package but {@code organism.cell}
 * touches the cell model, its signalling, kinetics, runners or analyses; only {@code organism.output} draws charts;
 * the organism's packages have no cycles.
 */
@AnalyzeClasses(packages = "org.receptorsim.organism", importOptions = ImportOption.DoNotIncludeTests.class)
class OrganismArchitectureTest {

    /** Only the adapter reaches the cell model. */
    @ArchTest
    static final ArchRule onlyTheAdapterTouchesTheCells = noClasses().that()
            .resideInAPackage("org.receptorsim.organism..").and().resideOutsideOfPackage("org.receptorsim.organism.cell..")
            .should().dependOnClassesThat().resideInAnyPackage("org.receptorsim.model..",
                    "org.receptorsim.signaling..", "org.receptorsim.kinetics..", "org.receptorsim.simulation..",
                    "org.receptorsim.ensemble..", "org.receptorsim.metrics..", "org.receptorsim.analysis..",
                    "org.receptorsim.validation..", "org.receptorsim.assay..", "org.receptorsim.bias..")
            .because("after a rewrite of the model core only CellCircuitAdapter needs re-pointing");

    /** Charts and Swing only in the output package. */
    @ArchTest
    static final ArchRule chartsOnlyInOutput = noClasses().that().resideInAPackage("org.receptorsim.organism..")
            .and().resideOutsideOfPackage("org.receptorsim.organism.output..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jfree..", "javax.swing..", "java.awt..");

    /** No cycles between the organism's packages. */
    @ArchTest
    static final ArchRule noCycles = slices().matching("org.receptorsim.organism.(*)..").should().beFreeOfCycles();
}
