package org.receptorsim.model;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.receptorsim.records.InvalidFieldException;
import org.receptorsim.records.Records;
import org.receptorsim.units.Concentration;
import org.receptorsim.units.Rate;

/**
 * The parameters of one cell type: how many receptors it carries, how much of each regulatory protein it expresses,
 * the rate of each receptor rule, its G-protein cycle and its adenylyl-cyclase cascade.
 *
 * <p>Tissues differ by expression: the levels are relative to HEK293 (= 1) and multiply the rule rates, which are
 * per second for a DAMGO-bound receptor (every ligand efficacy 1) at level 1. Counts are per simulated cell (the
 * G-protein pool and the cyclase's half-inhibiting number of active G proteins are on the scale of the simulated
 * receptor number, given per receptor so that a smaller simulated cell has the same biology with more noise), so
 * receptor reserve follows from receptor : G-protein : effector stoichiometry. Every component is present and in
 * range (the constructor checks), and the record is {@link Serializable}. A library file's entry is bound to it by
 * the scenario package, which layers a scenario's overrides over it first; a copy with components changed is
 * {@link Records#with}.
 *
 * @param name library name, e.g. "HEK293-MOR"
 * @param description free text
 * @param receptorCount receptors of a drug-free cell at steady state (count)
 * @param grk23Level GRK2/3 expression relative to HEK293 (dimensionless, ≥ 0)
 * @param grk5Level GRK5 expression relative to HEK293 (dimensionless, ≥ 0)
 * @param arrestin3Level arrestin-3 (β-arrestin-2) expression relative to HEK293 (dimensionless, ≥ 0; 0 = knockout)
 * @param arrestin2Level arrestin-2 (β-arrestin-1) expression relative to HEK293 (dimensionless, ≥ 0)
 * @param phosphataseLevel protein phosphatase 1γ activity at the membrane relative to HEK293 (dimensionless, ≥ 0)
 * @param rgsLevel RGS (GTPase-accelerating protein) expression relative to HEK293 (dimensionless, ≥ 0)
 * @param s375Grk23Rate S375 phosphorylation of a DAMGO-bound receptor by GRK2/3 (per second)
 * @param s375Grk5Rate S375 phosphorylation of a bound receptor by GRK5 at efficacy 1 (per second)
 * @param clusterGrk23Rate phosphorylation of the next site of the T370/T376/T379 cluster by GRK2/3, once S375 is
 *     phosphorylated (per second)
 * @param dephosphorylationRate removal of one phosphate by PP1γ at the membrane, per phosphate (per second)
 * @param boundDephosphorylationFactor PP1γ rate on an agonist-bound receptor relative to a ligand-free one
 *     (dimensionless, ≥ 0)
 * @param arrestin3MinPhosphates phosphates a receptor needs before arrestin-3 binds (count, 1–4)
 * @param arrestin2MinPhosphates phosphates a receptor needs before arrestin-2 binds (count, 1–4)
 * @param arrestin3BindingRate arrestin-3 binding to a fully phosphorylated DAMGO-bound receptor (per second); a
 *     receptor with fewer phosphates above the threshold binds proportionally more slowly
 * @param arrestin2BindingRate arrestin-2 binding, as for arrestin-3 (per second)
 * @param inactiveArrestinAffinity arrestin binding to a phosphorylated receptor without agonist, relative to a
 *     DAMGO-bound one (dimensionless, ≥ 0)
 * @param arrestinReleaseRate release of arrestin from an agonist-bound receptor at the surface (per second)
 * @param inactiveArrestinReleaseFactor release from a receptor without agonist relative to an agonist-bound one
 *     (dimensionless, ≥ 1: the active conformation holds arrestin)
 * @param arrestin3EndocytosisRate endocytosis of an arrestin-3 complex (per second)
 * @param arrestin2EndocytosisRate endocytosis of an arrestin-2 complex (per second)
 * @param recyclingRate return of endosomal receptors to the surface, dephosphorylated and ligand-free (per second)
 * @param endosomalDegradationRate sorting of endosomal receptors to the lysosome (per second)
 * @param desensitizationEntryRate entry of a phosphorylated, arrestin-free surface receptor into the long-lived
 *     desensitized state (uncoupled, shielded from the phosphatase) (per second)
 * @param desensitizationExitRate return from the long-lived desensitized state (per second; hours)
 * @param basalTurnoverRate basal degradation of a receptor in one of {@code turnoverStates} (per second);
 *     zero-order synthesis is set so that a drug-free cell holds {@code receptorCount}
 * @param turnoverStates the regulatory states whose receptors are turned over basally (a library entry's default:
 *     {@link #LIVING_STATES})
 * @param phosphorylatedCoupling G-protein coupling of a fully phosphorylated (S375 and the cluster), arrestin-free
 *     receptor relative to an unphosphorylated one (dimensionless, 0–1); each phosphate removes a quarter of the loss
 * @param constitutiveActivity G-protein activation of a ligand-free receptor relative to a DAMGO-bound one
 *     (dimensionless, ≥ 0); inverse agonists remove it
 * @param gProteinsPerReceptor Gi/o heterotrimers per receptor of the drug-free cell (count per receptor; the pool is
 *     {@link #gProteinCount()})
 * @param gProteinActivationRate G proteins activated per second by one fully active receptor when the whole pool
 *     is inactive (per second)
 * @param gtpHydrolysisRate intrinsic GTP hydrolysis of an active Gα (per second)
 * @param rgsHydrolysisRate GTP hydrolysis added by RGS proteins at rgsLevel 1 (per second)
 * @param cyclaseHalfInhibitionPerReceptor active Gαi/o giving half-maximal adenylyl-cyclase inhibition, per receptor
 *     of the drug-free cell (count per receptor; {@link #cyclaseHalfInhibitionGProteins()}): the effector's share of
 *     the stoichiometry
 * @param cyclaseInhibitionMax largest fractional inhibition of adenylyl cyclase by active Gi/o (0–1)
 * @param phosphodiesteraseRate first-order cAMP hydrolysis (per second): sets how fast cAMP follows the cyclase
 * @param forskolinStimulation fold stimulation of adenylyl cyclase by forskolin in the forskolin assay (≥ 1)
 * @param cyclaseUpregulationRate rate of the homeostatic adenylyl-cyclase up-regulation driven by the cAMP deficit
 *     and of its reversal (per second; hours)
 * @param cyclaseUpregulationMax fold up-regulation of the cyclase under a sustained full cAMP deficit (≥ 1)
 * @param mediatorStrength β of the negative-feedback mediator, E = E_d/(1 + β·M) (dimensionless, ≥ 0)
 * @param mediatorProductionRate production of the mediator per unit effect (per second)
 * @param mediatorClearanceRate first-order clearance of the mediator (per second)
 * @param transmitterPoolConcentration transmitter concentration at the receptors when a full releasable pool is
 *     released at the maximal rate (molar)
 * @param transmitterReleaseRate fraction of the releasable pool released per second at full release (per second)
 * @param transmitterRefillRate refilling of the releasable pool (per second)
 * @param sources where each value comes from, by field name ("assumed" where no source); sorted by field
 */
public record CellType(
        String name,
        String description,
        Integer receptorCount,
        Double grk23Level,
        Double grk5Level,
        Double arrestin3Level,
        Double arrestin2Level,
        Double phosphataseLevel,
        Double rgsLevel,
        Rate s375Grk23Rate,
        Rate s375Grk5Rate,
        Rate clusterGrk23Rate,
        Rate dephosphorylationRate,
        Double boundDephosphorylationFactor,
        Integer arrestin3MinPhosphates,
        Integer arrestin2MinPhosphates,
        Rate arrestin3BindingRate,
        Rate arrestin2BindingRate,
        Double inactiveArrestinAffinity,
        Rate arrestinReleaseRate,
        Double inactiveArrestinReleaseFactor,
        Rate arrestin3EndocytosisRate,
        Rate arrestin2EndocytosisRate,
        Rate recyclingRate,
        Rate endosomalDegradationRate,
        Rate desensitizationEntryRate,
        Rate desensitizationExitRate,
        Rate basalTurnoverRate,
        List<ReceptorState> turnoverStates,
        Double phosphorylatedCoupling,
        Double constitutiveActivity,
        Double gProteinsPerReceptor,
        Rate gProteinActivationRate,
        Rate gtpHydrolysisRate,
        Rate rgsHydrolysisRate,
        Double cyclaseHalfInhibitionPerReceptor,
        Double cyclaseInhibitionMax,
        Rate phosphodiesteraseRate,
        Double forskolinStimulation,
        Rate cyclaseUpregulationRate,
        Double cyclaseUpregulationMax,
        Double mediatorStrength,
        Rate mediatorProductionRate,
        Rate mediatorClearanceRate,
        Concentration transmitterPoolConcentration,
        Rate transmitterReleaseRate,
        Rate transmitterRefillRate,
        Map<String, String> sources) implements Serializable {

    /** The states whose receptors are turned over basally when a definition does not say: every living state. */
    public static final List<ReceptorState> LIVING_STATES =
            List.copyOf(EnumSet.complementOf(EnumSet.of(ReceptorState.DEGRADED)));

    private static final long serialVersionUID = 1L;

    /** Upper end of an open range. */
    private static final double INF = Double.MAX_VALUE;

    /**
     * Checks every component, so that a cell type that is incomplete or out of range cannot be made (by a library
     * file, a scenario's overrides, a sweep or a copy with a component changed); keeps the turnover states and the
     * sources as immutable copies, the sources sorted by field.
     *
     * @throws InvalidFieldException naming the first field at fault, in component order
     */
    public CellType {
        present("name", name, name);
        present("description", description, name);
        if (present("receptorCount", receptorCount, name) < 1) {
            throw new InvalidFieldException("receptorCount", "expected an integer >= 1, got " + receptorCount);
        }
        atLeastZero("grk23Level", grk23Level, name);
        atLeastZero("grk5Level", grk5Level, name);
        atLeastZero("arrestin3Level", arrestin3Level, name);
        atLeastZero("arrestin2Level", arrestin2Level, name);
        atLeastZero("phosphataseLevel", phosphataseLevel, name);
        atLeastZero("rgsLevel", rgsLevel, name);
        present("s375Grk23Rate", s375Grk23Rate, name);
        present("s375Grk5Rate", s375Grk5Rate, name);
        present("clusterGrk23Rate", clusterGrk23Rate, name);
        present("dephosphorylationRate", dephosphorylationRate, name);
        atLeastZero("boundDephosphorylationFactor", boundDephosphorylationFactor, name);
        phosphates("arrestin3MinPhosphates", arrestin3MinPhosphates, name);
        phosphates("arrestin2MinPhosphates", arrestin2MinPhosphates, name);
        present("arrestin3BindingRate", arrestin3BindingRate, name);
        present("arrestin2BindingRate", arrestin2BindingRate, name);
        atLeastZero("inactiveArrestinAffinity", inactiveArrestinAffinity, name);
        present("arrestinReleaseRate", arrestinReleaseRate, name);
        inRange("inactiveArrestinReleaseFactor", inactiveArrestinReleaseFactor, 1, INF, name);
        present("arrestin3EndocytosisRate", arrestin3EndocytosisRate, name);
        present("arrestin2EndocytosisRate", arrestin2EndocytosisRate, name);
        present("recyclingRate", recyclingRate, name);
        present("endosomalDegradationRate", endosomalDegradationRate, name);
        present("desensitizationEntryRate", desensitizationEntryRate, name);
        present("desensitizationExitRate", desensitizationExitRate, name);
        present("basalTurnoverRate", basalTurnoverRate, name);
        turnoverStates = List.copyOf(present("turnoverStates", turnoverStates, name));
        if (turnoverStates.contains(ReceptorState.DEGRADED)) {
            throw new InvalidFieldException("turnoverStates", "DEGRADED receptors are not turned over again");
        }
        inRange("phosphorylatedCoupling", phosphorylatedCoupling, 0, 1, name);
        atLeastZero("constitutiveActivity", constitutiveActivity, name);
        inRange("gProteinsPerReceptor", gProteinsPerReceptor, Double.MIN_VALUE, INF, name);
        present("gProteinActivationRate", gProteinActivationRate, name);
        present("gtpHydrolysisRate", gtpHydrolysisRate, name);
        present("rgsHydrolysisRate", rgsHydrolysisRate, name);
        if (!(gtpHydrolysisRate.perSecond() + rgsHydrolysisRate.perSecond() * rgsLevel > 0)) {
            throw new InvalidFieldException("gtpHydrolysisRate", "expected GTP hydrolysis > 0 /s (intrinsic or by"
                    + " RGS)");
        }
        inRange("cyclaseHalfInhibitionPerReceptor", cyclaseHalfInhibitionPerReceptor, Double.MIN_VALUE, INF, name);
        inRange("cyclaseInhibitionMax", cyclaseInhibitionMax, 0, 1, name);
        if (!(present("phosphodiesteraseRate", phosphodiesteraseRate, name).perSecond() > 0)) {
            throw new InvalidFieldException("phosphodiesteraseRate", "expected a rate > 0 /s, got "
                    + phosphodiesteraseRate);
        }
        inRange("forskolinStimulation", forskolinStimulation, 1, INF, name);
        present("cyclaseUpregulationRate", cyclaseUpregulationRate, name);
        inRange("cyclaseUpregulationMax", cyclaseUpregulationMax, 1, INF, name);
        atLeastZero("mediatorStrength", mediatorStrength, name);
        present("mediatorProductionRate", mediatorProductionRate, name);
        present("mediatorClearanceRate", mediatorClearanceRate, name);
        present("transmitterPoolConcentration", transmitterPoolConcentration, name);
        present("transmitterReleaseRate", transmitterReleaseRate, name);
        present("transmitterRefillRate", transmitterRefillRate, name);
        sources = Collections.unmodifiableSortedMap(new TreeMap<>(present("sources", sources, name)));
    }

    private static <T> T present(String field, T value, String cell) {
        if (value == null) {
            throw new InvalidFieldException(field, "missing in cell type '" + cell + "'");
        }
        return value;
    }

    private static void atLeastZero(String field, Double value, String cell) {
        inRange(field, value, 0, INF, cell);
    }

    /** A finite number in [lo, hi]; {@code Double.MIN_VALUE} as lo means "> 0", {@link #INF} as hi no bound. */
    private static void inRange(String field, Double value, double lo, double hi, String cell) {
        double v = present(field, value, cell);
        if (!(v >= lo && v <= hi) || Double.isInfinite(v)) {
            throw new InvalidFieldException(field, "expected a finite number in [" + (lo == Double.MIN_VALUE ? "> 0"
                    : lo) + ", " + (hi == INF ? "inf" : hi) + "], got " + v);
        }
    }

    private static void phosphates(String field, Integer value, String cell) {
        int v = present(field, value, cell);
        if (v < 1 || v > ReceptorStateSpace.MAX_PHOSPHATES) {
            throw new InvalidFieldException(field, "expected an integer in [1, " + ReceptorStateSpace.MAX_PHOSPHATES
                    + "], got " + v);
        }
    }

    /**
     * A copy with another receptor number, GRK2/3 level and arrestin-3 level (one cell of a varied ensemble). The
     * G-protein pool and the cyclase's half-inhibiting number of G proteins stay those of the cell type: a cell with
     * more receptors has more receptor reserve.
     */
    public CellType withVariableParameters(int receptors, double grk23, double arrestin3) {
        return withReceptorsExpressed(receptors).withLevels(grk23, arrestin3);
    }

    private CellType withLevels(double grk23, double arrestin3) {
        return Records.with(this, Map.of("grk23Level", grk23, "arrestin3Level", arrestin3));
    }

    /**
     * A copy expressing another number of receptors in the same cell: the G-protein pool and the cyclase keep their
     * size, so receptor reserve changes (the irreversible-antagonist experiment, cell-to-cell variation). Setting
     * {@code receptorCount} alone instead scales the whole cell (same biology, another size).
     */
    public CellType withReceptorsExpressed(int receptors) {
        double scale = (double) receptorCount / receptors;
        return Records.with(this, Map.of("receptorCount", receptors,
                "gProteinsPerReceptor", gProteinsPerReceptor * scale,
                "cyclaseHalfInhibitionPerReceptor", cyclaseHalfInhibitionPerReceptor * scale));
    }

    /** Gi/o heterotrimers of the cell (count). */
    public double gProteinCount() {
        return gProteinsPerReceptor * receptorCount;
    }

    /** Active Gαi/o giving half-maximal cyclase inhibition in this cell (count). */
    public double cyclaseHalfInhibitionGProteins() {
        return cyclaseHalfInhibitionPerReceptor * receptorCount;
    }

    /** A copy with another endosomal degradation rate (0 switches receptor downregulation off). */
    public CellType withEndosomalDegradation(Rate rate) {
        return Records.with(this, "endosomalDegradationRate", rate);
    }

    /** A copy without the long-lived desensitized state (entry rate 0), for ablation. */
    public CellType withoutLongLivedDesensitization() {
        return Records.with(this, "desensitizationEntryRate", new Rate(0));
    }

    /** Total GTP hydrolysis of an active Gα (per second): intrinsic plus RGS-accelerated. */
    public double gtpasePerSecond() {
        return gtpHydrolysisRate.perSecond() + rgsHydrolysisRate.perSecond() * rgsLevel;
    }
}
