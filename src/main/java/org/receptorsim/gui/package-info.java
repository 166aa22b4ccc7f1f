/**
 * Viewing the cell: its geometry (membrane, clathrin pits, endosomes, lysosome, nucleus), where each receptor is
 * drawn for the eye, the MASON portrayals and headless rendering to PNG. Positions are derived from each receptor's
 * identity, state and the time when a picture is drawn; nothing here feeds back into the model or draws from its
 * random streams.
 */
package org.receptorsim.gui;
