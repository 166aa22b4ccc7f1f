package org.receptorsim.signaling;

/**
 * Parameters of the cell's signalling downstream of the receptors (taken from the cell type).
 *
 * @param transducerConstant K_E of G = σ/(σ + K_E), dimensionless, &gt; 0
 * @param cyclaseInhibitionMax largest fractional inhibition of adenylyl cyclase (0–1)
 * @param cyclaseInhibitionAmplification A of the inhibition I = (1 + A)·E/(1 + A·E) (≥ 0; 0 = I = E)
 * @param phosphodiesterasePerSecond cAMP hydrolysis rate (per second)
 * @param forskolinStimulation fold cyclase stimulation by forskolin (≥ 1)
 * @param upregulationPerSecond rate of the cyclase up-regulation and its reversal (per second)
 * @param upregulationMax fold up-regulation under sustained full inhibition (≥ 1)
 * @param couplingLossMax largest fraction of receptor–G-protein coupling lost (0–1)
 * @param couplingLossSaturation arrestin-bound fraction at which the loss reaches its maximum (&gt; 0)
 * @param couplingLossPerSecond rate of the coupling loss and its reversal (per second)
 * @param mediatorStrength β (dimensionless)
 * @param mediatorProductionPerSecond mediator production per unit effect (per second)
 * @param mediatorClearancePerSecond mediator clearance (per second)
 */
public record CascadeParameters(double transducerConstant, double cyclaseInhibitionMax,
                                double cyclaseInhibitionAmplification,
                                double phosphodiesterasePerSecond, double forskolinStimulation,
                                double upregulationPerSecond, double upregulationMax, double couplingLossMax,
                                double couplingLossSaturation, double couplingLossPerSecond, double mediatorStrength,
                                double mediatorProductionPerSecond, double mediatorClearancePerSecond) {
}
