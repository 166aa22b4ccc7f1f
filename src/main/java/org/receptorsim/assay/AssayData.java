package org.receptorsim.assay;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.receptorsim.model.CellType;
import org.receptorsim.pharmacology.Ligand;

/**
 * The results of a set of simulated assays.
 *
 * @param design what was measured
 * @param cell the resolved cell type (library values with the design's overrides)
 * @param ligands the resolved ligands, in design order
 * @param curves one curve per pathway and ligand, pathway-major in design order
 * @param cells number of simulated cells
 */
public record AssayData(AssayDesign design, CellType cell, List<Ligand> ligands, List<ResponseCurve> curves,
                        long cells) {

    /** Copies the lists. */
    public AssayData {
        ligands = List.copyOf(ligands);
        curves = List.copyOf(curves);
    }

    /** The curve of a ligand in a pathway, if measured. */
    public Optional<ResponseCurve> curve(Pathway pathway, String ligand) {
        return curves.stream().filter(c -> c.pathway() == pathway && c.ligand().equalsIgnoreCase(ligand)).findFirst();
    }

    /** The curves of one pathway, in ligand order. */
    public List<ResponseCurve> curves(Pathway pathway) {
        return curves.stream().filter(c -> c.pathway() == pathway).toList();
    }

    /** The pathways measured, in design order. */
    public List<Pathway> pathways() {
        List<Pathway> out = new ArrayList<>();
        for (ResponseCurve c : curves) {
            if (!out.contains(c.pathway())) {
                out.add(c.pathway());
            }
        }
        return out;
    }

    /** The resolved ligand of a name. */
    public Optional<Ligand> ligand(String name) {
        return ligands.stream().filter(l -> l.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * This data with the curves of one pathway replaced by (or extended with) another data set's curves of that
     * pathway (e.g. a G-protein assay on fewer receptors beside an unchanged arrestin assay).
     */
    public AssayData withPathwayFrom(AssayData other, Pathway pathway) {
        List<ResponseCurve> out = new ArrayList<>();
        for (ResponseCurve c : curves) {
            if (c.pathway() != pathway) {
                out.add(c);
            }
        }
        out.addAll(other.curves(pathway));
        return new AssayData(design, cell, ligands, out, cells + other.cells);
    }
}
