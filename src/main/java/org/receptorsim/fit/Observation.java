package org.receptorsim.fit;

import org.receptorsim.assay.Pathway;

/**
 * One measured response: a row of the data file.
 *
 * @param line the row's line in the file (1-based)
 * @param assay the assay
 * @param ligand the ligand's name as written
 * @param molar the concentration (molar, &gt; 0)
 * @param seconds the read time after the agonist was added (whole seconds, ≥ 1)
 * @param response the response, in the assay's unit ({@link Pathway#unit()}, percent)
 * @param sem its standard error (same unit, &gt; 0), or NaN when the file gives none
 * @param replicate the replicate (well, cell) it was read on, or -1 when the file gives none
 */
public record Observation(int line, Pathway assay, String ligand, double molar, double seconds, double response,
                          double sem, int replicate) {
}
