/**
 * Pharmacokinetics: the concentration of one drug at the receptors (effect site) over time, from doses.
 *
 * <p>A one-compartment plasma model ({@link org.receptorsim.pharmacology.pk.PkModel}: volume, clearance) receives
 * {@link org.receptorsim.pharmacology.pk.DosingEvent}s (IV bolus, constant-rate infusion, first-order absorption
 * from a depot for oral doses, repeated dosing). An optional effect-site link dCe/dt = ke0 (Cp − Ce) delays the
 * concentration at the receptors, and optional {@link org.receptorsim.pharmacology.pk.EnzymeInduction} raises the
 * clearance with exposure (pharmacokinetic tolerance). {@link org.receptorsim.pharmacology.pk.PkTrajectory}
 * precomputes the whole course on the run's time grid (exactly, by the matrix exponential of the linear system,
 * except for the slow induction, which is sub-stepped); {@link
 * org.receptorsim.pharmacology.pk.PharmacokineticExposure} serves it to the simulation as an
 * {@link org.receptorsim.pharmacology.Exposure}, and {@link org.receptorsim.pharmacology.pk.EffectSiteClamp} holds
 * the effect site at a constant concentration instead (no pharmacokinetics at all).
 * {@link org.receptorsim.pharmacology.pk.PkSpec} is the immutable shape a scenario file binds to.
 *
 * <p>Units inside this package: amounts in mol, volumes in litres, concentrations in molar (mol/L), times in
 * seconds, rates in per second, clearances in litres per second. Everything is pure, deterministic and immutable.
 */
package org.receptorsim.pharmacology.pk;
