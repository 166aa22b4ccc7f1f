package org.receptorsim.pharmacology.pk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.receptorsim.kinetics.MatrixExponential;

/**
 * The pharmacokinetic course of one drug, precomputed on a time grid t_n = n·dt, n = 0..N, N = duration/dt.
 *
 * <h2>Model</h2>
 * <pre>
 *   dA_j/dt = −ka_j A_j                          (one depot per distinct absorption rate, bioavailable amount / V)
 *   dCp/dt  = Σ_j ka_j A_j − k(t) Cp + R(t)/V    (plasma; bolus: Cp jumps by amount/V; R = total infusion rate)
 *   dCe/dt  = ke0 (Cp − Ce)                      (effect site; without ke0, Ce ≡ Cp)
 *   k(t)    = CL0 · I(t) / V,   dI/dt = r (T(Cp) − I)   (enzyme induction, see {@link EnzymeInduction})
 * </pre>
 *
 * <h2>Method and its error</h2>
 * Between dosing events and with a constant clearance the system is linear with constant coefficients. It is
 * advanced by the matrix exponential of the system augmented with the infusion input (a constant state) and with the
 * running integrals ∫Cp and ∫Ce ({@link MatrixExponential#exponential}); this is exact up to round-off (relative
 * ~1e-12), including the degenerate cases ka = k, ke0 = k, ke0 = ka where the textbook closed forms divide by zero.
 * Events that fall between grid points split the step at the event.
 *
 * <p>With induction the clearance is held at CL0·I for at most {@value #MAX_HOLD_SECONDS} s at a time (for
 * dt ≤ 60 s over the longest whole number of steps within 60 s; for dt &gt; 60 s over ceil(dt/60) equal sub-steps),
 * then refreshed from the current I. I itself is advanced across each interval between events by the exact
 * solution of dI/dt = r (T̄ − I) with T̄ the mean of the target at the two ends (trapezoidal rule; error
 * O(r·h³·T'') — negligible). Holding k lags the true k(t) by at most H·|dk/dt| ≤ k0·r·(Imax − 1)·H, with
 * H ≤ 60 s and r the faster induction rate, so the relative error of a dose's contribution to Cp after a time s
 * since it was given is at most exp(k0·r·(Imax − 1)·H·s) − 1 ≈ k0·r·(Imax − 1)·H·s (for morphine in humans with
 * phenobarbital-like induction, 2.8e-4·k0·s: 2.1e-3 after one day, well below the day-to-day changes the
 * induction causes). Without induction the method is exact on any grid.
 *
 * <h2>What is stored</h2>
 * At every grid point: Cp, Ce and I just after any dose at that instant (right-continuous values), the exact
 * average of Ce over each step [t_n, t_n + dt), and the cumulative AUC of Cp and Ce. Values at other times (and
 * beyond the duration) are recomputed on demand by the same method from the nearest earlier checkpoint, so they
 * agree with the grid values.
 *
 * <p>Immutable and thread-safe.
 */
public final class PkTrajectory implements java.io.Serializable {

    /** Longest time (seconds) the clearance is held constant while it is being induced. */
    public static final double MAX_HOLD_SECONDS = 60;

    private static final int CHECKPOINT_STEPS = 256;

    private static final int BOLUS = 0;
    private static final int DEPOT = 1;
    private static final int INFUSION_ON = 2;
    private static final int INFUSION_OFF = 3;

    /** A change of the state at an instant: a bolus, a dose into a depot, an infusion starting or ending. */
    private record Kick(double time, int kind, int index, double value) implements java.io.Serializable {
    }

    private final PkModel model;
    private final List<DosingEvent> doses;
    private final double dt;
    private final int steps;
    private final double tolerance;
    private final double[] absorptionRates;
    private final double[] infusionInputs;
    private final Kick[] kicks;
    private final boolean effectSite;
    private final EnzymeInduction induction;
    private final double k0;

    private final double[] plasma;
    private final double[] effect;
    private final double[] factor;
    private final double[] stepAverageEffect;
    private final double[] cumulativePlasma;
    private final double[] cumulativeEffect;
    private final State[] checkpoints;

    private PkTrajectory(PkModel model, List<? extends DosingEvent> doseList, double durationSeconds,
                         double dtSeconds) {
        if (model == null) {
            throw new IllegalArgumentException("model: expected a pharmacokinetic model, got null");
        }
        if (doseList == null) {
            throw new IllegalArgumentException("doses: expected a list of doses, got null");
        }
        Checks.nonNegative("durationSeconds", durationSeconds);
        Checks.positive("dtSeconds", dtSeconds);
        double n = Math.ceil(durationSeconds / dtSeconds - 1e-9);
        if (n > Integer.MAX_VALUE - 2) {
            throw new IllegalArgumentException("dtSeconds: " + dtSeconds + " s gives too many steps over "
                    + durationSeconds + " s");
        }
        this.model = model;
        this.doses = DosingEvent.expandAll(doseList);
        this.dt = dtSeconds;
        this.steps = (int) Math.max(0, n);
        this.tolerance = 1e-9 * dtSeconds;
        this.effectSite = model.hasEffectSiteDelay();
        this.induction = model.induction();
        this.k0 = model.eliminationRatePerSecond();

        double v = model.volumeLitres();
        List<Double> kas = new ArrayList<>();
        List<Double> inputs = new ArrayList<>();
        List<Kick> list = new ArrayList<>();
        for (DosingEvent d : doses) {
            if (d instanceof DosingEvent.Bolus b) {
                list.add(new Kick(b.timeSeconds(), BOLUS, -1, b.amountMol() / v));
            } else if (d instanceof DosingEvent.OralDose o) {
                int j = kas.indexOf(o.absorptionRatePerSecond());
                if (j < 0) {
                    kas.add(o.absorptionRatePerSecond());
                    j = kas.size() - 1;
                }
                list.add(new Kick(o.timeSeconds(), DEPOT, j, o.bioavailability() * o.amountMol() / v));
            } else if (d instanceof DosingEvent.Infusion f) {
                inputs.add(f.rateMolPerSecond() / v);
                list.add(new Kick(f.startSeconds(), INFUSION_ON, inputs.size() - 1, 0));
                list.add(new Kick(f.endSeconds(), INFUSION_OFF, inputs.size() - 1, 0));
            } else {
                throw new IllegalStateException("unexpanded dose " + d);
            }
        }
        list.sort((a, b) -> Double.compare(a.time(), b.time()));
        this.kicks = list.toArray(new Kick[0]);
        this.absorptionRates = kas.stream().mapToDouble(Double::doubleValue).toArray();
        this.infusionInputs = inputs.stream().mapToDouble(Double::doubleValue).toArray();

        plasma = new double[steps + 1];
        effect = effectSite ? new double[steps + 1] : plasma;
        factor = induction != null ? new double[steps + 1] : null;
        stepAverageEffect = new double[steps];
        cumulativePlasma = new double[steps + 1];
        cumulativeEffect = effectSite ? new double[steps + 1] : cumulativePlasma;
        checkpoints = new State[steps / CHECKPOINT_STEPS + 1];
        compute();
    }

    /**
     * Computes the course of one drug.
     *
     * @param model the pharmacokinetic model
     * @param doses the doses (repeated ones are expanded; any order)
     * @param durationSeconds the span to precompute, [0, duration] (seconds, ≥ 0)
     * @param dtSeconds the run's time step (seconds, &gt; 0)
     * @return the trajectory
     * @throws IllegalArgumentException naming the bad field
     */
    public static PkTrajectory compute(PkModel model, List<? extends DosingEvent> doses, double durationSeconds,
                                       double dtSeconds) {
        return new PkTrajectory(model, doses, durationSeconds, dtSeconds);
    }

    private void compute() {
        Run run = new Run();
        State st = initialState();
        for (int n = 0; n < steps; n++) {
            if (n % CHECKPOINT_STEPS == 0) {
                checkpoints[n / CHECKPOINT_STEPS] = st.copy();
            }
            run.applyEvents(st, n * dt);
            record(st, n);
            run.step(st, n, (n + 1) * dt);
            stepAverageEffect[n] = Math.max(0, st.x[ice()] / dt);
            cumulativePlasma[n + 1] = cumulativePlasma[n] + st.x[icp()];
            if (effectSite) {
                cumulativeEffect[n + 1] = cumulativeEffect[n] + st.x[ice()];
            }
        }
        if (steps % CHECKPOINT_STEPS == 0) {
            checkpoints[steps / CHECKPOINT_STEPS] = st.copy();
        }
        run.applyEvents(st, steps * dt);
        record(st, steps);
    }

    private void record(State st, int n) {
        plasma[n] = Math.max(0, st.x[cp()]);
        if (effectSite) {
            effect[n] = Math.max(0, st.x[ce()]);
        }
        if (factor != null) {
            factor[n] = st.factor;
        }
    }

    // ---- state layout: depots 0..m-1, Cp, Ce, ∫Cp, ∫Ce, infusion input R/V ----

    private int cp() {
        return absorptionRates.length;
    }

    private int ce() {
        return absorptionRates.length + 1;
    }

    private int icp() {
        return absorptionRates.length + 2;
    }

    private int ice() {
        return absorptionRates.length + 3;
    }

    private int input() {
        return absorptionRates.length + 4;
    }

    private State initialState() {
        State s = new State();
        s.x = new double[absorptionRates.length + 5];
        s.active = new boolean[infusionInputs.length];
        s.factor = 1;
        s.heldRate = k0;
        s.lastRefresh = Double.NEGATIVE_INFINITY;
        return s;
    }

    /** The full state of the integration at one instant (mutable, private). */
    private static final class State implements java.io.Serializable {
        double[] x;
        boolean[] active;
        double factor;
        double heldRate;
        double lastRefresh;
        int next;

        State copy() {
            State s = new State();
            s.x = x.clone();
            s.active = active.clone();
            s.factor = factor;
            s.heldRate = heldRate;
            s.lastRefresh = lastRefresh;
            s.next = next;
            return s;
        }
    }

    /** One integration pass with its own propagator cache (so that queries are thread-safe). */
    private final class Run {

        private record Key(double seconds, double rate) {
        }

        private final Map<Key, double[][]> cache = new HashMap<>();

        /** Applies every event at or before {@code time} (within a tolerance of 1e-9·dt) not yet applied. */
        void applyEvents(State st, double time) {
            while (st.next < kicks.length && kicks[st.next].time() <= time + tolerance) {
                Kick k = kicks[st.next++];
                switch (k.kind()) {
                    case BOLUS -> {
                        st.x[cp()] += k.value();
                        if (!effectSite) {
                            st.x[ce()] = st.x[cp()];
                        }
                    }
                    case DEPOT -> st.x[k.index()] += k.value();
                    default -> {
                        st.active[k.index()] = k.kind() == INFUSION_ON;
                        double u = 0;
                        for (int i = 0; i < infusionInputs.length; i++) {
                            if (st.active[i]) {
                                u += infusionInputs[i];
                            }
                        }
                        st.x[input()] = u;
                    }
                }
            }
        }

        /**
         * Advances from t_n (events at t_n already applied) to {@code stop} ≤ t_{n+1}, resetting the running
         * integrals at t_n. Pieces, clearance refreshes and event splits are the same whatever {@code stop} is, so a
         * partial step reproduces the full one up to {@code stop}.
         */
        void step(State st, long n, double stop) {
            st.x[icp()] = 0;
            st.x[ice()] = 0;
            double start = n * dt;
            int pieces = induction != null && dt > MAX_HOLD_SECONDS ? (int) Math.ceil(dt / MAX_HOLD_SECONDS - 1e-9) : 1;
            double pieceLength = dt / pieces;
            for (int i = 0; i < pieces; i++) {
                double pa = i == 0 ? start : start + i * pieceLength;
                double pb = i == pieces - 1 ? (n + 1) * dt : start + (i + 1) * pieceLength;
                if (pa >= stop) {
                    break;
                }
                if (i > 0) {
                    applyEvents(st, pa);
                }
                if (induction != null && pb - st.lastRefresh > MAX_HOLD_SECONDS * (1 + 1e-12)) {
                    st.heldRate = k0 * st.factor;
                    st.lastRefresh = pa;
                }
                double end = Math.min(pb, stop);
                double s = pa;
                while (st.next < kicks.length && kicks[st.next].time() < end - tolerance) {
                    double e = Math.max(s, kicks[st.next].time());
                    advance(st, e - s);
                    applyEvents(st, e);
                    s = e;
                }
                advance(st, s == pa && end == pb ? pieceLength : end - s);
            }
        }

        /** Advances the linear system by h seconds at the held elimination rate, and the induction factor. */
        private void advance(State st, double h) {
            if (!(h > 0)) {
                return;
            }
            double[][] p = propagator(h, st.heldRate);
            double cpBefore = st.x[cp()];
            double[] y = new double[st.x.length];
            for (int i = 0; i < y.length; i++) {
                double sum = 0;
                double[] row = p[i];
                for (int j = 0; j < y.length; j++) {
                    sum += row[j] * st.x[j];
                }
                y[i] = sum;
            }
            st.x = y;
            if (!effectSite) {
                y[ce()] = y[cp()];
                y[ice()] = y[icp()];
            }
            if (induction != null) {
                double target = 0.5 * (induction.target(cpBefore) + induction.target(y[cp()]));
                double r = target >= st.factor ? induction.onRatePerSecond() : induction.offRatePerSecond();
                st.factor = target + (st.factor - target) * Math.exp(-r * h);
            }
        }

        private double[][] propagator(double h, double rate) {
            Key key = new Key(h, rate);
            double[][] p = cache.get(key);
            if (p == null) {
                if (cache.size() > 64) {
                    cache.clear();
                }
                int m = absorptionRates.length;
                int size = m + 5;
                double[][] a = new double[size][size];
                for (int j = 0; j < m; j++) {
                    a[j][j] = -absorptionRates[j];
                    a[cp()][j] = absorptionRates[j];
                }
                a[cp()][cp()] = -rate;
                a[cp()][input()] = 1;
                if (effectSite) {
                    double ke0 = model.effectSiteRatePerSecond();
                    a[ce()][cp()] = ke0;
                    a[ce()][ce()] = -ke0;
                    a[ice()][ce()] = 1;
                }
                a[icp()][cp()] = 1;
                p = MatrixExponential.exponential(a, h);
                cache.put(key, p);
            }
            return p;
        }
    }

    // ---- queries ----

    /** A state read at one time. */
    private record Sample(double plasma, double effect, double factor, double cumulativePlasma,
                          double cumulativeEffect) {
    }

    private Sample sample(double t) {
        if (!(t >= 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException("timeSeconds: expected a finite time >= 0, got " + t);
        }
        double q = t / dt;
        long nearest = Math.round(q);
        if (nearest <= steps && Math.abs(q - nearest) <= 1e-9 * Math.max(1, q)) {
            int n = (int) nearest;
            return new Sample(plasma[n], effect[n], factor == null ? 1 : factor[n], cumulativePlasma[n],
                    cumulativeEffect[n]);
        }
        long n = (long) Math.floor(q);
        int c = (int) (Math.min(n, steps) / CHECKPOINT_STEPS * CHECKPOINT_STEPS);
        State st = checkpoints[c / CHECKPOINT_STEPS].copy();
        double cumP = cumulativePlasma[c];
        double cumE = cumulativeEffect[c];
        Run run = new Run();
        for (long s = c; s < n; s++) {
            run.applyEvents(st, s * dt);
            run.step(st, s, (s + 1) * dt);
            cumP += st.x[icp()];
            cumE += st.x[ice()];
        }
        run.applyEvents(st, n * dt);
        run.step(st, n, t);
        cumP += st.x[icp()];
        cumE += st.x[ice()];
        run.applyEvents(st, t);
        return new Sample(Math.max(0, st.x[cp()]), Math.max(0, st.x[ce()]), st.factor, cumP, cumE);
    }

    /** The model. */
    public PkModel model() {
        return model;
    }

    /** The single doses, in time order. */
    public List<DosingEvent> doses() {
        return doses;
    }

    /** The grid step dt (seconds). */
    public double dtSeconds() {
        return dt;
    }

    /** Number of steps N on the grid; grid points are 0..N. */
    public int stepCount() {
        return steps;
    }

    /** Time of grid point n, n·dt (seconds). */
    public double timeSeconds(int n) {
        return n * dt;
    }

    /** Time of the first dose (seconds), +∞ without doses; before it every concentration is exactly 0. */
    public double firstDoseSeconds() {
        return kicks.length == 0 ? Double.POSITIVE_INFINITY : kicks[0].time();
    }

    /** Plasma concentration at grid point n (molar), after any dose at that instant. */
    public double plasmaMolar(int n) {
        return plasma[n];
    }

    /** Effect-site concentration at grid point n (molar). */
    public double effectSiteMolar(int n) {
        return effect[n];
    }

    /** Induction factor I at grid point n (1 without induction). */
    public double inductionFactor(int n) {
        return factor == null ? 1 : factor[n];
    }

    /** Clearance CL0·I at grid point n (litres per second). */
    public double clearanceLitresPerSecond(int n) {
        return model.clearanceLitresPerSecond() * inductionFactor(n);
    }

    /** Exact average effect-site concentration over step n, [t_n, t_n + dt) (molar), n in 0..N−1. */
    public double stepAverageEffectSiteMolar(int n) {
        return stepAverageEffect[n];
    }

    /** Plasma concentration at every grid point t_0..t_N (molar; a copy). */
    public double[] plasmaMolar() {
        return plasma.clone();
    }

    /** Effect-site concentration at every grid point t_0..t_N (molar; a copy). */
    public double[] effectSiteMolar() {
        return effect.clone();
    }

    /** Induction factor at every grid point t_0..t_N (a copy; all 1 without induction). */
    public double[] inductionFactor() {
        if (factor == null) {
            double[] ones = new double[steps + 1];
            Arrays.fill(ones, 1);
            return ones;
        }
        return factor.clone();
    }

    /** Clearance at every grid point t_0..t_N (litres per second; a copy). */
    public double[] clearanceLitresPerSecond() {
        double[] out = inductionFactor();
        for (int i = 0; i < out.length; i++) {
            out[i] *= model.clearanceLitresPerSecond();
        }
        return out;
    }

    /** Average effect-site concentration over each step [t_n, t_n + dt), n = 0..N−1 (molar; a copy). */
    public double[] stepAverageEffectSiteMolar() {
        return stepAverageEffect.clone();
    }

    /** Plasma concentration at any time ≥ 0 (molar), after any dose at that instant. */
    public double plasmaMolarAt(double timeSeconds) {
        return sample(timeSeconds).plasma();
    }

    /** Effect-site concentration at any time ≥ 0 (molar). */
    public double effectSiteMolarAt(double timeSeconds) {
        return sample(timeSeconds).effect();
    }

    /** Induction factor at any time ≥ 0. */
    public double inductionFactorAt(double timeSeconds) {
        return sample(timeSeconds).factor();
    }

    /** Clearance at any time ≥ 0 (litres per second). */
    public double clearanceLitresPerSecondAt(double timeSeconds) {
        return model.clearanceLitresPerSecond() * sample(timeSeconds).factor();
    }

    /**
     * Area under the plasma curve, ∫ Cp dt over [from, to] (molar·seconds).
     *
     * @param fromSeconds start (≥ 0)
     * @param toSeconds end (≥ start)
     * @return the AUC
     */
    public double plasmaAuc(double fromSeconds, double toSeconds) {
        checkInterval(fromSeconds, toSeconds);
        return Math.max(0, sample(toSeconds).cumulativePlasma() - sample(fromSeconds).cumulativePlasma());
    }

    /**
     * Area under the effect-site curve, ∫ Ce dt over [from, to] (molar·seconds).
     *
     * @param fromSeconds start (≥ 0)
     * @param toSeconds end (≥ start)
     * @return the AUC
     */
    public double effectSiteAuc(double fromSeconds, double toSeconds) {
        checkInterval(fromSeconds, toSeconds);
        return Math.max(0, sample(toSeconds).cumulativeEffect() - sample(fromSeconds).cumulativeEffect());
    }

    /**
     * Average effect-site concentration over [t, t + dt) (molar): the stored step average when t is a grid point
     * before the end, otherwise computed from the AUC.
     *
     * @param timeSeconds the start of the step (≥ 0)
     * @return the average concentration
     */
    public double stepAverageEffectSiteMolarAt(double timeSeconds) {
        if (!(timeSeconds >= 0) || Double.isInfinite(timeSeconds)) {
            throw new IllegalArgumentException("timeSeconds: expected a finite time >= 0, got " + timeSeconds);
        }
        double q = timeSeconds / dt;
        long n = Math.round(q);
        if (n < steps && Math.abs(q - n) <= 1e-9 * Math.max(1, q)) {
            return stepAverageEffect[(int) n];
        }
        return effectSiteAuc(timeSeconds, timeSeconds + dt) / dt;
    }

    private static void checkInterval(double from, double to) {
        Checks.nonNegative("fromSeconds", from);
        Checks.nonNegative("toSeconds", to);
        if (!(to >= from)) {
            throw new IllegalArgumentException("toSeconds: expected a time >= fromSeconds " + from + ", got " + to);
        }
    }
}
