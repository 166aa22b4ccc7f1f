/**
 * The literature validation suite: runs the validation scenarios, reads each target's quantity off the simulated
 * curves and compares it with the literature band. Nothing is judged by construction. Around it: potency shifts
 * after a longer hold before the challenges ({@link org.receptorsim.validation.WashoutComparison}), absolute
 * potencies ({@link org.receptorsim.validation.AbsolutePotency}), sensitivity of every quantity to the fitted values
 * ({@link org.receptorsim.validation.OneAtATime}, {@link org.receptorsim.validation.MorrisScreen}) and the ablation of
 * the chronic quantities ({@link org.receptorsim.validation.Ablation}).
 */
package org.receptorsim.validation;
