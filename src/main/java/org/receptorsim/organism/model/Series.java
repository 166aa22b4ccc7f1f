package org.receptorsim.organism.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.receptorsim.organism.circuit.Circuit;

/**
 * The names, units and meanings of the organism's time series (CSV columns carry the unit).
 */
public final class Series {

    /** Total plasma concentration (nM). */
    public static final String PLASMA = "plasma";
    /** Unbound plasma concentration, average over the step (nM). */
    public static final String UNBOUND_PLASMA = "unboundPlasma";
    /** Unbound brain concentration, average over the step (nM). */
    public static final String BRAIN = "brain";
    /** P-glycoprotein expression relative to baseline. */
    public static final String PGP = "pgpExpression";
    /** Total plasma concentration of the antagonist (nM; 0 without one). */
    public static final String ANTAGONIST_PLASMA = "antagonistPlasma";
    /** Unbound brain concentration of the antagonist held over the step (nM; 0 without one). */
    public static final String ANTAGONIST_BRAIN = "antagonistBrain";
    /** Steady-state unbound brain/plasma ratio at the current P-gp activity. */
    public static final String PARTITION = "brainPartition";
    /** Pro-nociceptive process P (threshold units). */
    public static final String PRONOCICEPTION = "pronociception";
    /** Net antinociception: analgesic drug effect − P − conditioned response (threshold units; negative = hyperalgesia). */
    public static final String NET_ANTINOCICEPTION = "netAntinociception";
    /** Nociceptive threshold relative to drug-naive baseline, 1 + net antinociception. */
    public static final String PAIN_THRESHOLD = "painThreshold";
    /** Ventilation relative to baseline. */
    public static final String VENTILATION = "ventilation";
    /** 1 − ventilation. */
    public static final String VENTILATION_DEPRESSION = "ventilationDepression";
    /** Gut transit relative to baseline, 1 − (drug effect − conditioned response). */
    public static final String GUT_TRANSIT = "gutTransit";
    /** Fast opponent process b. */
    public static final String OPPONENT = "opponentProcess";
    /** Allostatic load L. */
    public static final String ALLOSTATIC_LOAD = "allostaticLoad";
    /** Hedonic set point −L. */
    public static final String HEDONIC_SET_POINT = "hedonicSetPoint";
    /** Hedonic state H. */
    public static final String HEDONIC_STATE = "hedonicState";
    /** max(0, −H): withdrawal dysphoria. */
    public static final String DYSPHORIA = "dysphoria";
    /** Sensitization S of the reward/locomotor circuit. */
    public static final String SENSITIZATION = "sensitization";
    /** Locomotor response (1 + S)·a. */
    public static final String LOCOMOTOR = "locomotor";
    /** Index (1-based, in order of first appearance) of the context whose cue is present; 0 without. */
    public static final String CONTEXT = "contextCue";

    private Series() {
    }

    /** Mean G-protein activation of a circuit's cells. */
    public static String gProtein(Circuit c) {
        return c.key() + "GProtein";
    }

    /** Mean cAMP (relative to naive) of a circuit's cells. */
    public static String camp(Circuit c) {
        return c.key() + "Camp";
    }

    /** A circuit's drug effect x (its readout, 0–1; cAMP readouts below 0 on an overshoot). */
    public static String drive(Circuit c) {
        return c.key() + "Drive";
    }

    /** A circuit's CREB-like level. */
    public static String creb(Circuit c) {
        return c.key() + "Creb";
    }

    /** A circuit's ΔFosB-like level. */
    public static String deltaFosB(Circuit c) {
        return c.key() + "DeltaFosB";
    }

    /** A circuit's transcriptional gain A. */
    public static String gain(Circuit c) {
        return c.key() + "AdaptationGain";
    }

    /** A circuit's conditioned compensatory response. */
    public static String conditioned(Circuit c) {
        return c.key() + "Conditioned";
    }

    /** Units of every series for CSV column names ("" for dimensionless), in output order. */
    public static Map<String, String> units() {
        Map<String, String> u = new LinkedHashMap<>();
        u.put(PLASMA, "nM");
        u.put(UNBOUND_PLASMA, "nM");
        u.put(BRAIN, "nM");
        u.put(ANTAGONIST_PLASMA, "nM");
        u.put(ANTAGONIST_BRAIN, "nM");
        u.put(PGP, "");
        u.put(PARTITION, "");
        for (Circuit c : Circuit.values()) {
            u.put(gProtein(c), "");
            u.put(camp(c), "");
            u.put(drive(c), "");
        }
        for (String s : List.of(PRONOCICEPTION, NET_ANTINOCICEPTION, PAIN_THRESHOLD, VENTILATION,
                VENTILATION_DEPRESSION, GUT_TRANSIT, OPPONENT, ALLOSTATIC_LOAD, HEDONIC_SET_POINT, HEDONIC_STATE,
                DYSPHORIA, SENSITIZATION, LOCOMOTOR)) {
            u.put(s, "");
        }
        for (Circuit c : Circuit.values()) {
            u.put(creb(c), "");
            u.put(deltaFosB(c), "");
            u.put(gain(c), "");
        }
        for (Circuit c : Circuit.values()) {
            u.put(conditioned(c), "");
        }
        u.put(CONTEXT, "");
        return u;
    }

    /** Every series name, in output order. */
    public static List<String> names() {
        return new ArrayList<>(units().keySet());
    }
}
