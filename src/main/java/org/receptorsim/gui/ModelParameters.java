package org.receptorsim.gui;

import org.receptorsim.model.CellType;
import org.receptorsim.scenario.Scenario;

/**
 * The scenario's model parameters as shown in the console's Model tab (MASON inspector), with units in the names.
 * The kinetics are fixed for a run; what can be changed while it runs are the doses in the dosing window and the
 * ligand rings of the display.
 */
public final class ModelParameters {

    private final Scenario scenario;
    private final CellType cell;
    private final CellView view;

    ModelParameters(Scenario scenario, CellType cell, CellView view) {
        this.scenario = scenario;
        this.cell = cell;
        this.view = view;
    }

    /** Whether receptors holding a ligand are drawn with a ring (editable). */
    public boolean getLigandRings() {
        return view.ligandRings();
    }

    /** Shows or hides ligand rings. */
    public void setLigandRings(boolean on) {
        view.setLigandRings(on);
    }

    /** Scenario name. */
    public String getScenario() {
        return scenario.name();
    }

    /** Cell type. */
    public String getCellType() {
        return cell.name();
    }

    /** Ligands of the run. */
    public String getLigands() {
        return String.join(", ", scenario.ligands().stream().map(l -> l.name()).toList());
    }

    /** Receptors of a drug-free cell. */
    public int getReceptorCount() {
        return cell.receptorCount();
    }

    /** GRK level (relative). */
    public double getGrkLevel() {
        return cell.grkLevel();
    }

    /** Arrestin-2 level (relative; 0 = knockout). */
    public double getArrestinLevel() {
        return cell.arrestinLevel();
    }

    /** GRK phosphorylation rate, per second. */
    public double getPhosphorylationRate_per_s() {
        return cell.phosphorylationRate().perSecond();
    }

    /** Arrestin binding rate, per second. */
    public double getArrestinBindingRate_per_s() {
        return cell.arrestinBindingRate().perSecond();
    }

    /** Internalization rate, per second. */
    public double getInternalizationRate_per_s() {
        return cell.internalizationRate().perSecond();
    }

    /** Recycling rate, per second. */
    public double getRecyclingRate_per_s() {
        return cell.recyclingRate().perSecond();
    }

    /** Endosomal degradation rate, per second. */
    public double getEndosomalDegradationRate_per_s() {
        return cell.endosomalDegradationRate().perSecond();
    }

    /** Transducer constant K_E (dimensionless; small = large receptor reserve). */
    public double getTransducerConstant() {
        return cell.transducerConstant();
    }

    /** Amplification A of cyclase inhibition, I = (1 + A)·E/(1 + A·E) (dimensionless; 0 = I equals the effect). */
    public double getCyclaseInhibitionAmplification() {
        return cell.cyclaseInhibitionAmplification();
    }

    /** Largest fold up-regulation of the cyclase under sustained inhibition (dimensionless). */
    public double getCyclaseUpregulationMax() {
        return cell.cyclaseUpregulationMax();
    }

    /** Largest fraction of G-protein coupling lost through the arrestin-driven coupling loss (dimensionless). */
    public double getCouplingLossMax() {
        return cell.couplingLossMax();
    }

    /** Rate of the coupling loss and its reversal, per second. */
    public double getCouplingLossRate_per_s() {
        return cell.couplingLossRate().perSecond();
    }

    /** Time step, seconds. */
    public double getDt_s() {
        return scenario.dtSeconds();
    }

    /** Protocol duration, seconds. */
    public double getDuration_s() {
        return scenario.durationSeconds();
    }

    /** Master seed. */
    public long getSeed() {
        return scenario.seed();
    }
}
