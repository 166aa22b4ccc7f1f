package org.receptorsim.signaling;

/**
 * Parameters of the cell's signalling downstream of the receptors (taken from the cell type), in one place so that
 * the signalling package does not depend on the receptor model.
 *
 * @param gProteinCount Gi/o heterotrimers per simulated cell (count, &gt; 0)
 * @param activationPerReceptorPerSecond G proteins activated per second by one fully active receptor from an
 *     inactive pool (per second)
 * @param gtpasePerSecond GTP hydrolysis of an active Gα, intrinsic plus RGS-accelerated (per second, &gt; 0)
 * @param cyclaseHalfInhibitionGProteins active Gα giving half-maximal cyclase inhibition (count, &gt; 0)
 * @param cyclaseInhibitionMax largest fractional inhibition of adenylyl cyclase (0–1)
 * @param phosphodiesterasePerSecond cAMP hydrolysis rate (per second)
 * @param forskolinStimulation fold cyclase stimulation by forskolin (≥ 1)
 * @param upregulationPerSecond rate of the cyclase up-regulation and its reversal (per second)
 * @param upregulationMax fold up-regulation under a sustained full cAMP deficit (≥ 1)
 * @param mediatorStrength β (dimensionless)
 * @param mediatorProductionPerSecond mediator production per unit effect (per second)
 * @param mediatorClearancePerSecond mediator clearance (per second)
 * @param basalActiveReceptors active-receptor equivalents of the drug-free cell (constitutive activity), which set
 *     the drug-free control every cAMP readout is relative to (count, ≥ 0)
 */
public record CascadeParameters(double gProteinCount, double activationPerReceptorPerSecond, double gtpasePerSecond,
                                double cyclaseHalfInhibitionGProteins, double cyclaseInhibitionMax,
                                double phosphodiesterasePerSecond, double forskolinStimulation,
                                double upregulationPerSecond, double upregulationMax, double mediatorStrength,
                                double mediatorProductionPerSecond, double mediatorClearancePerSecond,
                                double basalActiveReceptors) implements java.io.Serializable {
}
