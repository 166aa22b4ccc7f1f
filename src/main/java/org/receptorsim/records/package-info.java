/**
 * Copies of immutable records with some components changed, by component name (no positional constructors), and the
 * error of a record component at fault, naming it as data.
 */
package org.receptorsim.records;
