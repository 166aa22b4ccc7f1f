/** Copies of immutable records with some components changed, by component name (no positional constructors). */
package org.receptorsim.records;
