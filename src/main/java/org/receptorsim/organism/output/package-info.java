/**
 * Result files of an organism scenario, written atomically in the project's report style: timeseries.csv,
 * doses.csv, checks.csv, summary.json, manifest.json, the scenario's figures (PNG, JFreeChart) and report.html; and
 * the validation table of all organism scenarios.
 */
package org.receptorsim.organism.output;
