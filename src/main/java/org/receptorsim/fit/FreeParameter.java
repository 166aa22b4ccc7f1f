package org.receptorsim.fit;

import java.util.Locale;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.units.Quantities;

/**
 * A ligand parameter the fit can estimate, with its unit and the range it is searched in (a log scale: every one is
 * positive). The efficacies are relative to DAMGO (= 1); the G-protein efficacy is kept positive (an agonist's).
 */
public enum FreeParameter {

    /** Equilibrium dissociation constant (molar), 1 pM to 1 mM. */
    KD("kd", "M", 1e-12, 1e-3),
    /** Association rate constant (per molar per second), 10^3 to 10^10. */
    KON("kon", "/M/s", 1e3, 1e10),
    /** Dissociation rate constant (per second), 10^-5 to 10. */
    KOFF("koff", "/s", 1e-5, 10),
    /** G-protein efficacy of the bound receptor (dimensionless), 0.001 to 10. */
    G_PROTEIN_EFFICACY("gProteinEfficacy", "", 1e-3, 10),
    /** GRK2/3 phosphorylation efficacy (dimensionless), 10^-4 to 100. */
    GRK23_EFFICACY("grk23Efficacy", "", 1e-4, 100),
    /** GRK5 phosphorylation efficacy (dimensionless), 10^-4 to 100. */
    GRK5_EFFICACY("grk5Efficacy", "", 1e-4, 100),
    /** Arrestin-3 (β-arrestin-2) recruitment efficacy (dimensionless), 10^-4 to 100. */
    ARRESTIN3_EFFICACY("arrestin3Efficacy", "", 1e-4, 100),
    /** Arrestin-2 (β-arrestin-1) recruitment efficacy (dimensionless), 10^-4 to 100. */
    ARRESTIN2_EFFICACY("arrestin2Efficacy", "", 1e-4, 100);

    private final String field;
    private final String unit;
    private final double lower;
    private final double upper;

    FreeParameter(String field, String unit, double lower, double upper) {
        this.field = field;
        this.unit = unit;
        this.lower = lower;
        this.upper = upper;
    }

    /** The field's name in a ligand definition, e.g. {@code kd}. */
    public String field() {
        return field;
    }

    /** The SI unit the value is given in ("" for the dimensionless efficacies). */
    public String unit() {
        return unit;
    }

    /** Lowest value searched (in {@link #unit()}). */
    public double lower() {
        return lower;
    }

    /** Highest value searched (in {@link #unit()}). */
    public double upper() {
        return upper;
    }

    /** True for kd, kon and koff. */
    public boolean binding() {
        return this == KD || this == KON || this == KOFF;
    }

    /** The value of a complete ligand (in {@link #unit()}). */
    public double of(Ligand l) {
        return switch (this) {
            case KD -> l.kd().molar();
            case KON -> l.associationPerMolarPerSecond();
            case KOFF -> l.dissociationPerSecond();
            case G_PROTEIN_EFFICACY -> l.gProteinEfficacy();
            case GRK23_EFFICACY -> l.grk23Efficacy();
            case GRK5_EFFICACY -> l.grk5Efficacy();
            case ARRESTIN3_EFFICACY -> l.arrestin3Efficacy();
            case ARRESTIN2_EFFICACY -> l.arrestin2Efficacy();
        };
    }

    /**
     * The value as a ligand definition writes it, at full precision: with its unit for kd, kon, koff, a number
     * otherwise.
     */
    public Object definitionValue(double value) {
        return unit.isEmpty() ? (Object) value : value + " " + unit;
    }

    /**
     * The value as a library file writes it, to five significant digits: kd in the unit that suits it, kon in /M/s,
     * koff in /s, efficacies as numbers.
     */
    public Object libraryValue(double value) {
        String digits = Quantities.trim(String.format(Locale.ROOT, "%.5g", value));
        return switch (this) {
            case KD -> Quantities.format(value, Quantities.CONCENTRATION);
            case KON, KOFF -> digits + " " + unit;
            default -> Double.parseDouble(digits);
        };
    }

    /** The value for reading, in the unit that suits it (e.g. {@code 4.83 nM}, {@code 54 /h}, {@code 0.588}). */
    public String format(double value) {
        return switch (this) {
            case KD -> Quantities.format(value, Quantities.CONCENTRATION);
            case KON -> Quantities.format(value, Quantities.ASSOCIATION_RATE);
            case KOFF -> Quantities.format(value, Quantities.RATE);
            default -> Quantities.trim(String.format(Locale.ROOT, "%.4g", value));
        };
    }

    /** The parameter of a field name (any case), or null. */
    public static FreeParameter parse(String text) {
        for (FreeParameter p : values()) {
            if (p.field.equalsIgnoreCase(text.trim())) {
                return p;
            }
        }
        return null;
    }

    /** The field names, for messages. */
    public static java.util.List<String> fields() {
        return java.util.Arrays.stream(values()).map(FreeParameter::field).toList();
    }
}
