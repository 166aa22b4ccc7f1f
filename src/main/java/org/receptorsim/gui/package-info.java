/**
 * Viewing the cell: its geometry (membrane, clathrin-coated pits, endosomes, lysosome, nucleus) in a MASON
 * {@code Continuous2D}, the portrayals, headless rendering to PNG ({@code receptorsim snapshot}), and the MASON console
 * ({@code receptorsim gui}) with the animated cell, live JFreeChart charts, a dosing window and the parameters in the
 * Model tab. Still pictures place each receptor from its identity, state and the time ({@link
 * org.receptorsim.gui.CellLayout}); the console moves receptors after each model step on the GUI side, with its own
 * random generator ({@link org.receptorsim.gui.CellMotion}). Nothing here feeds back into the model or draws from
 * its random streams: a run with the GUI gives the same results as one without.
 */
package org.receptorsim.gui;
