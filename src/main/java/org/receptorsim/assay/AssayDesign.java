package org.receptorsim.assay;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What to measure: the cell, the ligands, the pathways with their readout times, the concentration series and the
 * number of replicate cells. Every concentration of every replicate is a fresh, drug-free cell to which the ligand
 * is added at t = 0 (cohort kinetics engine). Replicate r of a series draws from stream r of streams named after
 * {@code tag}, the pathway, the ligand and the concentration index, so that every cell is independent and any
 * cell can be reproduced alone.
 *
 * @param cell library cell type, e.g. "HEK293-MOR"
 * @param cellOverrides cell parameters overriding the library's (scenario {@code cellOverrides} format; empty for
 *     none), e.g. {@code receptorCount: 2000}
 * @param ligands the ligands, in table order
 * @param pathways the assays to run
 * @param readSeconds readout time per pathway where it differs from {@link Pathway#defaultReadSeconds()}
 * @param concentrations concentration series (molar, increasing) per ligand name where given; others are chosen
 *     from the ligand's Kd
 * @param concentrationCount points of an automatic series (≥ 8)
 * @param lowDecades decades below Kd where an automatic series starts (e.g. 3: Kd/1000)
 * @param highDecades decades above Kd where it ends (e.g. 2: 100·Kd)
 * @param replicates replicate cells per concentration (≥ 1)
 * @param seed master seed
 * @param tag prefix of the stream names (keeps the cells of different experiments of one run independent)
 * @param dtSeconds time step in seconds
 */
public record AssayDesign(String cell, Map<String, Object> cellOverrides, List<AssayLigand> ligands,
                          List<Pathway> pathways, Map<Pathway, Double> readSeconds,
                          Map<String, double[]> concentrations, int concentrationCount, double lowDecades,
                          double highDecades, int replicates, long seed, String tag, double dtSeconds) {

    /** Default points of an automatic concentration series. */
    public static final int DEFAULT_POINTS = 11;
    /** Default replicate cells per concentration. */
    public static final int DEFAULT_REPLICATES = 6;

    /** Checks and copies. */
    public AssayDesign {
        cellOverrides = Map.copyOf(cellOverrides == null ? Map.of() : cellOverrides);
        ligands = List.copyOf(ligands);
        pathways = List.copyOf(pathways);
        readSeconds = readSeconds == null || readSeconds.isEmpty() ? Map.of() : Map.copyOf(readSeconds);
        Map<String, double[]> c = new LinkedHashMap<>();
        if (concentrations != null) {
            concentrations.forEach((k, v) -> c.put(k.toLowerCase(Locale.ROOT), v.clone()));
        }
        concentrations = java.util.Collections.unmodifiableMap(c);
        tag = tag == null ? "" : tag;
        if (ligands.isEmpty()) {
            throw new IllegalArgumentException("ligands: expected at least one ligand");
        }
        if (pathways.isEmpty()) {
            throw new IllegalArgumentException("pathways: expected at least one pathway");
        }
        if (concentrationCount < 8) {
            throw new IllegalArgumentException("concentrations: expected at least 8 per ligand, got "
                    + concentrationCount);
        }
        if (replicates < 1) {
            throw new IllegalArgumentException("replicates: expected a whole number >= 1, got " + replicates);
        }
        for (Map.Entry<String, double[]> e : concentrations.entrySet()) {
            double[] v = e.getValue();
            if (v.length < 8) {
                throw new IllegalArgumentException("concentrations: expected at least 8 for " + e.getKey()
                        + ", got " + v.length);
            }
            for (int i = 0; i < v.length; i++) {
                if (!(v[i] > 0) || Double.isInfinite(v[i]) || (i > 0 && !(v[i] > v[i - 1]))) {
                    throw new IllegalArgumentException("concentrations: expected increasing concentrations > 0 for "
                            + e.getKey());
                }
            }
        }
    }

    /**
     * A design with the defaults: all four pathways at their default times, 11 half-log concentrations from Kd/1000
     * to 100·Kd, 6 replicates, seed 1, dt 1 s.
     */
    public static AssayDesign of(String cell, List<AssayLigand> ligands) {
        return new AssayDesign(cell, Map.of(), ligands, List.of(Pathway.values()), Map.of(), Map.of(),
                DEFAULT_POINTS, 3, 2, DEFAULT_REPLICATES, 1, "", 1.0);
    }

    /** Library ligands by name. */
    public static AssayDesign of(String cell, String... ligandNames) {
        return of(cell, java.util.Arrays.stream(ligandNames).map(AssayLigand::library).toList());
    }

    /** The readout time of a pathway in seconds. */
    public double readSeconds(Pathway p) {
        Double t = readSeconds.get(p);
        return t != null ? t : p.defaultReadSeconds();
    }

    /** The concentration series of a ligand: as given, or log-spaced around its Kd. */
    public double[] concentrationsFor(String ligand, double kdMolar) {
        double[] given = concentrations.get(ligand.toLowerCase(Locale.ROOT));
        if (given != null) {
            return given.clone();
        }
        double[] c = new double[concentrationCount];
        double span = lowDecades + highDecades;
        for (int i = 0; i < c.length; i++) {
            c[i] = kdMolar * Math.pow(10, -lowDecades + span * i / (c.length - 1));
        }
        return c;
    }

    /** With other cell overrides. */
    public AssayDesign withCellOverrides(Map<String, Object> overrides) {
        return new AssayDesign(cell, overrides, ligands, pathways, readSeconds, concentrations, concentrationCount,
                lowDecades, highDecades, replicates, seed, tag, dtSeconds);
    }

    /** With another cell type. */
    public AssayDesign withCell(String newCell) {
        return new AssayDesign(newCell, cellOverrides, ligands, pathways, readSeconds, concentrations,
                concentrationCount, lowDecades, highDecades, replicates, seed, tag, dtSeconds);
    }

    /** With other ligands. */
    public AssayDesign withLigands(List<AssayLigand> newLigands) {
        return new AssayDesign(cell, cellOverrides, newLigands, pathways, readSeconds, concentrations,
                concentrationCount, lowDecades, highDecades, replicates, seed, tag, dtSeconds);
    }

    /** With other pathways. */
    public AssayDesign withPathways(List<Pathway> newPathways) {
        return new AssayDesign(cell, cellOverrides, ligands, newPathways, readSeconds, concentrations,
                concentrationCount, lowDecades, highDecades, replicates, seed, tag, dtSeconds);
    }

    /** With another readout time for one pathway. */
    public AssayDesign withReadSeconds(Pathway p, double seconds) {
        Map<Pathway, Double> m = new EnumMap<>(Pathway.class);
        m.putAll(readSeconds);
        m.put(p, seconds);
        return new AssayDesign(cell, cellOverrides, ligands, pathways, m, concentrations, concentrationCount,
                lowDecades, highDecades, replicates, seed, tag, dtSeconds);
    }

    /** With given concentration series (molar) per ligand name. */
    public AssayDesign withConcentrations(Map<String, double[]> series) {
        return new AssayDesign(cell, cellOverrides, ligands, pathways, readSeconds, series, concentrationCount,
                lowDecades, highDecades, replicates, seed, tag, dtSeconds);
    }

    /** With an automatic series of {@code points} from Kd/10^low to Kd·10^high. */
    public AssayDesign withAutomaticSeries(int points, double low, double high) {
        return new AssayDesign(cell, cellOverrides, ligands, pathways, readSeconds, concentrations, points, low,
                high, replicates, seed, tag, dtSeconds);
    }

    /** With another number of replicates. */
    public AssayDesign withReplicates(int n) {
        return new AssayDesign(cell, cellOverrides, ligands, pathways, readSeconds, concentrations,
                concentrationCount, lowDecades, highDecades, n, seed, tag, dtSeconds);
    }

    /** With another master seed. */
    public AssayDesign withSeed(long newSeed) {
        return new AssayDesign(cell, cellOverrides, ligands, pathways, readSeconds, concentrations,
                concentrationCount, lowDecades, highDecades, replicates, newSeed, tag, dtSeconds);
    }

    /** With another stream-name prefix. */
    public AssayDesign withTag(String newTag) {
        return new AssayDesign(cell, cellOverrides, ligands, pathways, readSeconds, concentrations,
                concentrationCount, lowDecades, highDecades, replicates, seed, newTag, dtSeconds);
    }
}
