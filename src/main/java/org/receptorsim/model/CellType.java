package org.receptorsim.model;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import org.receptorsim.units.Rate;

/**
 * The parameters of one cell type: receptor number, regulatory machinery and G-protein transduction.
 *
 * <p>Rates are per second for a reference agonist (DAMGO, efficacy 1) at the cell's GRK and arrestin levels of 1;
 * ligand efficacies and the levels scale them. Fields are nullable while a definition is read and merged with a
 * scenario's overrides; {@link #complete()} checks that every one is present and in range.
 *
 * @param name library name, e.g. "HEK293-MOR"
 * @param description free text
 * @param receptorCount receptors of a drug-free cell at steady state (count)
 * @param grkLevel GRK2/3 level relative to HEK293 (dimensionless, ≥ 0; 0 = phosphorylation-deficient)
 * @param arrestinLevel arrestin-2 level relative to HEK293 (dimensionless, ≥ 0; 0 = arrestin-2 knockout)
 * @param phosphorylationRate GRK phosphorylation of a DAMGO-bound receptor (per second)
 * @param arrestinBindingRate arrestin binding to a phosphorylated, DAMGO-bound receptor (per second)
 * @param arrestinUnbindingRate arrestin release at the surface (per second)
 * @param internalizationRate endocytosis of arrestin-bound receptors (per second)
 * @param dephosphorylationRate surface dephosphorylation after the ligand has left (per second)
 * @param recyclingRate return of endosomal receptors to the surface, dephosphorylated (per second)
 * @param endosomalDegradationRate sorting of endosomal receptors to the lysosome (per second)
 * @param basalTurnoverRate basal degradation of every receptor; synthesis matches it in a drug-free cell (per second)
 * @param phosphorylatedCoupling G-protein coupling of a phosphorylated receptor relative to an unphosphorylated
 *     one (dimensionless, 0–1)
 * @param transducerConstant efficacy-weighted receptor fraction giving half-maximal G-protein activation
 *     (dimensionless, &gt; 0; small = large receptor reserve)
 * @param sources where each value comes from, by field name ("assumed" where no source)
 */
public record CellType(
        String name,
        String description,
        Integer receptorCount,
        Double grkLevel,
        Double arrestinLevel,
        Rate phosphorylationRate,
        Rate arrestinBindingRate,
        Rate arrestinUnbindingRate,
        Rate internalizationRate,
        Rate dephosphorylationRate,
        Rate recyclingRate,
        Rate endosomalDegradationRate,
        Rate basalTurnoverRate,
        Double phosphorylatedCoupling,
        Double transducerConstant,
        Map<String, String> sources) {

    /**
     * Checks that every parameter is present and in range.
     *
     * @return this cell type, with an empty description or sources map filled in
     * @throws IllegalArgumentException naming the first field at fault
     */
    public CellType complete() {
        for (RecordComponent c : CellType.class.getRecordComponents()) {
            if (c.getName().equals("description") || c.getName().equals("sources")) {
                continue;
            }
            try {
                if (c.getAccessor().invoke(this) == null) {
                    throw new IllegalArgumentException(c.getName() + ": missing in cell type '" + name + "'");
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        if (receptorCount < 1) {
            throw new IllegalArgumentException("receptorCount: expected an integer >= 1, got " + receptorCount);
        }
        requireRange("grkLevel", grkLevel, 0, Double.MAX_VALUE);
        requireRange("arrestinLevel", arrestinLevel, 0, Double.MAX_VALUE);
        requireRange("phosphorylatedCoupling", phosphorylatedCoupling, 0, 1);
        if (!(transducerConstant > 0) || Double.isInfinite(transducerConstant)) {
            throw new IllegalArgumentException("transducerConstant: expected a finite number > 0, got "
                    + transducerConstant);
        }
        return new CellType(name, description == null ? "" : description, receptorCount, grkLevel, arrestinLevel,
                phosphorylationRate, arrestinBindingRate, arrestinUnbindingRate, internalizationRate,
                dephosphorylationRate, recyclingRate, endosomalDegradationRate, basalTurnoverRate,
                phosphorylatedCoupling, transducerConstant, sources == null ? Map.of() : Map.copyOf(sources));
    }

    /** Zero-order synthesis in receptors per second that holds a drug-free cell at {@link #receptorCount}. */
    public double synthesisPerSecond() {
        return basalTurnoverRate.perSecond() * receptorCount;
    }

    private static void requireRange(String field, Double value, double lo, double hi) {
        if (!(value >= lo && value <= hi) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": expected a finite number in [" + lo + ", "
                    + (hi == Double.MAX_VALUE ? "inf" : hi) + "], got " + value);
        }
    }
}
