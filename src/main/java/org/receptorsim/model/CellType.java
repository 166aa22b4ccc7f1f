package org.receptorsim.model;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import org.receptorsim.units.Concentration;
import org.receptorsim.units.Rate;

/**
 * The parameters of one cell type: receptor number, regulatory machinery and G-protein transduction.
 *
 * <p>Rates are per second for a reference agonist (DAMGO, efficacy 1) at the cell's GRK and arrestin levels of 1;
 * ligand efficacies and the levels scale them. Fields are nullable while a definition is read and merged with a
 * scenario's overrides; {@link #complete()} checks that every one is present and in range.
 *
 * @param name library name, e.g. "HEK293-MOR"
 * @param description free text
 * @param receptorCount receptors of a drug-free cell at steady state (count)
 * @param grkLevel GRK2/3 level relative to HEK293 (dimensionless, ≥ 0; 0 = phosphorylation-deficient)
 * @param arrestinLevel arrestin-2 level relative to HEK293 (dimensionless, ≥ 0; 0 = arrestin-2 knockout)
 * @param phosphorylationRate GRK phosphorylation of a DAMGO-bound receptor (per second)
 * @param arrestinBindingRate arrestin binding to a phosphorylated, DAMGO-bound receptor (per second)
 * @param arrestinUnbindingRate arrestin release at the surface (per second)
 * @param internalizationRate endocytosis of arrestin-bound receptors (per second)
 * @param dephosphorylationRate surface dephosphorylation after the ligand has left (per second)
 * @param recyclingRate return of endosomal receptors to the surface, dephosphorylated (per second)
 * @param endosomalDegradationRate sorting of endosomal receptors to the lysosome (per second)
 * @param basalTurnoverRate basal degradation of every receptor; synthesis matches it in a drug-free cell (per second)
 * @param phosphorylatedCoupling G-protein coupling of a phosphorylated receptor relative to an unphosphorylated
 *     one (dimensionless, 0–1)
 * @param transducerConstant efficacy-weighted receptor fraction giving half-maximal G-protein activation
 *     (dimensionless, &gt; 0; small = large receptor reserve)
 * @param cyclaseInhibitionMax largest fractional inhibition of adenylyl cyclase by active Gi/o (0–1)
 * @param cyclaseInhibitionAmplification amplification A of the step from G-protein effect E to cyclase inhibition,
 *     I = (1 + A)·E/(1 + A·E) (dimensionless, ≥ 0; 0 = inhibition proportional to E): a large A means a small
 *     share of active Gi/o already inhibits the cyclase (a cAMP readout with more receptor reserve than the
 *     G-protein one)
 * @param phosphodiesteraseRate first-order cAMP hydrolysis (per second): sets how fast cAMP follows the cyclase
 * @param forskolinStimulation fold stimulation of adenylyl cyclase by forskolin in the forskolin assay (≥ 1)
 * @param cyclaseUpregulationRate rate of the homeostatic adenylyl-cyclase up-regulation and its reversal
 *     (per second; hours)
 * @param cyclaseUpregulationMax fold up-regulation of the cyclase under sustained full inhibition (≥ 1)
 * @param couplingLossMax largest fraction of the receptors' G-protein coupling lost through the slow,
 *     arrestin-driven coupling loss (dimensionless, 0–1; 0 = none)
 * @param couplingLossSaturation arrestin-bound fraction of the receptors at which the coupling loss reaches its
 *     maximum (dimensionless, &gt; 0): the loss heads for couplingLossMax·min(1, a/couplingLossSaturation)
 * @param couplingLossRate rate at which the coupling loss develops and reverses (per second; hours)
 * @param mediatorStrength β of the negative-feedback mediator, E = E_d/(1 + β·M) (dimensionless, ≥ 0)
 * @param mediatorProductionRate production of the mediator per unit effect (per second)
 * @param mediatorClearanceRate first-order clearance of the mediator (per second)
 * @param transmitterPoolConcentration transmitter concentration at the receptors when a full releasable pool is
 *     released at the maximal rate (molar)
 * @param transmitterReleaseRate fraction of the releasable pool released per second at full release (per second)
 * @param transmitterRefillRate refilling of the releasable pool (per second)
 * @param sources where each value comes from, by field name ("assumed" where no source)
 */
public record CellType(
        String name,
        String description,
        Integer receptorCount,
        Double grkLevel,
        Double arrestinLevel,
        Rate phosphorylationRate,
        Rate arrestinBindingRate,
        Rate arrestinUnbindingRate,
        Rate internalizationRate,
        Rate dephosphorylationRate,
        Rate recyclingRate,
        Rate endosomalDegradationRate,
        Rate basalTurnoverRate,
        Double phosphorylatedCoupling,
        Double transducerConstant,
        Double cyclaseInhibitionMax,
        Double cyclaseInhibitionAmplification,
        Rate phosphodiesteraseRate,
        Double forskolinStimulation,
        Rate cyclaseUpregulationRate,
        Double cyclaseUpregulationMax,
        Double couplingLossMax,
        Double couplingLossSaturation,
        Rate couplingLossRate,
        Double mediatorStrength,
        Rate mediatorProductionRate,
        Rate mediatorClearanceRate,
        Concentration transmitterPoolConcentration,
        Rate transmitterReleaseRate,
        Rate transmitterRefillRate,
        Map<String, String> sources) {

    /**
     * Checks that every parameter is present and in range.
     *
     * @return this cell type, with an empty description or sources map filled in
     * @throws IllegalArgumentException naming the first field at fault
     */
    public CellType complete() {
        for (RecordComponent c : CellType.class.getRecordComponents()) {
            if (c.getName().equals("description") || c.getName().equals("sources")) {
                continue;
            }
            try {
                if (c.getAccessor().invoke(this) == null) {
                    throw new IllegalArgumentException(c.getName() + ": missing in cell type '" + name + "'");
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        if (receptorCount < 1) {
            throw new IllegalArgumentException("receptorCount: expected an integer >= 1, got " + receptorCount);
        }
        requireRange("grkLevel", grkLevel, 0, Double.MAX_VALUE);
        requireRange("arrestinLevel", arrestinLevel, 0, Double.MAX_VALUE);
        requireRange("phosphorylatedCoupling", phosphorylatedCoupling, 0, 1);
        if (!(transducerConstant > 0) || Double.isInfinite(transducerConstant)) {
            throw new IllegalArgumentException("transducerConstant: expected a finite number > 0, got "
                    + transducerConstant);
        }
        requireRange("cyclaseInhibitionMax", cyclaseInhibitionMax, 0, 1);
        requireRange("cyclaseInhibitionAmplification", cyclaseInhibitionAmplification, 0, Double.MAX_VALUE);
        requireRange("forskolinStimulation", forskolinStimulation, 1, Double.MAX_VALUE);
        requireRange("cyclaseUpregulationMax", cyclaseUpregulationMax, 1, Double.MAX_VALUE);
        requireRange("couplingLossMax", couplingLossMax, 0, 1);
        if (!(couplingLossSaturation > 0) || Double.isInfinite(couplingLossSaturation)) {
            throw new IllegalArgumentException("couplingLossSaturation: expected a finite number > 0, got "
                    + couplingLossSaturation);
        }
        requireRange("mediatorStrength", mediatorStrength, 0, Double.MAX_VALUE);
        if (!(phosphodiesteraseRate.perSecond() > 0)) {
            throw new IllegalArgumentException("phosphodiesteraseRate: expected a rate > 0 /s, got "
                    + phosphodiesteraseRate);
        }
        return withEndosomalDegradation(endosomalDegradationRate);
    }

    /**
     * A copy with another receptor number, GRK level and arrestin level (one cell of a varied ensemble). The
     * transducer constant is rescaled by nominal/new receptor number so that the G-protein stimulus stays
     * normalized to the cell type's nominal receptor number: a cell with more receptors signals more.
     */
    public CellType withVariableParameters(int receptors, double grk, double arrestin) {
        double scaledTransducer = transducerConstant * receptorCount / receptors;
        return new CellType(name, description, receptors, grk, arrestin, phosphorylationRate, arrestinBindingRate,
                arrestinUnbindingRate, internalizationRate, dephosphorylationRate, recyclingRate,
                endosomalDegradationRate, basalTurnoverRate, phosphorylatedCoupling, scaledTransducer,
                cyclaseInhibitionMax, cyclaseInhibitionAmplification, phosphodiesteraseRate, forskolinStimulation,
                cyclaseUpregulationRate,
                cyclaseUpregulationMax, couplingLossMax, couplingLossSaturation, couplingLossRate,
                mediatorStrength, mediatorProductionRate, mediatorClearanceRate,
                transmitterPoolConcentration, transmitterReleaseRate, transmitterRefillRate, sources);
    }

    /**
     * A copy with another endosomal degradation rate (0 switches receptor downregulation off), description and
     * sources filled in.
     */
    public CellType withEndosomalDegradation(Rate rate) {
        return new CellType(name, description == null ? "" : description, receptorCount, grkLevel, arrestinLevel,
                phosphorylationRate, arrestinBindingRate, arrestinUnbindingRate, internalizationRate,
                dephosphorylationRate, recyclingRate, rate, basalTurnoverRate,
                phosphorylatedCoupling, transducerConstant, cyclaseInhibitionMax, cyclaseInhibitionAmplification,
                phosphodiesteraseRate,
                forskolinStimulation, cyclaseUpregulationRate, cyclaseUpregulationMax, couplingLossMax,
                couplingLossSaturation, couplingLossRate, mediatorStrength, mediatorProductionRate, mediatorClearanceRate, transmitterPoolConcentration, transmitterReleaseRate,
                transmitterRefillRate, sources == null ? Map.of() : Map.copyOf(sources));
    }

    /** Zero-order synthesis in receptors per second that holds a drug-free cell at {@link #receptorCount}. */
    public double synthesisPerSecond() {
        return basalTurnoverRate.perSecond() * receptorCount;
    }

    private static void requireRange(String field, Double value, double lo, double hi) {
        if (!(value >= lo && value <= hi) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": expected a finite number in [" + lo + ", "
                    + (hi == Double.MAX_VALUE ? "inf" : hi) + "], got " + value);
        }
    }
}
