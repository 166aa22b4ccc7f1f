/**
 * Export of a scenario's model to the standard formats of systems biology (SBML Level 3, written with JSBML), so
 * that it can be checked and run in other tools.
 */
package org.receptorsim.export;
