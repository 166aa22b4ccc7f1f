package org.receptorsim.units;

/**
 * A concentration in molar (mol/L).
 *
 * @param molar the value in mol/L, ≥ 0 and finite
 */
public record Concentration(double molar) implements java.io.Serializable {

    /** Zero concentration. */
    public static final Concentration ZERO = new Concentration(0);

    /** Checks the value. */
    public Concentration {
        if (!(molar >= 0) || Double.isInfinite(molar)) {
            throw new IllegalArgumentException("concentration must be finite and >= 0 M, got " + molar);
        }
    }

    /** Parses text such as {@code "10 uM"}; units M, mM, uM (µM), nM, pM. */
    public static Concentration parse(String text) {
        return new Concentration(Quantities.parse(text, "a concentration", Quantities.CONCENTRATION));
    }

    @Override
    public String toString() {
        return Quantities.format(molar, Quantities.CONCENTRATION);
    }
}
