/**
 * Figures: the one chart style of every saved and live chart (fonts sized for a journal column, colour-blind
 * palette, line styles, decade ticks, time axes in a suitable unit, exposure periods) and writing charts as PNG,
 * SVG and PDF.
 */
package org.receptorsim.figure;
