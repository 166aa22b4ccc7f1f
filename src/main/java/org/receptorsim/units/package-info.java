/** Physical quantities with their units (molar, seconds, per second) and the parsing of "number unit" text. */
package org.receptorsim.units;
