/**
 * Running an organism scenario: every arm, in parallel over its cells, then its metrics, per-dose responses and
 * literature checks.
 */
package org.receptorsim.organism.experiment;
