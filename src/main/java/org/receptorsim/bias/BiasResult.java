package org.receptorsim.bias;

import java.util.List;
import org.receptorsim.assay.Pathway;

/**
 * The fits and bias factors of a set of simulated assays, each number with its bootstrap confidence interval and
 * every failure with its reason.
 *
 * @param reference the reference agonist (bias factors are relative to it)
 * @param cell the cell type the assays ran on
 * @param replicates replicate cells per concentration
 * @param bootstrapSamples bootstrap resamples behind the intervals
 * @param level confidence level of the intervals
 * @param pathways per pathway: the system's parameters and each ligand's fits
 * @param biasFactors ΔΔlog(τ/KA) of every ligand for every G-protein pathway against every other pathway
 * @param notes warnings a reader should see (poor fits, parameters at bounds)
 */
public record BiasResult(String reference, String cell, int replicates, int bootstrapSamples, double level,
                         List<PathwayResult> pathways, List<BiasFactor> biasFactors, List<String> notes) {

    /**
     * One pathway.
     *
     * @param pathway the assay
     * @param readSeconds readout time (seconds after the agonist)
     * @param systemEmax Em of the operational model fitted to the reference alone (percent); each ligand's own fit
     *     with the reference has its own ({@link Operational#systemEmax})
     * @param hill the slope of that fit
     * @param emaxAtBound true if Em is at the readout's physical maximum (Em and τ not separately determined)
     * @param ligands each ligand's results, in ligand order
     * @param bootstrapFailures resamples whose operational fit failed
     * @param failure why the pathway has no operational fit (e.g. no arrestin curve), or null
     */
    public record PathwayResult(Pathway pathway, double readSeconds, Estimate systemEmax, Estimate hill,
                                boolean emaxAtBound, List<LigandResult> ligands, int bootstrapFailures,
                                String failure) {

        /** The results of a ligand, or null. */
        public LigandResult ligand(String name) {
            return ligands.stream().filter(l -> l.ligand().equalsIgnoreCase(name)).findFirst().orElse(null);
        }
    }

    /**
     * One ligand in one pathway.
     *
     * @param ligand name
     * @param curveFailure why the curve was not fitted (flat: no response above noise), or null
     * @param logistic the four-parameter logistic fit
     * @param operational the ligand's operational-model parameters
     */
    public record LigandResult(String ligand, String curveFailure, Logistic logistic, Operational operational) {
    }

    /**
     * Four-parameter logistic parameters.
     *
     * @param baseline bottom (percent)
     * @param emax top (percent)
     * @param logEc50 log10 EC50 (molar)
     * @param hill Hill slope
     * @param failure why the fit failed, or null
     */
    public record Logistic(Estimate baseline, Estimate emax, Estimate logEc50, Estimate hill, String failure) {
    }

    /**
     * Operational-model parameters of a ligand.
     *
     * @param logTau log10 τ
     * @param logKa log10 KA (molar)
     * @param logTauOverKa transduction coefficient log10(τ/KA)
     * @param deltaLogTauOverKa Δlog(τ/KA) relative to the reference (0 for the reference)
     * @param kaAtBound true if KA reached its upper bound (full agonist: τ and KA are lower bounds)
     * @param rSquared share of the curve's variance explained by its fit with the reference
     * @param failure why there are no parameters, or null
     * @param systemEmax Em of the fit this ligand's parameters come from (with the reference; percent)
     * @param systemHill slope n of that fit
     */
    public record Operational(Estimate logTau, Estimate logKa, Estimate logTauOverKa, Estimate deltaLogTauOverKa,
                              boolean kaAtBound, double rSquared, String failure, Estimate systemEmax,
                              Estimate systemHill) {
    }

    /**
     * A bias factor: ΔΔlog(τ/KA) = Δlog(τ/KA)[pathway] − Δlog(τ/KA)[versus], positive = biased toward
     * {@code pathway} relative to the reference.
     *
     * @param ligand the ligand
     * @param pathway the G-protein pathway
     * @param versus the other pathway
     * @param ddLogTauOverKa the bias factor (log10) with its interval
     * @param failure why it is not defined, or null
     */
    public record BiasFactor(String ligand, Pathway pathway, Pathway versus, Estimate ddLogTauOverKa,
                             String failure) {
    }

    /** The results of a pathway, or null. */
    public PathwayResult pathway(Pathway p) {
        return pathways.stream().filter(r -> r.pathway() == p).findFirst().orElse(null);
    }

    /** The bias factor of a ligand for a pair of pathways, or null. */
    public BiasFactor bias(String ligand, Pathway pathway, Pathway versus) {
        return biasFactors.stream().filter(b -> b.ligand().equalsIgnoreCase(ligand) && b.pathway() == pathway
                && b.versus() == versus).findFirst().orElse(null);
    }
}
