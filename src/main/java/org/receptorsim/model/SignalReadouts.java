package org.receptorsim.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import org.receptorsim.pharmacology.ExposureQuantity;
import org.receptorsim.pharmacology.ExposureReadouts;
import org.receptorsim.signaling.SignalCascade;

/**
 * The signal readouts of a cell at one recorded time: the cascade's, the transmitter pool, the arrestin-bound
 * receptors, and whatever extra quantities the exposure reports. In result files they are the columns named by
 * {@link Readout#column()} in {@link Readout} order, then the exposure's (see {@link #columns(List)}).
 *
 * @param gProteinActiveFraction fraction of the G-protein pool active, g (0–1; the fast, GIRK-like readout)
 * @param effectFraction observed effect E after the mediator feedback, as a fraction of the G-protein pool (= g
 *     without the feedback)
 * @param cAMPRelative cAMP relative to the drug-free steady state of the same assay (1 = control; dimensionless)
 * @param cyclaseUpregulation adenylyl cyclase up-regulation factor U (1 = none; dimensionless)
 * @param mediator level of the negative-feedback mediator M (dimensionless; 0 without drug or without the feedback)
 * @param transmitterPoolFraction fraction of the releasable transmitter pool left (0–1; 1 without indirect agonists)
 * @param arrestin3BoundFraction fraction of the cell's receptors holding arrestin-3 (β-arrestin-2), per receptor
 *     of the cell type's count (0–1)
 * @param arrestin2BoundFraction the same for arrestin-2 (β-arrestin-1)
 * @param exposure the exposure's extra quantities (e.g. plasma concentration; none for a bath)
 */
public record SignalReadouts(double gProteinActiveFraction, double effectFraction, double cAMPRelative,
                             double cyclaseUpregulation, double mediator, double transmitterPoolFraction,
                             double arrestin3BoundFraction, double arrestin2BoundFraction,
                             ExposureReadouts exposure) implements java.io.Serializable {

    /** The cell's own readouts (every cell has them all), in result-file column order. */
    public enum Readout {
        /** {@link SignalReadouts#gProteinActiveFraction()}. */
        G_PROTEIN_ACTIVATION("gProteinActivation", "fraction of the G-protein pool",
                SignalReadouts::gProteinActiveFraction),
        /** {@link SignalReadouts#effectFraction()}. */
        EFFECT("effect", "fraction of the G-protein pool", SignalReadouts::effectFraction),
        /** {@link SignalReadouts#cAMPRelative()}. */
        CAMP_RELATIVE("cAMPRelative", "× drug-free control", SignalReadouts::cAMPRelative),
        /** {@link SignalReadouts#cyclaseUpregulation()}. */
        CYCLASE_UPREGULATION("cyclaseUpregulation", "× basal cyclase", SignalReadouts::cyclaseUpregulation),
        /** {@link SignalReadouts#mediator()}. */
        MEDIATOR("mediator", "dimensionless", SignalReadouts::mediator),
        /** {@link SignalReadouts#transmitterPoolFraction()}. */
        TRANSMITTER_POOL("transmitterPool", "fraction of the pool", SignalReadouts::transmitterPoolFraction),
        /** {@link SignalReadouts#arrestin3BoundFraction()}. */
        ARRESTIN3_BOUND("arrestin3Bound", "fraction of the receptors", SignalReadouts::arrestin3BoundFraction),
        /** {@link SignalReadouts#arrestin2BoundFraction()}. */
        ARRESTIN2_BOUND("arrestin2Bound", "fraction of the receptors", SignalReadouts::arrestin2BoundFraction);

        private final String column;
        private final String unit;
        private final ToDoubleFunction<SignalReadouts> value;

        Readout(String column, String unit, ToDoubleFunction<SignalReadouts> value) {
            this.column = column;
            this.unit = unit;
            this.value = value;
        }

        /** Its column name in result files, e.g. {@code cAMPRelative}. */
        public String column() {
            return column;
        }

        /** Its unit, for axis labels and documentation. */
        public String unit() {
            return unit;
        }

        /** Its value in a cell's readouts. */
        public double of(SignalReadouts readouts) {
            return value.applyAsDouble(readouts);
        }

        /** Its value in a snapshot. */
        public double of(CellSnapshot snapshot) {
            return value.applyAsDouble(snapshot.readouts());
        }
    }

    /**
     * @throws IllegalArgumentException if {@code exposure} is null ({@link ExposureReadouts#NONE} stands for none)
     */
    public SignalReadouts {
        if (exposure == null) {
            throw new IllegalArgumentException("exposure: expected the exposure's readouts (NONE for none), got null");
        }
    }

    /**
     * A cell's readouts now.
     *
     * @param cascade the cell's signal cascade
     * @param transmitterPoolFraction fraction of the releasable transmitter pool left (0–1)
     * @param arrestin3BoundFraction fraction of the receptors holding arrestin-3 (β-arrestin-2)
     * @param arrestin2BoundFraction fraction of the receptors holding arrestin-2 (β-arrestin-1)
     * @param exposure the exposure's extra quantities now
     * @return the readouts
     */
    public static SignalReadouts of(SignalCascade cascade, double transmitterPoolFraction,
                                    double arrestin3BoundFraction, double arrestin2BoundFraction,
                                    ExposureReadouts exposure) {
        return new SignalReadouts(cascade.activeFraction(), cascade.effect(), cascade.cAMPRelative(),
                cascade.cyclaseUpregulation(), cascade.mediator(), transmitterPoolFraction, arrestin3BoundFraction,
                arrestin2BoundFraction, exposure);
    }

    /** The column names of readouts with these exposure quantities: {@link Readout} order, then the exposure's. */
    public static List<String> columns(List<ExposureQuantity> exposure) {
        List<String> names = new ArrayList<>(Readout.values().length + exposure.size());
        for (Readout r : Readout.values()) {
            names.add(r.column());
        }
        for (ExposureQuantity q : exposure) {
            names.add(q.column());
        }
        return names;
    }

    /** The column names of these readouts (see {@link #columns(List)}). */
    public List<String> columns() {
        return columns(exposure.quantities());
    }

    /** The values, in the order of {@link #columns()}. */
    public double[] values() {
        Readout[] cell = Readout.values();
        double[] extra = exposure.values();
        double[] v = new double[cell.length + extra.length];
        for (int i = 0; i < cell.length; i++) {
            v[i] = cell[i].of(this);
        }
        System.arraycopy(extra, 0, v, cell.length, extra.length);
        return v;
    }

    /**
     * The readouts whose {@link #values()} are {@code values} (the inverse of {@link #values()}, for reading them back
     * from a file).
     *
     * @param values the values in column order
     * @param exposure the exposure quantities the values end with
     * @return the readouts
     * @throws IllegalArgumentException if the number of values does not match
     */
    public static SignalReadouts fromValues(double[] values, List<ExposureQuantity> exposure) {
        int cell = Readout.values().length;
        if (values.length != cell + exposure.size()) {
            throw new IllegalArgumentException("readouts: expected " + (cell + exposure.size()) + " values ("
                    + columns(exposure) + "), got " + values.length);
        }
        return new SignalReadouts(values[0], values[1], values[2], values[3], values[4], values[5], values[6],
                values[7], new ExposureReadouts(exposure, Arrays.copyOfRange(values, cell, values.length)));
    }

    /** The value of the column with this name, empty if these readouts have none of that name. */
    public OptionalDouble value(String column) {
        for (Readout r : Readout.values()) {
            if (r.column().equals(column)) {
                return OptionalDouble.of(r.of(this));
            }
        }
        return exposure.value(column);
    }
}
