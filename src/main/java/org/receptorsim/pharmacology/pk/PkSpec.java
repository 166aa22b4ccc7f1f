package org.receptorsim.pharmacology.pk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.receptorsim.pharmacology.BathProtocol;
import org.receptorsim.pharmacology.Exposure;
import org.receptorsim.units.Concentration;
import org.receptorsim.units.Duration;
import org.receptorsim.units.Rate;

/**
 * The pharmacokinetic part of a scenario as written in the file, for a binder to fill: either dosing of one ligand
 * through a one-compartment model, or an effect-site clamp. Fields are null when not given. Resolution
 * ({@link #model()}, {@link #events()}, {@link #exposure}) checks everything and throws
 * {@link IllegalArgumentException}s whose message starts with the field at fault ({@code "doses[1].mg: ..."}).
 *
 * <p>Model: a {@code preset} ({@link PkPresets#names()}) and/or explicit values; an explicit value overrides the
 * preset's. Without a preset, {@code volumeLitres} and one of {@code clearanceLitresPerMinute} and {@code
 * elimination} are required. Overriding only the volume keeps the preset's clearance.
 *
 * @param ligand name of the dosed (or clamped) ligand, required
 * @param preset species preset, e.g. "morphine-human", or null
 * @param volumeLitres volume of distribution (L), or null
 * @param clearanceLitresPerMinute clearance (L/min), or null
 * @param elimination elimination rate constant k = CL/V, or null (give at most one of clearance and elimination)
 * @param effectSiteRate ke0 of the effect-site link, or null for an effect site equal to the plasma
 * @param induction enzyme induction, or null for none
 * @param clamp a constant effect-site concentration instead of any pharmacokinetics, or null
 * @param molarMassGramsPerMol molar mass for doses in mg (g/mol), or null (then the preset's)
 * @param doses the doses, or null for none
 */
public record PkSpec(String ligand, String preset, Double volumeLitres, Double clearanceLitresPerMinute,
                     Rate elimination, Rate effectSiteRate, InductionSpec induction, Concentration clamp,
                     Double molarMassGramsPerMol, List<DoseSpec> doses) {

    /** Copies the list of doses. */
    public PkSpec {
        doses = doses == null ? List.of() : List.copyOf(doses);
    }

    /**
     * Enzyme induction as written. Defaults: maxFactor 2.2 (phenobarbital, Roots 1975 [F]), onTime 3 d, offTime
     * 7 d (docs/model.md default rates [F]); ec50 is required (no source gives it).
     *
     * @param maxFactor largest clearance multiplier (≥ 1), or null
     * @param ec50 plasma concentration for half-maximal induction (&gt; 0), required
     * @param onTime induction time constant (&gt; 0), or null
     * @param offTime de-induction time constant (&gt; 0), or null
     */
    public record InductionSpec(Double maxFactor, Concentration ec50, Duration onTime, Duration offTime) {

        /** Resolves to an induction. */
        public EnzymeInduction resolve() {
            double max = maxFactor == null ? 2.2 : maxFactor;
            if (!(max >= 1) || Double.isInfinite(max)) {
                throw new IllegalArgumentException("induction.maxFactor: expected a finite number >= 1, got " + max);
            }
            if (ec50 == null || !(ec50.molar() > 0)) {
                throw new IllegalArgumentException("induction.ec50: expected a concentration > 0, got "
                        + (ec50 == null ? "nothing" : ec50));
            }
            double on = onTime == null ? 3 * EnzymeInduction.DAY : onTime.seconds();
            double off = offTime == null ? 7 * EnzymeInduction.DAY : offTime.seconds();
            if (!(on > 0)) {
                throw new IllegalArgumentException("induction.onTime: expected a time > 0, got " + onTime);
            }
            if (!(off > 0)) {
                throw new IllegalArgumentException("induction.offTime: expected a time > 0, got " + offTime);
            }
            return EnzymeInduction.fromTimeConstants(max, ec50.molar(), on, off);
        }
    }

    /**
     * One dose as written. {@code route} is {@code bolus} (IV), {@code infusion} (the amount delivered evenly from
     * {@code at} to {@code until}) or {@code oral} (first-order absorption at rate {@code absorption} of the
     * fraction {@code bioavailability}, default 1; also for IM/SC depots). The amount is {@code doseMol} or
     * {@code mg} (exactly one). With {@code every} and {@code times} the dose is repeated.
     *
     * @param route bolus, infusion or oral
     * @param at when the dose is given (default 0 s)
     * @param doseMol amount (mol), or null
     * @param mg amount (mg), or null
     * @param until end of an infusion
     * @param bioavailability F of an oral dose (0 &lt; F ≤ 1), or null for 1
     * @param absorption ka of an oral dose
     * @param every repetition interval, or null
     * @param times number of doses when repeated (≥ 1), or null
     */
    public record DoseSpec(String route, Duration at, Double doseMol, Double mg, Duration until,
                           Double bioavailability, Rate absorption, Duration every, Integer times) {

        /**
         * Resolves to a dosing event.
         *
         * @param field the field path for messages, e.g. "doses[0]"
         * @param molarMassGramsPerMol molar mass for mg amounts, or null if none is known
         * @return the dose (a {@link DosingEvent.RepeatedDose} when repeated)
         */
        public DosingEvent resolve(String field, Double molarMassGramsPerMol) {
            String r = route == null ? "" : route.trim().toLowerCase(Locale.ROOT);
            if (!List.of("bolus", "infusion", "oral").contains(r)) {
                throw new IllegalArgumentException(field + ".route: expected one of [bolus, infusion, oral], got "
                        + (route == null ? "nothing" : "'" + route + "'"));
            }
            double time = at == null ? 0 : at.seconds();
            double amount = amount(field, molarMassGramsPerMol);
            if (until != null && !r.equals("infusion")) {
                throw new IllegalArgumentException(field + ".until: only for route infusion");
            }
            if ((bioavailability != null || absorption != null) && !r.equals("oral")) {
                throw new IllegalArgumentException(field + "." + (bioavailability != null ? "bioavailability"
                        : "absorption") + ": only for route oral");
            }
            DosingEvent dose;
            switch (r) {
                case "bolus" -> dose = new DosingEvent.Bolus(time, amount);
                case "infusion" -> {
                    if (until == null || !(until.seconds() > time)) {
                        throw new IllegalArgumentException(field + ".until: expected the end of the infusion after "
                                + new Duration(time) + ", got " + (until == null ? "nothing" : until));
                    }
                    dose = DosingEvent.Infusion.ofTotalMoles(time, until.seconds(), amount);
                }
                default -> {
                    if (absorption == null || !(absorption.perSecond() > 0)) {
                        throw new IllegalArgumentException(field + ".absorption: expected a rate > 0, got "
                                + (absorption == null ? "nothing" : absorption));
                    }
                    double f = bioavailability == null ? 1 : bioavailability;
                    if (!(f > 0 && f <= 1)) {
                        throw new IllegalArgumentException(field + ".bioavailability: expected a fraction in (0, 1],"
                                + " got " + f);
                    }
                    dose = new DosingEvent.OralDose(time, amount, f, absorption.perSecond());
                }
            }
            if (every == null && times == null) {
                return dose;
            }
            if (every == null || !(every.seconds() > 0)) {
                throw new IllegalArgumentException(field + ".every: expected a dosing interval > 0 with 'times', got "
                        + (every == null ? "nothing" : every));
            }
            if (times == null || times < 1) {
                throw new IllegalArgumentException(field + ".times: expected a number of doses >= 1 with 'every', got "
                        + (times == null ? "nothing" : times));
            }
            if (dose instanceof DosingEvent.Infusion inf && every.seconds() < inf.endSeconds() - inf.startSeconds()) {
                throw new IllegalArgumentException(field + ".every: infusions would overlap: interval " + every
                        + " is shorter than the infusion");
            }
            return new DosingEvent.RepeatedDose(dose, every.seconds(), times);
        }

        private double amount(String field, Double molarMass) {
            if ((doseMol == null) == (mg == null)) {
                throw new IllegalArgumentException(field + ".doseMol: expected exactly one of doseMol and mg");
            }
            if (doseMol != null) {
                if (!(doseMol > 0) || Double.isInfinite(doseMol)) {
                    throw new IllegalArgumentException(field + ".doseMol: expected a finite amount > 0 mol, got "
                            + doseMol);
                }
                return doseMol;
            }
            if (!(mg > 0) || Double.isInfinite(mg)) {
                throw new IllegalArgumentException(field + ".mg: expected a finite mass > 0 mg, got " + mg);
            }
            if (molarMass == null) {
                throw new IllegalArgumentException(field + ".mg: a dose in mg needs molarMassGramsPerMol (or a preset)");
            }
            return DosingEvent.molesFromMilligrams(mg, molarMass);
        }
    }

    /** True for an effect-site clamp (no pharmacokinetics). */
    public boolean isClamp() {
        return clamp != null;
    }

    /** Checks the parts that do not depend on the run; throws naming the field at fault. */
    public void check() {
        if (ligand == null || ligand.isBlank()) {
            throw new IllegalArgumentException("ligand: expected the name of the dosed ligand");
        }
        if (isClamp()) {
            String extra = preset != null ? "preset" : volumeLitres != null ? "volumeLitres"
                    : clearanceLitresPerMinute != null ? "clearanceLitresPerMinute"
                    : elimination != null ? "elimination" : effectSiteRate != null ? "effectSiteRate"
                    : induction != null ? "induction" : !doses.isEmpty() ? "doses" : null;
            if (extra != null) {
                throw new IllegalArgumentException(extra + ": an effect-site clamp has no pharmacokinetics;"
                        + " remove '" + extra + "' or 'clamp'");
            }
        } else {
            model();
            events();
        }
    }

    /** The resolved model (not for a clamp). */
    public PkModel model() {
        if (isClamp()) {
            throw new IllegalArgumentException("clamp: an effect-site clamp has no pharmacokinetic model");
        }
        PkModel base = preset == null ? null : PkPresets.byName(preset);
        if (base == null && volumeLitres == null) {
            throw new IllegalArgumentException("volumeLitres: expected a volume of distribution (L), or a preset");
        }
        if (clearanceLitresPerMinute != null && elimination != null) {
            throw new IllegalArgumentException("elimination: give either clearanceLitresPerMinute or elimination,"
                    + " not both");
        }
        if (base == null && clearanceLitresPerMinute == null && elimination == null) {
            throw new IllegalArgumentException("clearanceLitresPerMinute: expected a clearance (L/min) or an"
                    + " elimination rate, or a preset");
        }
        double v = volumeLitres != null ? Checks.positive("volumeLitres", volumeLitres) : base.volumeLitres();
        double cl;
        if (clearanceLitresPerMinute != null) {
            cl = Checks.positive("clearanceLitresPerMinute", clearanceLitresPerMinute) / 60;
        } else if (elimination != null) {
            cl = Checks.positive("elimination", elimination.perSecond()) * v;
        } else {
            cl = base.clearanceLitresPerSecond();
        }
        Double ke0 = null;
        if (effectSiteRate != null) {
            ke0 = Checks.positive("effectSiteRate", effectSiteRate.perSecond());
        }
        EnzymeInduction ind = induction == null ? null : induction.resolve();
        PkModel m = new PkModel(v, cl, ke0, ind, base == null ? null : base.sources());
        if (volumeLitres != null) {
            m = m.withSource("volumeLitres", "scenario");
        }
        if (clearanceLitresPerMinute != null || elimination != null) {
            m = m.withSource("clearanceLitresPerSecond", "scenario");
            m = m.withSource("eliminationRatePerSecond", "scenario");
        }
        if (ke0 != null) {
            m = m.withSource("effectSiteRatePerSecond", "scenario");
        }
        if (ind != null) {
            m = m.withSource("induction", "scenario");
        }
        return m;
    }

    /** Molar mass for mg doses: the given one, else the preset's, else null. */
    public Double molarMass() {
        if (molarMassGramsPerMol != null) {
            return Checks.positive("molarMassGramsPerMol", molarMassGramsPerMol);
        }
        return preset == null ? null : PkPresets.molarMassGramsPerMol(preset);
    }

    /** The resolved doses (repeated ones kept as {@link DosingEvent.RepeatedDose}). */
    public List<DosingEvent> events() {
        Double mm = molarMass();
        List<DosingEvent> out = new ArrayList<>();
        for (int i = 0; i < doses.size(); i++) {
            DoseSpec d = doses.get(i);
            if (d == null) {
                throw new IllegalArgumentException("doses[" + i + "]: expected a dose");
            }
            out.add(d.resolve("doses[" + i + "]", mm));
        }
        return List.copyOf(out);
    }

    /**
     * The exposure of a run: an {@link EffectSiteClamp} or a {@link PharmacokineticExposure} on the run's grid.
     *
     * @param ligandCount number of ligands in the run
     * @param ligandIndex index of {@link #ligand()} in the run's ligand list
     * @param bath bath on top, or null
     * @param durationSeconds the run's duration (seconds)
     * @param dtSeconds the run's time step (seconds)
     * @return the exposure
     */
    public Exposure exposure(int ligandCount, int ligandIndex, BathProtocol bath, double durationSeconds,
                             double dtSeconds) {
        check();
        if (isClamp()) {
            return new EffectSiteClamp(ligandCount, ligandIndex, clamp.molar(), bath);
        }
        return PharmacokineticExposure.of(ligandCount, ligandIndex, model(), events(), bath, durationSeconds,
                dtSeconds);
    }
}
