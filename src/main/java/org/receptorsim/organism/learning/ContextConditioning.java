package org.receptorsim.organism.learning;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Siegel's conditioned compensatory responses. Each context (an environmental cue present during a session) carries
 * an associative strength V_c for every circuit c, in the units of that circuit's drug effect. While a session in a
 * context runs, every circuit's effect is opposed by the conditioned response V_c of that context (from the cue's
 * onset, before the drug acts: a cue alone produces the opposite of the drug effect). At the end of the session the
 * strengths learn by the Rescorla–Wagner rule (Rescorla &amp; Wagner 1972), the asymptote being a fraction c of the
 * circuit's mean drug effect over the session:
 *
 * <pre>
 *   V_c ← V_c + α·(λ_c − V_c),   λ_c = c·max(0, mean drug effect of circuit c during the session)
 * </pre>
 *
 * Repeated drug sessions in one context build a response that cancels part of the effect there, not in a novel
 * context (learned tolerance, and overdose in a novel setting: Siegel et al. 1982); sessions of the cue without drug
 * have λ = 0 and extinguish it.
 */
public final class ContextConditioning {

    private final int circuits;
    private final double learningRate;
    private final double asymptote;
    private final Map<String, double[]> strength = new LinkedHashMap<>();
    private String active;
    private double[] effectSum;
    private double duration;

    /**
     * @param circuits number of circuits
     * @param learningRate α per session (0–1]
     * @param asymptote c, the share of the drug effect the conditioned response cancels at its asymptote (0–1]
     */
    public ContextConditioning(int circuits, double learningRate, double asymptote) {
        if (!(learningRate > 0 && learningRate <= 1)) {
            throw new IllegalArgumentException("learningRate: expected a fraction in (0, 1], got " + learningRate);
        }
        if (!(asymptote > 0 && asymptote <= 1)) {
            throw new IllegalArgumentException("compensationAsymptote: expected a fraction in (0, 1], got "
                    + asymptote);
        }
        this.circuits = circuits;
        this.learningRate = learningRate;
        this.asymptote = asymptote;
    }

    /**
     * Starts a session: the context's cue is present from now on.
     *
     * @param context the context's name
     * @throws IllegalStateException if a session is already running
     */
    public void startSession(String context) {
        if (active != null) {
            throw new IllegalStateException("session in '" + active + "' still running");
        }
        active = context;
        strength.computeIfAbsent(context, k -> new double[circuits]);
        effectSum = new double[circuits];
        duration = 0;
    }

    /**
     * Adds a step of drug effects to the running session (nothing without a session).
     *
     * @param drugEffects the circuits' drug effects over the step
     * @param dtSeconds the step (seconds)
     */
    public void accumulate(double[] drugEffects, double dtSeconds) {
        if (active == null) {
            return;
        }
        for (int c = 0; c < circuits; c++) {
            effectSum[c] += drugEffects[c] * dtSeconds;
        }
        duration += dtSeconds;
    }

    /** Ends the running session and applies the Rescorla–Wagner update. */
    public void endSession() {
        if (active == null) {
            throw new IllegalStateException("no session running");
        }
        double[] v = strength.get(active);
        for (int c = 0; c < circuits; c++) {
            double lambda = duration > 0 ? asymptote * Math.max(0, effectSum[c] / duration) : 0;
            v[c] += learningRate * (lambda - v[c]);
        }
        active = null;
    }

    /** The context of the running session, or null. */
    public String activeContext() {
        return active;
    }

    /** The conditioned compensatory response of a circuit now: V_c of the running session's context, 0 without. */
    public double response(int circuit) {
        return active == null ? 0 : strength.get(active)[circuit];
    }

    /** The associative strengths of a context (a copy; zeros for a context never met). */
    public double[] strengths(String context) {
        double[] v = strength.get(context);
        return v == null ? new double[circuits] : v.clone();
    }
}
