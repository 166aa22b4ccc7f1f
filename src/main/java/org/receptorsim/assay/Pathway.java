package org.receptorsim.assay;

import java.util.List;
import java.util.Locale;
import org.receptorsim.model.ArmResult;
import org.receptorsim.model.SignalReadouts.Readout;

/**
 * The signalling pathways an assay reads, each as one number per cell at a fixed time after the agonist is added
 * (agonist present from t = 0 on a drug-free cell). Every response is a percentage, 0 without agonist.
 */
public enum Pathway {

    /**
     * G-protein pathway, proximal, in membranes (GTPγS-like): agonist-stimulated fraction of the G-protein pool active
     * at 10 min (above the drug-free, constitutive level), percent. In a membrane preparation receptors are not
     * phosphorylated and recruit no arrestin, so the assay's cells have no GRK and no arrestin: it reads G-protein
     * efficacy without desensitization.
     */
    G_PROTEIN("gProtein", "G-protein activation (membranes, GTPγS-like)", "% of the G-protein pool active", true,
            600, false, true),

    /**
     * G-protein pathway in whole cells: inhibition of forskolin-stimulated cAMP, 100·(1 − cAMP/control) at 5 min
     * (control = the same assay without agonist). Receptors desensitize during the assay as they do in cells.
     */
    CAMP("cAMP", "cAMP inhibition (forskolin, whole cells)", "% inhibition of forskolin-stimulated cAMP", true, 300,
            true, false),

    /**
     * Arrestin pathway, unamplified (BRET-like: arrestin-bound receptors per receptor present): receptors holding
     * arrestin-3 (β-arrestin-2) at 10 min, percent of the receptors at t = 0.
     */
    ARRESTIN("arrestin", "arrestin-3 (β-arrestin-2) recruitment (BRET-like)", "% of receptors holding arrestin-3",
            false, 600, false, false),

    /** Internalization: surface receptors lost at 30 min, percent of the surface at t = 0. */
    INTERNALIZATION("internalization", "internalization", "% of surface receptors lost", false, 1800, false,
            false);

    private final String id;
    private final String label;
    private final String unit;
    private final boolean gProtein;
    private final double defaultReadSeconds;
    private final boolean forskolin;
    private final boolean membrane;

    Pathway(String id, String label, String unit, boolean gProtein, double defaultReadSeconds, boolean forskolin,
            boolean membrane) {
        this.id = id;
        this.label = label;
        this.unit = unit;
        this.gProtein = gProtein;
        this.defaultReadSeconds = defaultReadSeconds;
        this.forskolin = forskolin;
        this.membrane = membrane;
    }

    /** True if the assay runs on membranes: no GRK phosphorylation, no arrestin (their levels 0). */
    public boolean membrane() {
        return membrane;
    }

    /** Short name used on the command line and in files, e.g. "cAMP". */
    public String id() {
        return id;
    }

    /** A short name for chart titles and table headings: G protein, cAMP, arrestin-3, internalization. */
    public String shortLabel() {
        return switch (this) {
            case G_PROTEIN -> "G protein";
            case CAMP -> "cAMP";
            case ARRESTIN -> "arrestin-3";
            case INTERNALIZATION -> "internalization";
        };
    }

    /** Human-readable name. */
    public String label() {
        return label;
    }

    /** What the percentage is a percentage of. */
    public String unit() {
        return unit;
    }

    /** True for the G-protein pathway readouts. */
    public boolean isGProtein() {
        return gProtein;
    }

    /** Default readout time in seconds after the agonist is added. */
    public double defaultReadSeconds() {
        return defaultReadSeconds;
    }

    /** True if the assay runs with forskolin-stimulated adenylyl cyclase. */
    public boolean forskolin() {
        return forskolin;
    }

    /**
     * Largest response the readout can physically give (percent): a fraction of a pool, of the receptors or of
     * the control cAMP. The operational model's system Emax is kept at or below it.
     */
    public double physicalMaximum() {
        return 100;
    }

    /**
     * Reads the response of one simulated cell.
     *
     * @param cell the cell's recorded trajectory
     * @param readSeconds the readout time
     * @return the response in percent
     */
    public double response(ArmResult cell, double readSeconds) {
        return response(CellReadouts.of(cell), readSeconds);
    }

    /**
     * Reads the response of a cell's recorded course (an agent cell or the mean-field law's expected course).
     *
     * @param cell what the cell recorded
     * @param readSeconds the readout time
     * @return the response in percent
     */
    public double response(CellReadouts cell, double readSeconds) {
        return switch (this) {
            case CAMP -> 100 * (1 - cell.readout(Readout.CAMP_RELATIVE, readSeconds));
            case G_PROTEIN -> 100 * (cell.readout(Readout.G_PROTEIN_ACTIVATION, readSeconds)
                    - cell.readout(Readout.G_PROTEIN_ACTIVATION, 0));
            case ARRESTIN -> 100 * cell.readout(Readout.ARRESTIN3_BOUND, readSeconds);
            case INTERNALIZATION -> 100 * (1 - cell.surface(readSeconds) / cell.surface(0));
        };
    }

    /** The pathway named by its id or enum name (any case), or null. */
    public static Pathway parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        for (Pathway p : values()) {
            if (p.id.toLowerCase(Locale.ROOT).equals(t) || p.name().toLowerCase(Locale.ROOT).replace("_", "")
                    .equals(t)) {
                return p;
            }
        }
        return switch (t) {
            case "g", "gi", "gprotein" -> G_PROTEIN;
            case "camp", "forskolin" -> CAMP;
            case "barrestin", "betaarrestin", "arrestin2", "bret" -> ARRESTIN;
            default -> null;
        };
    }

    /** The ids of all pathways, for messages. */
    public static List<String> ids() {
        return java.util.Arrays.stream(values()).map(Pathway::id).toList();
    }
}
