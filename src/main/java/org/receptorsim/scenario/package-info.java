/**
 * Scenario files and the ligand/cell libraries: strict YAML binding (Jackson), resolution of names against the
 * library, defaults, and checks whose errors name file, line, column and field.
 */
package org.receptorsim.scenario;
