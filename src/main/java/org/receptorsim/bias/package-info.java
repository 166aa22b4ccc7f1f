/**
 * Biased-agonism analysis of simulated assays: four-parameter logistic and Black–Leff operational-model fits
 * (Hipparchus Levenberg–Marquardt), transduction coefficients log(τ/KA), bias factors ΔΔlog(τ/KA) against a reference
 * agonist with bootstrap confidence intervals, and the receptor-reserve experiment.
 */
package org.receptorsim.bias;
