package org.receptorsim.pharmacology.pk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Species presets of one-compartment pharmacokinetics, each with the source of every value (tags as in
 * docs/model.md: [F] seen in the source, [M] recalled, [D] derived, or "assumed").
 */
public final class PkPresets {

    /** Morphine (base, C17H19NO3) molar mass, g/mol [D from the formula]. */
    public static final double MORPHINE_MOLAR_MASS_GRAMS_PER_MOL = 285.34;

    /**
     * Intramuscular absorption rate of morphine, ln 2 / 7.7 min (per second): Stanski 1978 [F] (absorption
     * t½ 7.7 min), rate [D]. Use as ka of a depot dose for an IM injection.
     */
    public static final double MORPHINE_IM_ABSORPTION_PER_SECOND = Math.log(2) / (7.7 * 60);

    /** Name of the human morphine preset. */
    public static final String MORPHINE_HUMAN = "morphine-human";

    /** Name of the rat morphine preset. */
    public static final String MORPHINE_RAT = "morphine-rat";

    private PkPresets() {
    }

    /** The preset names. */
    public static List<String> names() {
        return List.of(MORPHINE_HUMAN, MORPHINE_RAT);
    }

    /**
     * A preset by name (case-insensitive).
     *
     * @param name e.g. "morphine-human"
     * @return the model
     * @throws IllegalArgumentException naming the field 'preset' and the names known
     */
    public static PkModel byName(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (key) {
            case MORPHINE_HUMAN -> morphineHuman();
            case MORPHINE_RAT -> morphineRat();
            default -> throw new IllegalArgumentException("preset: expected one of " + names() + ", got '" + name
                    + "'");
        };
    }

    /**
     * Molar mass of the drug of a preset (g/mol), for doses given in mg.
     *
     * @param name a preset name
     * @return the molar mass
     */
    public static double molarMassGramsPerMol(String name) {
        byName(name);
        return MORPHINE_MOLAR_MASS_GRAMS_PER_MOL;
    }

    /**
     * Morphine in humans, IV: V 276 L and elimination 8.8e-5 /s (t½ 2.2 h), so CL = k·V = 0.0243 L/s
     * (1.46 L/min). Stuart-Harris 2000 reports t½ 2.2 ± 1.0 h, CL 1.58 L/min and Vd 276 L [F]; its clearance and
     * volume imply t½ 2.0 h (k 9.5e-5 /s), within the reported spread. The preset keeps the half-life, as the
     * project's default elimination rate does. No effect-site delay, no induction.
     *
     * @return the model
     */
    public static PkModel morphineHuman() {
        double volume = 276;
        double elimination = 8.8e-5;
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("volumeLitres", "276 L: Stuart-Harris 2000 [F]");
        sources.put("eliminationRatePerSecond", "8.8e-5 /s = ln 2 / 2.2 h: Stuart-Harris 2000 t½ 2.2 ± 1.0 h [F],"
                + " docs/model.md default rates [F]");
        sources.put("clearanceLitresPerSecond", "k·V = 0.0243 L/s (1.46 L/min) [D]; Stuart-Harris 2000 reports"
                + " 1.58 L/min [F], which with 276 L implies t½ 2.0 h");
        sources.put("molarMassGramsPerMol", "285.34 g/mol, morphine base C17H19NO3 [D]");
        return new PkModel(volume, elimination * volume, null, null, sources);
    }

    /**
     * Morphine in the rat: elimination 2e-4 /s (t½ 58 min) [M] (docs/model.md: dominant phase ~1 h, JPET 208:228
     * [F/M]); volume assumed 3.2 L/kg (the human value, Stanski 1978 [F]) for a 0.3 kg rat, 0.96 L. The
     * concentration course depends on the volume only through dose/V, so scale doses per kg accordingly.
     *
     * @return the model
     */
    public static PkModel morphineRat() {
        double volume = 3.2 * 0.3;
        double elimination = 2e-4;
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("volumeLitres", "0.96 L = 3.2 L/kg × 0.3 kg: assumed (human Vd/kg, Stanski 1978 [F])");
        sources.put("eliminationRatePerSecond", "2e-4 /s: docs/model.md default rates [M]; dominant phase ~1 h,"
                + " JPET 208:228 [F/M]");
        sources.put("clearanceLitresPerSecond", "k·V = 1.92e-4 L/s [D]");
        sources.put("molarMassGramsPerMol", "285.34 g/mol, morphine base C17H19NO3 [D]");
        return new PkModel(volume, elimination * volume, null, null, sources);
    }
}
