package org.receptorsim.pharmacology.pk;

import java.util.ArrayList;
import java.util.List;

/**
 * A dose given to the plasma compartment. Amounts are in mol (see {@link #molesFromMilligrams}); times in seconds
 * from the start of the run.
 */
public sealed interface DosingEvent extends java.io.Serializable
        permits DosingEvent.Bolus, DosingEvent.Infusion, DosingEvent.OralDose, DosingEvent.RepeatedDose {

    /** When the dose starts (seconds). */
    double timeSeconds();

    /** The same dose given {@code seconds} later. */
    DosingEvent shifted(double seconds);

    /** The single doses this event stands for (itself, except for a repeated dose). */
    default List<DosingEvent> expand() {
        return List.of(this);
    }

    /**
     * Converts a mass to an amount.
     *
     * @param milligrams mass (mg, &gt; 0)
     * @param molarMassGramsPerMol molar mass (g/mol, &gt; 0), e.g. 285.34 for morphine base
     * @return amount in mol
     */
    static double molesFromMilligrams(double milligrams, double molarMassGramsPerMol) {
        Checks.positive("mg", milligrams);
        Checks.positive("molarMassGramsPerMol", molarMassGramsPerMol);
        return milligrams * 1e-3 / molarMassGramsPerMol;
    }

    /**
     * A dose repeated {@code count} times every {@code intervalSeconds}, expanded to single events.
     *
     * @param dose the first dose
     * @param intervalSeconds dosing interval (seconds, &gt; 0)
     * @param count number of doses (≥ 1)
     * @return the doses, in time order
     */
    static List<DosingEvent> repeat(DosingEvent dose, double intervalSeconds, int count) {
        return new RepeatedDose(dose, intervalSeconds, count).expand();
    }

    /**
     * Expands and sorts a list of doses (stable by start time).
     *
     * @param doses doses, repeated ones included
     * @return single doses in time order
     */
    static List<DosingEvent> expandAll(List<? extends DosingEvent> doses) {
        List<DosingEvent> out = new ArrayList<>();
        for (DosingEvent d : doses) {
            if (d == null) {
                throw new IllegalArgumentException("doses: expected a dose, got null");
            }
            out.addAll(d.expand());
        }
        out.sort(java.util.Comparator.comparingDouble(DosingEvent::timeSeconds));
        return List.copyOf(out);
    }

    /**
     * An intravenous bolus: the amount enters the plasma instantly, Cp jumps by amount/V.
     *
     * @param timeSeconds when (seconds, ≥ 0)
     * @param amountMol amount (mol, &gt; 0)
     */
    record Bolus(double timeSeconds, double amountMol) implements DosingEvent {

        /** Checks the values. */
        public Bolus {
            Checks.nonNegative("timeSeconds", timeSeconds);
            Checks.positive("amountMol", amountMol);
        }

        /** A bolus of a mass (mg) of a drug of the given molar mass (g/mol). */
        public static Bolus ofMilligrams(double timeSeconds, double milligrams, double molarMassGramsPerMol) {
            return new Bolus(timeSeconds, molesFromMilligrams(milligrams, molarMassGramsPerMol));
        }

        @Override
        public Bolus shifted(double seconds) {
            return new Bolus(timeSeconds + seconds, amountMol);
        }
    }

    /**
     * A constant-rate intravenous infusion from {@code startSeconds} (inclusive) to {@code endSeconds} (exclusive).
     *
     * @param startSeconds start (seconds, ≥ 0)
     * @param endSeconds end (seconds, &gt; start)
     * @param rateMolPerSecond infusion rate (mol per second, &gt; 0)
     */
    record Infusion(double startSeconds, double endSeconds, double rateMolPerSecond) implements DosingEvent {

        /** Checks the values. */
        public Infusion {
            Checks.nonNegative("startSeconds", startSeconds);
            Checks.positive("endSeconds", endSeconds);
            if (!(endSeconds > startSeconds)) {
                throw new IllegalArgumentException("endSeconds: expected a time after startSeconds " + startSeconds
                        + ", got " + endSeconds);
            }
            Checks.positive("rateMolPerSecond", rateMolPerSecond);
        }

        /** An infusion delivering a total mass (mg) evenly between start and end. */
        public static Infusion ofTotalMilligrams(double startSeconds, double endSeconds, double milligrams,
                                                 double molarMassGramsPerMol) {
            return ofTotalMoles(startSeconds, endSeconds, molesFromMilligrams(milligrams, molarMassGramsPerMol));
        }

        /** An infusion delivering a total amount (mol) evenly between start and end. */
        public static Infusion ofTotalMoles(double startSeconds, double endSeconds, double amountMol) {
            Checks.positive("amountMol", amountMol);
            if (!(endSeconds > startSeconds)) {
                throw new IllegalArgumentException("endSeconds: expected a time after startSeconds " + startSeconds
                        + ", got " + endSeconds);
            }
            return new Infusion(startSeconds, endSeconds, amountMol / (endSeconds - startSeconds));
        }

        @Override
        public double timeSeconds() {
            return startSeconds;
        }

        /** Total amount delivered (mol). */
        public double amountMol() {
            return rateMolPerSecond * (endSeconds - startSeconds);
        }

        @Override
        public Infusion shifted(double seconds) {
            return new Infusion(startSeconds + seconds, endSeconds + seconds, rateMolPerSecond);
        }
    }

    /**
     * A dose absorbed first-order from a depot (oral; also intramuscular or subcutaneous): the bioavailable amount
     * F·amount enters a depot at {@code timeSeconds} and passes to the plasma at rate ka.
     *
     * @param timeSeconds when (seconds, ≥ 0)
     * @param amountMol amount given (mol, &gt; 0)
     * @param bioavailability F, the fraction reaching the plasma (0 &lt; F ≤ 1)
     * @param absorptionRatePerSecond ka (per second, &gt; 0)
     */
    record OralDose(double timeSeconds, double amountMol, double bioavailability, double absorptionRatePerSecond)
            implements DosingEvent {

        /** Checks the values. */
        public OralDose {
            Checks.nonNegative("timeSeconds", timeSeconds);
            Checks.positive("amountMol", amountMol);
            Checks.fraction("bioavailability", bioavailability);
            Checks.positive("absorptionRatePerSecond", absorptionRatePerSecond);
        }

        /** An oral dose of a mass (mg) of a drug of the given molar mass (g/mol). */
        public static OralDose ofMilligrams(double timeSeconds, double milligrams, double molarMassGramsPerMol,
                                            double bioavailability, double absorptionRatePerSecond) {
            return new OralDose(timeSeconds, molesFromMilligrams(milligrams, molarMassGramsPerMol), bioavailability,
                    absorptionRatePerSecond);
        }

        @Override
        public OralDose shifted(double seconds) {
            return new OralDose(timeSeconds + seconds, amountMol, bioavailability, absorptionRatePerSecond);
        }
    }

    /**
     * A dose repeated {@code count} times, every {@code intervalSeconds}, starting with {@code dose} itself.
     *
     * @param dose the first dose
     * @param intervalSeconds dosing interval (seconds, &gt; 0)
     * @param count number of doses (≥ 1)
     */
    record RepeatedDose(DosingEvent dose, double intervalSeconds, int count) implements DosingEvent {

        /** Checks the values. */
        public RepeatedDose {
            if (dose == null) {
                throw new IllegalArgumentException("dose: expected a dose to repeat, got null");
            }
            Checks.positive("intervalSeconds", intervalSeconds);
            if (count < 1) {
                throw new IllegalArgumentException("count: expected a number of doses >= 1, got " + count);
            }
        }

        @Override
        public double timeSeconds() {
            return dose.timeSeconds();
        }

        @Override
        public RepeatedDose shifted(double seconds) {
            return new RepeatedDose(dose.shifted(seconds), intervalSeconds, count);
        }

        @Override
        public List<DosingEvent> expand() {
            List<DosingEvent> out = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                out.addAll(dose.shifted(i * intervalSeconds).expand());
            }
            return List.copyOf(out);
        }
    }
}
