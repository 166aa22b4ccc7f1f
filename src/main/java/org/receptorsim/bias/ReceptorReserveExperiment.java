package org.receptorsim.bias;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.receptorsim.assay.AssayData;
import org.receptorsim.assay.AssayDesign;
import org.receptorsim.assay.AssayLigand;
import org.receptorsim.assay.AssayRunner;
import org.receptorsim.assay.Pathway;
import org.receptorsim.assay.ResponseCurve;
import org.receptorsim.model.CellType;
import org.receptorsim.pharmacology.Ligand;

/**
 * The receptor-reserve experiment (the irreversible-antagonist method of Furchgott, as in the "bias or low intrinsic
 * efficacy" debate of docs/model.md §5): the G-protein assay is repeated on cells with a fraction f of their
 * receptors (the cell's G-protein pool unchanged), so that every ligand's operational efficacy at the G protein,
 * τ = ε·f·N/K with K = k_h·G_T/k_a of the G-protein cycle, falls with f: the assay's amplification shrinks. The arrestin assay (BRET-like, per receptor present:
 * not amplified) is the same at every level. At each level the bias of a low-efficacy agonist against the reference
 * is computed two ways:
 * <ul>
 *   <li>ΔΔlog(τ/KA) from the operational model, with its bootstrap interval;</li>
 *   <li>the Emax-ratio comparison log10[(Emax_G,ligand/Emax_G,reference)/(Emax_arr,ligand/Emax_arr,reference)] from
 *       the logistic fits, the naive reading of "full in G, weak in arrestin".</li>
 * </ul>
 * In an amplified assay a low-efficacy agonist is full in G and its Emax ratio looks like strong bias; removing
 * receptors reveals its low efficacy and that apparent bias shrinks, while the operational bias factor, which
 * corrects for amplification, should stay where it was if the ligand is truly biased.
 */
public final class ReceptorReserveExperiment {

    /** Default fractions of receptors left. */
    public static final double[] DEFAULT_FRACTIONS = {1, 0.3, 0.1, 0.03, 0.01};

    private ReceptorReserveExperiment() {
    }

    /**
     * One receptor level.
     *
     * @param fraction fraction of the receptors left
     * @param receptors receptors per simulated cell
     * @param referenceTau the reference's G-protein operational efficacy in the model at this level, ε/K_E
     * @param ligandTau the ligand's, ε/K_E
     * @param bias ΔΔlog(τ/KA) (G pathway vs the other) with its interval
     * @param emaxRatioBias log10 of the Emax-ratio comparison (NaN where a logistic fit failed)
     * @param ligandGEmaxPercentOfReference the ligand's G-pathway Emax as percent of the reference's
     * @param ligandLogTauOverKaG the ligand's log(τ/KA) in the G pathway, with its interval
     * @param failure why the level has no bias factor, or null
     */
    public record Level(double fraction, int receptors, double referenceTau, double ligandTau, Estimate bias,
                        double emaxRatioBias, double ligandGEmaxPercentOfReference, Estimate ligandLogTauOverKaG,
                        String failure) {
    }

    /**
     * The experiment's result.
     *
     * @param ligand the low-efficacy agonist
     * @param reference the reference agonist
     * @param gPathway the amplified G-protein assay whose receptors are removed
     * @param versus the other pathway (not amplified, unchanged)
     * @param levels one per receptor fraction, in the order given
     * @param data the G-pathway curves per level (for plots and CSV), same order
     */
    public record Result(String ligand, String reference, Pathway gPathway, Pathway versus, List<Level> levels,
                         List<AssayData> data) {
    }

    /**
     * Runs the experiment.
     *
     * @param runner the assay runner
     * @param base the design of the main assays (cell, overrides, concentrations, replicates, seed)
     * @param full the main assays' data when it holds both ligands in both pathways (reused for the unchanged
     *     assay and for f = 1), or null
     * @param reference the reference agonist
     * @param ligand the low-efficacy agonist
     * @param gPathway the amplified G-protein pathway
     * @param versus the other pathway
     * @param fractions fractions of receptors left, each in (0, 1]
     * @param settings analysis settings (reference is replaced by {@code reference})
     * @return the levels
     */
    public static Result run(AssayRunner runner, AssayDesign base, AssayData full, String reference, String ligand,
                             Pathway gPathway, Pathway versus, double[] fractions, BiasAnalysis.Settings settings) {
        List<AssayLigand> pair = new ArrayList<>();
        for (String name : List.of(reference, ligand)) {
            pair.add(base.ligands().stream().filter(l -> l.name().equalsIgnoreCase(name)).findFirst()
                    .orElse(AssayLigand.library(name)));
        }
        AssayDesign design = base.withLigands(pair);
        CellType cell = runner.probe(design).arms().get(0).cell();
        List<Ligand> resolved = runner.probe(design).ligands();
        boolean reuse = full != null && full.curve(gPathway, reference).isPresent()
                && full.curve(gPathway, ligand).isPresent() && full.curve(versus, reference).isPresent()
                && full.curve(versus, ligand).isPresent();
        AssayData unchanged = reuse ? subset(full, design, cell, resolved, versus)
                : runner.run(design.withPathways(List.of(versus)).withTag("reserve-other/"));
        List<Level> levels = new ArrayList<>();
        List<AssayData> data = new ArrayList<>();
        BiasAnalysis.Settings s = new BiasAnalysis.Settings(reference, settings.bootstrap(), settings.seed(),
                settings.threads(), settings.level());
        for (int k = 0; k < fractions.length; k++) {
            double f = fractions[k];
            if (!(f > 0 && f <= 1)) {
                throw new IllegalArgumentException("reserve fractions: expected numbers in (0, 1], got " + f);
            }
            int receptors = (int) Math.max(1, Math.round(cell.receptorCount() * f));
            AssayData g;
            if (reuse && receptors == cell.receptorCount()) {
                g = subset(full, design, cell, resolved, gPathway);
            } else {
                Map<String, Object> overrides = new LinkedHashMap<>(base.cellOverrides());
                CellType expressed = cell.withReceptorsExpressed(receptors);
                overrides.put("receptorCount", receptors);
                overrides.put("gProteinsPerReceptor", expressed.gProteinsPerReceptor());
                overrides.put("cyclaseHalfInhibitionPerReceptor", expressed.cyclaseHalfInhibitionPerReceptor());
                g = runner.run(design.withCellOverrides(overrides).withPathways(List.of(gPathway))
                        .withTag(String.format(Locale.ROOT, "reserve-%d/", k)));
            }
            data.add(g);
            AssayData level = g.withPathwayFrom(unchanged, versus);
            BiasResult r = BiasAnalysis.analyse(level, s);
            BiasResult.BiasFactor b = r.bias(ligand, gPathway, versus);
            BiasResult.LigandResult lg = r.pathway(gPathway).ligand(ligand);
            BiasResult.LigandResult rg = r.pathway(gPathway).ligand(reference);
            BiasResult.LigandResult la = r.pathway(versus).ligand(ligand);
            BiasResult.LigandResult ra = r.pathway(versus).ligand(reference);
            double gRatio = span(lg) / span(rg);
            double aRatio = span(la) / span(ra);
            Ligand refL = resolved.get(0);
            Ligand ligL = resolved.get(1);
            double halfActivating = cell.gtpasePerSecond() * cell.gProteinCount()
                    / cell.gProteinActivationRate().perSecond();
            levels.add(new Level(f, receptors, refL.gProteinEfficacy() * receptors / halfActivating,
                    ligL.gProteinEfficacy() * receptors / halfActivating, b == null ? Estimate.NONE : b.ddLogTauOverKa(),
                    Math.log10(gRatio / aRatio), 100 * gRatio, lg.operational().logTauOverKa(),
                    b == null ? "not computed" : b.failure()));
        }
        return new Result(resolved.get(1).name(), resolved.get(0).name(), gPathway, versus, List.copyOf(levels),
                List.copyOf(data));
    }

    /** Response span top − baseline of a logistic fit (NaN if it failed). */
    private static double span(BiasResult.LigandResult l) {
        if (l == null || l.logistic().failure() != null || !l.logistic().emax().defined()) {
            return Double.NaN;
        }
        return l.logistic().emax().value() - l.logistic().baseline().value();
    }

    private static AssayData subset(AssayData full, AssayDesign design, CellType cell, List<Ligand> ligands,
                                    Pathway p) {
        List<ResponseCurve> curves = new ArrayList<>();
        for (Ligand l : ligands) {
            curves.add(full.curve(p, l.name()).orElseThrow());
        }
        return new AssayData(design.withPathways(List.of(p)), cell, ligands, curves, 0);
    }
}
