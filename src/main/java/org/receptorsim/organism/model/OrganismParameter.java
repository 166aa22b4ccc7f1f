package org.receptorsim.organism.model;

import com.fasterxml.jackson.databind.JsonNode;
import org.receptorsim.units.Duration;
import org.receptorsim.units.Rate;

/**
 * The organism-level parameters, with their kind (a rate, a time or a plain number) and allowed range. Values and
 * sources: {@code organism-defaults.yaml}; a scenario or arm may override any of them under {@code parameters}.
 */
public enum OrganismParameter {

    /** k_C: induction of the CREB-like state per unit MOR drive. */
    CREB_INDUCTION_RATE("crebInductionRate", Kind.RATE, 0, Double.MAX_VALUE),
    /** τ_C: its decay time. */
    CREB_DECAY_TIME("crebDecayTime", Kind.TIME, 0, Double.MAX_VALUE),
    /** k_F: accumulation of the ΔFosB-like state per unit MOR drive. */
    DELTAFOSB_INDUCTION_RATE("deltaFosBInductionRate", Kind.RATE, 0, Double.MAX_VALUE),
    /** τ_F: its decay time. */
    DELTAFOSB_DECAY_TIME("deltaFosBDecayTime", Kind.TIME, 0, Double.MAX_VALUE),
    /** g_C: gain of CREB on the adaptation set points. */
    CREB_GAIN("crebGain", Kind.NUMBER, 0, Double.MAX_VALUE),
    /** g_F: gain of ΔFosB on the adaptation set points and on sensitization. */
    DELTAFOSB_GAIN("deltaFosBGain", Kind.NUMBER, 0, Double.MAX_VALUE),
    /**
     * Whether the transcriptional gain A also raises the circuits' cells' cyclase up-regulation set point
     * (U_max − 1 → A·(U_max − 1)); false is the ablation.
     */
    CELL_SET_POINT_FEEDBACK("cellSetPointFeedback", Kind.SWITCH, 0, 1),
    /**
     * Drug-free time after which a dose starts the circuits' cells afresh, at rest, with the set points of the
     * transcriptional state at that dose.
     */
    CELL_RESTART_GAP("cellRestartGap", Kind.TIME, 0, Double.MAX_VALUE),
    /** ρ: largest nociceptive-threshold loss per unit MOR activation (hyperalgesia). */
    PRONOCICEPTION_MAX("pronociceptionMax", Kind.NUMBER, 0, Double.MAX_VALUE),
    /** τ_on of the pro-nociceptive process. */
    PRONOCICEPTION_ON_TIME("pronociceptionOnTime", Kind.TIME, 0, Double.MAX_VALUE),
    /** τ_off of the pro-nociceptive process. */
    PRONOCICEPTION_OFF_TIME("pronociceptionOffTime", Kind.TIME, 0, Double.MAX_VALUE),
    /** κ: gain of the fast opponent process b. */
    OPPONENT_GAIN("opponentGain", Kind.NUMBER, 0, Double.MAX_VALUE),
    /** τ_b: its time constant. */
    OPPONENT_TIME("opponentTime", Kind.TIME, 0, Double.MAX_VALUE),
    /** γ: gain of the allostatic load. */
    ALLOSTATIC_GAIN("allostaticGain", Kind.NUMBER, 0, Double.MAX_VALUE),
    /** τ_L: its time constant. */
    ALLOSTATIC_TIME("allostaticTime", Kind.TIME, 0, Double.MAX_VALUE),
    /** α: Rescorla–Wagner learning rate per session. */
    LEARNING_RATE("learningRate", Kind.NUMBER, 1e-12, 1),
    /** c: share of the drug effect the conditioned compensatory response cancels at its asymptote. */
    COMPENSATION_ASYMPTOTE("compensationAsymptote", Kind.NUMBER, 1e-12, 1),
    /** ρ_S: sensitization per unit phasic reward drive. */
    SENSITIZATION_RATE("sensitizationRate", Kind.RATE, 0, Double.MAX_VALUE),
    /** S_max: largest sensitization. */
    SENSITIZATION_MAX("sensitizationMax", Kind.NUMBER, 1e-12, Double.MAX_VALUE),
    /** τ_S: decay time of sensitization. */
    SENSITIZATION_DECAY_TIME("sensitizationDecayTime", Kind.TIME, 0, Double.MAX_VALUE),
    /** τ_avg: averaging time of the reward drive against which its phasic part is measured. */
    PHASIC_AVERAGING_TIME("phasicAveragingTime", Kind.TIME, 0, Double.MAX_VALUE),
    /** Loss of ventilation per unit G-protein activation of the respiratory circuit. */
    VENTILATION_GAIN("ventilationGain", Kind.NUMBER, 0, Double.MAX_VALUE);

    /** How a parameter is written. */
    public enum Kind {
        /** A first-order rate, e.g. "1 /d" (stored per second). */
        RATE,
        /** A time, e.g. "6 h" (stored in seconds, &gt; 0). */
        TIME,
        /** A plain number. */
        NUMBER,
        /** On or off, written true or false (stored as 1 or 0). */
        SWITCH
    }

    private final String key;
    private final Kind kind;
    private final double min;
    private final double max;

    OrganismParameter(String key, Kind kind, double min, double max) {
        this.key = key;
        this.kind = kind;
        this.min = min;
        this.max = max;
    }

    /** The name in files. */
    public String key() {
        return key;
    }

    /** How it is written. */
    public Kind kind() {
        return kind;
    }

    /**
     * Reads a value as written (a "number unit" text for rates and times, true or false for switches, a number
     * otherwise) and checks its range.
     *
     * @param node the YAML value
     * @return the value in SI units
     * @throws IllegalArgumentException "key: what was expected"
     */
    public double parse(JsonNode node) {
        double v;
        try {
            v = switch (kind) {
                case RATE -> Rate.parse(requireText(node)).perSecond();
                case TIME -> Duration.parse(requireText(node)).seconds();
                case NUMBER -> {
                    if (node == null || !node.isNumber()) {
                        throw new IllegalArgumentException("expected a number, got "
                                + (node == null ? "nothing" : "'" + node.asText() + "'"));
                    }
                    yield node.doubleValue();
                }
                case SWITCH -> {
                    if (node == null || !node.isBoolean()) {
                        throw new IllegalArgumentException("expected true or false, got "
                                + (node == null ? "nothing" : "'" + node.asText() + "'"));
                    }
                    yield node.booleanValue() ? 1 : 0;
                }
            };
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
        }
        if (kind == Kind.TIME && !(v > 0)) {
            throw new IllegalArgumentException(key + ": expected a time > 0, got " + node.asText());
        }
        if (!(v >= min && v <= max) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(key + ": expected a value in [" + min + ", "
                    + (max == Double.MAX_VALUE ? "inf" : max) + "], got " + node.asText());
        }
        return v;
    }

    private static String requireText(JsonNode node) {
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException("expected 'number unit' text, got "
                    + (node == null ? "nothing" : "'" + node.asText() + "'"));
        }
        return node.asText();
    }

    /**
     * A parameter by its name in files.
     *
     * @param key e.g. "opponentTime"
     * @return the parameter
     * @throws IllegalArgumentException listing the names known
     */
    public static OrganismParameter of(String key) {
        for (OrganismParameter p : values()) {
            if (p.key.equals(key)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown parameter '" + key + "', expected one of "
                + java.util.Arrays.stream(values()).map(OrganismParameter::key).sorted().toList());
    }
}
