/**
 * Pharmacokinetics of the organism: plasma from {@link org.receptorsim.pharmacology.pk} (one compartment, doses,
 * optional hepatic enzyme induction), unbound plasma, and a brain compartment (unbound brain interstitial fluid) fed
 * across the blood–brain barrier, where P-glycoprotein adds to the efflux and is induced by exposure. The cells of
 * brain circuits see the brain concentration, peripheral ones the unbound plasma concentration.
 *
 * <p>Units: concentrations in molar, times in seconds, rates per second.
 */
package org.receptorsim.organism.pk;
