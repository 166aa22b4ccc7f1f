package org.receptorsim.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.receptorsim.analysis.LogisticFit;
import org.receptorsim.assay.AssayData;
import org.receptorsim.assay.AssayDesign;
import org.receptorsim.assay.AssayRunner;
import org.receptorsim.assay.Pathway;
import org.receptorsim.assay.ResponseCurve;
import org.receptorsim.scenario.Library;

/**
 * Absolute potencies beside the shifts (docs/model.md's validation discipline): the cAMP IC50 of DAMGO and
 * morphine and morphine's maximal inhibition in HEK293-MOR cells from the 5-min forskolin cAMP assay
 * ({@link Pathway#CAMP}: fresh cells, agonist at t = 0), and the EC50 (or tissue ED50) of the first, naive challenge
 * curve of each challenge scenario. A potency is judged within 3× of the literature value (half a log unit, the
 * usual spread of potencies between laboratories); an Emax within 10 percentage points. Every row is a prediction
 * except morphine's Emax, to which {@code cyclaseHalfInhibitionGProteins} was fitted.
 */
public final class AbsolutePotency {

    /** Target label of the potency rows. */
    public static final String TARGET = "potency";

    /** Allowed fold difference of a potency from the literature value. */
    static final double POTENCY_FOLD = 3;

    /** Allowed difference of an Emax from the literature value, percentage points. */
    static final double EMAX_POINTS = 10;

    /** DAMGO's cAMP IC50 before chronic morphine, Chakrabarti 1995 (Neuro2A-MOR), nM. */
    static final double DAMGO_IC50_NM = 4.3;

    /** Morphine's cAMP IC50 in HEK293-MOR, Bot 1998, nM. */
    static final double MORPHINE_IC50_NM = 2.4;

    /** Morphine's inhibition of forskolin-stimulated cAMP in HEK293-MOR, Bot 1998, percent. */
    static final double MORPHINE_EMAX_PERCENT = 72;

    /** Morphine's cAMP EC50 in SH-SY5Y cells, Yu &amp; Sadée 1988, nM (a range). */
    static final double[] MORPHINE_NEURONAL_EC50_NM = {50, 100};

    private static final String DAMGO_LITERATURE = String.format(Locale.ROOT,
            "4.3 nM (Chakrabarti 1995, measured in Neuro2A-MOR cells, not HEK293); within 3x: %.2g-%.2g nM",
            DAMGO_IC50_NM / POTENCY_FOLD, DAMGO_IC50_NM * POTENCY_FOLD);

    /**
     * A first challenge whose potency is compared with the literature.
     *
     * @param target the challenge's target
     * @param scenario validation scenario name
     * @param arm the arm
     * @param cell what the arm's cell is, for the table
     * @param literature the literature value and band
     * @param low lower end of the band (nM)
     * @param high upper end of the band (nM)
     */
    record FirstChallenge(String target, String scenario, String arm, String cell, String literature, double low,
                          double high) {
    }

    /** The first challenges compared: one arm per scenario and cell type. */
    static final List<FirstChallenge> FIRST_CHALLENGES = List.of(
            new FirstChallenge("4", "v4-tolerance", "main", "HEK293-MOR", DAMGO_LITERATURE,
                    DAMGO_IC50_NM / POTENCY_FOLD, DAMGO_IC50_NM * POTENCY_FOLD),
            new FirstChallenge("7", "v7-arrestin-knockout", "morphine-WT", "CNS neuron", DAMGO_LITERATURE,
                    DAMGO_IC50_NM / POTENCY_FOLD, DAMGO_IC50_NM * POTENCY_FOLD),
            new FirstChallenge("8", "v8-whole-animal", "repeated-dosing", "CNS neuron (2000 receptors)",
                    String.format(Locale.ROOT, "morphine cAMP EC50 50-100 nM (Yu & Sadee 1988, SH-SY5Y); "
                                    + "within 3x: %.2g-%.3g nM", MORPHINE_NEURONAL_EC50_NM[0] / POTENCY_FOLD,
                            MORPHINE_NEURONAL_EC50_NM[1] * POTENCY_FOLD),
                    MORPHINE_NEURONAL_EC50_NM[0] / POTENCY_FOLD, MORPHINE_NEURONAL_EC50_NM[1] * POTENCY_FOLD),
            new FirstChallenge("9", "v9-tissue", "CNS", "CNS neuron", DAMGO_LITERATURE,
                    DAMGO_IC50_NM / POTENCY_FOLD, DAMGO_IC50_NM * POTENCY_FOLD),
            new FirstChallenge("9", "v9-tissue", "enteric", "enteric neuron", DAMGO_LITERATURE,
                    DAMGO_IC50_NM / POTENCY_FOLD, DAMGO_IC50_NM * POTENCY_FOLD));

    private AbsolutePotency() {
    }

    /**
     * The cAMP assay rows: DAMGO and morphine in HEK293-MOR, forskolin cAMP read at 5 min, 11 concentrations,
     * {@link AssayDesign#DEFAULT_REPLICATES} cells per concentration; replicate r uses its own streams. Each
     * replicate's curve of means gets a four-parameter logistic fit; the rows give mean and SD over replicates.
     *
     * @param library the library
     * @param replicates replicates (≥ 1)
     * @param threads worker threads (≥ 1)
     * @return three rows: DAMGO IC50, morphine IC50 (predicted), morphine Emax (fitted)
     */
    public static List<ValidationRow> assayRows(Library library, int replicates, int threads) {
        AssayRunner runner = new AssayRunner(library, threads);
        double[] damgo = new double[replicates];
        double[] morphine = new double[replicates];
        double[] morphineEmax = new double[replicates];
        for (int r = 0; r < replicates; r++) {
            AssayDesign d = AssayDesign.of("HEK293-MOR", "DAMGO", "morphine").withPathways(List.of(Pathway.CAMP))
                    .withTag("potency-" + r + "/");
            AssayData data = runner.run(d);
            LogisticFit.Result fd = fit(data, "DAMGO");
            LogisticFit.Result fm = fit(data, "morphine");
            damgo[r] = fd.ec50Molar() * 1e9;
            morphine[r] = fm.ec50Molar() * 1e9;
            morphineEmax[r] = fm.emax();
        }
        double lowM = MORPHINE_IC50_NM / POTENCY_FOLD;
        double highM = MORPHINE_IC50_NM * POTENCY_FOLD;
        return List.of(
                ValidationRow.measured(TARGET, "HEK293-MOR: DAMGO cAMP IC50, 5-min forskolin assay", DAMGO_LITERATURE,
                        "nM", damgo, v -> v >= DAMGO_IC50_NM / POTENCY_FOLD && v <= DAMGO_IC50_NM * POTENCY_FOLD,
                        ValidationRow.Role.PREDICTED),
                ValidationRow.measured(TARGET, "HEK293-MOR: morphine cAMP IC50, 5-min forskolin assay",
                        String.format(Locale.ROOT, "2.4 nM (Bot 1998, HEK293); within 3x: %.2g-%.2g nM", lowM, highM),
                        "nM", morphine, v -> v >= lowM && v <= highM, ValidationRow.Role.PREDICTED),
                ValidationRow.measured(TARGET, "HEK293-MOR: morphine maximal cAMP inhibition, 5-min forskolin assay",
                        String.format(Locale.ROOT, "72 %% (Bot 1998, HEK293); %.0f-%.0f %%",
                                MORPHINE_EMAX_PERCENT - EMAX_POINTS, MORPHINE_EMAX_PERCENT + EMAX_POINTS), "%",
                        morphineEmax, v -> Math.abs(v - MORPHINE_EMAX_PERCENT) <= EMAX_POINTS,
                        ValidationRow.Role.FITTED));
    }

    private static LogisticFit.Result fit(AssayData data, String ligand) {
        ResponseCurve c = data.curve(Pathway.CAMP, ligand).orElseThrow();
        return LogisticFit.fit(c.concentrationsMolar(), c.means());
    }

    /**
     * The absolute potency of the first (naive) challenge curve of each compared arm the readings hold.
     *
     * @param readings challenge readings of a validation run
     * @return one predicted row per compared arm present
     */
    public static List<ValidationRow> firstChallengeRows(List<ChallengeReading> readings) {
        List<ValidationRow> out = new ArrayList<>();
        for (FirstChallenge fc : FIRST_CHALLENGES) {
            readings.stream().filter(c -> c.scenario().equals(fc.scenario()) && c.arm().equals(fc.arm())).findFirst()
                    .ifPresent(c -> {
                        double nm = c.firstPotencyMolar() * 1e9;
                        out.add(new ValidationRow(TARGET, String.format(Locale.ROOT,
                                "%s (target %s): %s %s of the first, naive challenge (%s readout, %.0f-min hold)",
                                fc.cell(), fc.target(), c.ligand(), c.potency(),
                                c.potency().equals("ED50") ? "tissue cAMP" : "cAMP inhibition", c.washoutMinutes()),
                                fc.literature(), nm, c.firstPotencySd() * 1e9, "nM",
                                nm >= fc.low() && nm <= fc.high(), ValidationRow.Role.PREDICTED));
                    });
        }
        return out;
    }
}
