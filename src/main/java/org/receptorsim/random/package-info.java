/** Named random streams derived from a master seed by name and replicate index (Commons RNG). */
package org.receptorsim.random;
