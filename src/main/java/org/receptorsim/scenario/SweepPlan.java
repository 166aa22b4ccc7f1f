package org.receptorsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.receptorsim.metrics.CellMetrics;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.receptorsim.random.RandomStreams;
import org.receptorsim.units.AssociationRate;
import org.receptorsim.units.Concentration;
import org.receptorsim.units.Duration;
import org.receptorsim.units.Rate;

/**
 * A resolved parameter sweep: its axes (parameter path and values) and its points, each a list of values, one per
 * axis. Grid designs take every combination (the first axis varying slowest); a Latin hypercube takes
 * {@code samples} points with each axis's range cut into as many equal strata (equal in log for a log axis), one
 * point per stratum of every axis: for each axis a random permutation of the strata, then one uniform draw inside
 * each point's stratum, all from the scenario seed's {@code "sweep/lhs"} stream.
 *
 * <p>It lives beside the loader (not in {@code org.receptorsim.sweep}) because the loader checks a scenario's sweep
 * before anything runs, and the scenario package must not depend on the packages built on it.
 *
 * @param axes the swept parameters
 * @param points every point: one value per axis, of the parameter's type
 * @param metric per-cell metric mapped in the heat maps
 * @param replicates cells per point
 * @param grid true for a grid design (points on the axes' values), false for a Latin hypercube
 */
public record SweepPlan(List<Axis> axes, List<List<Object>> points, String metric, int replicates, boolean grid) {

    /** Most points a sweep may have: each point is an ensemble, and the points are listed before anything runs. */
    public static final int MAX_POINTS = 10_000;

    /** Default metric of the heat maps. */
    public static final String DEFAULT_METRIC = "finalEc50FoldShift";

    /** The per-cell metrics an ensemble reports (the columns of replicates.csv), any of which a sweep may map. */
    public static final List<String> METRICS = CellMetrics.NAMES;

    /**
     * One resolved axis.
     *
     * @param parameter parameter path
     * @param values values (for a grid, every value in order; for a Latin hypercube, the two ends)
     * @param log true for log scaling (given, or explicit positive values spanning 10-fold or more)
     */
    public record Axis(String parameter, List<Object> values, boolean log) {
    }

    /** The same plan with another number of cells per point. */
    public SweepPlan withReplicates(int n) {
        return new SweepPlan(axes, points, metric, n, grid);
    }

    /**
     * Checks a scenario's sweep without keeping the plan: what the loader calls, so that a bad sweep stops before
     * anything runs with a located error.
     *
     * @param scenario the resolved scenario
     * @param spec the sweep as written
     * @param error makes the exception to throw from the JSON pointer of the field at fault (e.g.
     *     {@code /sweep/axes/0/parameter}) and what was expected
     */
    public static void check(Scenario scenario, SweepSpec spec, BiFunction<String, String, RuntimeException> error) {
        resolve(scenario, spec, error);
    }

    /**
     * Resolves a sweep against its scenario.
     *
     * @param scenario the resolved scenario
     * @param spec the sweep as written
     * @return the plan
     * @throws IllegalArgumentException whose message is the JSON pointer of the field at fault, ": " and what was
     *     expected (a sweep read by the loader has been checked already)
     */
    public static SweepPlan resolve(Scenario scenario, SweepSpec spec) {
        return resolve(scenario, spec, (pointer, message) -> new IllegalArgumentException(pointer + ": " + message));
    }

    /**
     * Resolves a sweep against its scenario, reporting a fault through {@code error}.
     *
     * @param scenario the resolved scenario
     * @param spec the sweep as written
     * @param error makes the exception to throw from a JSON pointer and what was expected
     * @return the plan
     */
    public static SweepPlan resolve(Scenario scenario, SweepSpec spec,
                                    BiFunction<String, String, RuntimeException> error) {
        if (spec.axes() == null || spec.axes().isEmpty()) {
            throw error.apply("/sweep/axes", "expected at least one axis ({parameter: ..., values: [...]} or "
                    + "{parameter: ..., from: ..., to: ..., points: N})");
        }
        String design = spec.design() == null ? "grid" : spec.design();
        if (!design.equals("grid") && !design.equals("latin-hypercube")) {
            throw error.apply("/sweep/design", "expected 'grid' or 'latin-hypercube', got '" + design + "'");
        }
        boolean grid = design.equals("grid");
        if (grid && spec.samples() != null) {
            throw error.apply("/sweep/samples", "only for design: latin-hypercube (a grid takes every combination "
                    + "of the axes' values)");
        }
        String metric = spec.metric() == null ? DEFAULT_METRIC : spec.metric();
        if (!METRICS.contains(metric)) {
            throw error.apply("/sweep/metric", "expected one of " + METRICS + ", got '" + metric + "'");
        }
        int replicates = spec.replicates() == null ? scenario.replicates() : spec.replicates();
        if (replicates < 1) {
            throw error.apply("/sweep/replicates", "expected a whole number >= 1, got " + replicates);
        }
        List<Axis> axes = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < spec.axes().size(); i++) {
            String pointer = "/sweep/axes/" + i;
            SweepSpec.Axis a = spec.axes().get(i);
            if (a == null) {
                throw error.apply(pointer, "expected an axis {parameter: ..., values: [...]}");
            }
            String key = a.parameter() == null ? "" : a.parameter().toLowerCase(Locale.ROOT);
            Integer before = seen.put(key, i);
            if (before != null) {
                throw error.apply(pointer + "/parameter", "'" + a.parameter() + "' is already swept by axis "
                        + before);
            }
            axes.add(axis(scenario, a, pointer, grid, error));
        }
        checkBindingConstants(axes, error);
        if (grid) {
            long count = 1;
            for (Axis a : axes) {
                count = Math.min(Long.MAX_VALUE / 2, count * a.values().size());
            }
            if (count > MAX_POINTS) {
                throw error.apply("/sweep/axes", "the grid has " + count + " points, more than the " + MAX_POINTS
                        + " a sweep may have (each point is an ensemble); use fewer values per axis or a "
                        + "latin-hypercube design");
            }
        }
        List<List<Object>> points = grid ? gridPoints(axes) : latinHypercube(scenario, spec, axes, error);
        return new SweepPlan(List.copyOf(axes), List.copyOf(points), metric, replicates, grid);
    }

    /** kd = koff/kon: sweeping kon beside kd or koff of the same ligand would make the result order-dependent. */
    private static void checkBindingConstants(List<Axis> axes, BiFunction<String, String, RuntimeException> error) {
        for (int i = 0; i < axes.size(); i++) {
            String[] p = axes.get(i).parameter().split("\\.");
            if (p.length != 3 || !p[0].equals("ligands") || !p[2].equals("kon")) {
                continue;
            }
            for (int j = 0; j < axes.size(); j++) {
                String[] q = axes.get(j).parameter().split("\\.");
                if (q.length == 3 && q[0].equals("ligands") && q[1].equalsIgnoreCase(p[1])
                        && (q[2].equals("kd") || q[2].equals("koff"))) {
                    throw error.apply("/sweep/axes/" + Math.max(i, j) + "/parameter", "kd = koff/kon: sweep kon "
                            + "(koff held, kd follows) or kd and/or koff (kon follows), not kon with "
                            + q[2] + " of the same ligand");
                }
            }
        }
    }

    private static List<List<Object>> gridPoints(List<Axis> axes) {
        List<List<Object>> points = new ArrayList<>();
        points.add(List.of());
        for (Axis a : axes) {
            List<List<Object>> next = new ArrayList<>();
            for (List<Object> p : points) {
                for (Object v : a.values()) {
                    List<Object> q = new ArrayList<>(p);
                    q.add(v);
                    next.add(List.copyOf(q));
                }
            }
            points = next;
        }
        return points;
    }

    private static List<List<Object>> latinHypercube(Scenario scenario, SweepSpec spec, List<Axis> axes,
                                                     BiFunction<String, String, RuntimeException> error) {
        int n = spec.samples() == null ? 0 : spec.samples();
        if (n < 2 || n > MAX_POINTS) {
            throw error.apply("/sweep/samples", "expected the number of Latin-hypercube points (a whole number "
                    + "from 2 to " + MAX_POINTS + "), got " + (spec.samples() == null ? "nothing" : spec.samples()));
        }
        UniformRandomProvider rng = new RandomStreams(scenario.seed()).stream("sweep/lhs", 0);
        List<int[]> strata = new ArrayList<>();
        for (int k = 0; k < axes.size(); k++) {
            int[] perm = PermutationSampler.natural(n);
            PermutationSampler.shuffle(rng, perm);
            strata.add(perm);
        }
        List<List<Object>> points = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            List<Object> p = new ArrayList<>();
            for (int k = 0; k < axes.size(); k++) {
                Axis a = axes.get(k);
                double lo = ScenarioVariant.si(a.values().get(0));
                double hi = ScenarioVariant.si(a.values().get(1));
                double u = (strata.get(k)[j] + rng.nextDouble()) / n;
                p.add(ScenarioVariant.fromSi(scenario, a.parameter(), between(lo, hi, u, a.log())));
            }
            points.add(List.copyOf(p));
        }
        return points;
    }

    /** The value a fraction f of the way from lo to hi, linearly or in log. */
    private static double between(double lo, double hi, double f, boolean log) {
        return log ? Math.exp(Math.log(lo) + f * (Math.log(hi) - Math.log(lo))) : lo + f * (hi - lo);
    }

    private static Axis axis(Scenario scenario, SweepSpec.Axis a, String pointer, boolean grid,
                             BiFunction<String, String, RuntimeException> error) {
        if (a.parameter() == null) {
            throw error.apply(pointer + "/parameter", "expected cell.<field>, ligands.<name>.<field> or "
                    + "bath.<ligand>");
        }
        try {
            ScenarioVariant.checkPath(scenario, a.parameter());
        } catch (IllegalArgumentException e) {
            throw error.apply(pointer + "/parameter", e.getMessage());
        }
        boolean log = a.scale() != null && a.scale().equalsIgnoreCase("log");
        if (a.scale() != null && !log && !a.scale().equalsIgnoreCase("linear")) {
            throw error.apply(pointer + "/scale", "expected 'linear' or 'log', got '" + a.scale() + "'");
        }
        boolean explicit = a.values() != null;
        if (explicit && (a.from() != null || a.to() != null || a.points() != null)) {
            throw error.apply(pointer + (a.from() != null ? "/from" : a.to() != null ? "/to" : "/points"),
                    "give either 'values' or 'from'/'to'/'points', not both");
        }
        if (!grid && a.points() != null) {
            throw error.apply(pointer + "/points", "a Latin hypercube draws 'samples' points between 'from' and "
                    + "'to'; 'points' is for a grid");
        }
        List<Object> values = new ArrayList<>();
        if (explicit) {
            if (a.values().size() > MAX_POINTS) {
                throw error.apply(pointer + "/values", "expected at most " + MAX_POINTS + " values, got "
                        + a.values().size());
            }
            if (a.values().isEmpty() || (!grid && a.values().size() < 2)) {
                throw error.apply(pointer + "/values", grid ? "expected at least one value"
                        : "expected at least two values (the range of the Latin hypercube)");
            }
            for (int i = 0; i < a.values().size(); i++) {
                values.add(value(scenario, a.parameter(), a.values().get(i), pointer + "/values/" + i, error));
            }
            double lo = values.stream().mapToDouble(ScenarioVariant::si).min().orElse(0);
            double hi = values.stream().mapToDouble(ScenarioVariant::si).max().orElse(0);
            if (a.scale() == null) {
                log = lo > 0 && hi / lo >= 10;
            } else if (log && !(lo > 0)) {
                throw error.apply(pointer + "/scale", "a log axis needs values > 0");
            }
            if (!grid) {
                values = List.of(ScenarioVariant.fromSi(scenario, a.parameter(), lo),
                        ScenarioVariant.fromSi(scenario, a.parameter(), hi));
            }
        } else {
            if (a.from() == null || a.to() == null) {
                throw error.apply(pointer + (a.from() == null ? "/from" : "/to"), "expected 'values: [...]', or "
                        + "'from' and 'to'" + (grid ? " with 'points'" : ""));
            }
            Object from = value(scenario, a.parameter(), a.from(), pointer + "/from", error);
            Object to = value(scenario, a.parameter(), a.to(), pointer + "/to", error);
            double lo = ScenarioVariant.si(from);
            double hi = ScenarioVariant.si(to);
            if (!(hi > lo)) {
                throw error.apply(pointer + "/to", "expected 'to' above 'from' (" + ScenarioVariant.label(from)
                        + "), got " + ScenarioVariant.label(to) + " (for values in another order, list them: "
                        + "'values: [...]')");
            }
            if (log && !(lo > 0 && hi > 0)) {
                throw error.apply(pointer + "/scale", "a log axis needs 'from' and 'to' > 0");
            }
            if (!grid) {
                values = List.of(from, to);
            } else {
                int n = a.points() == null ? 0 : a.points();
                if (n < 2 || n > MAX_POINTS) {
                    throw error.apply(pointer + "/points", "expected the number of points from 'from' to 'to' (a "
                            + "whole number from 2 to " + MAX_POINTS + "), got "
                            + (a.points() == null ? "nothing" : a.points()));
                }
                for (int i = 0; i < n; i++) {
                    // the ends exactly as written; inner points evenly spaced (in log for a log axis)
                    Object v = i == 0 ? from : i == n - 1 ? to
                            : ScenarioVariant.fromSi(scenario, a.parameter(), between(lo, hi, (double) i / (n - 1),
                                    log));
                    values.add(checked(scenario, a.parameter(), v, pointer, error));
                }
            }
        }
        return new Axis(a.parameter(), List.copyOf(values), log);
    }

    /** Parses one value and checks that the scenario accepts it (in range, ligand still consistent). */
    private static Object value(Scenario scenario, String path, JsonNode node, String pointer,
                                BiFunction<String, String, RuntimeException> error) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            throw error.apply(pointer, "expected a value such as " + ScenarioVariant.example(scenario, path));
        }
        Object v;
        try {
            v = ScenarioVariant.parse(scenario, path, node.asText());
        } catch (IllegalArgumentException e) {
            throw error.apply(pointer, e.getMessage());
        }
        return checked(scenario, path, v, pointer, error);
    }

    private static Object checked(Scenario scenario, String path, Object v, String pointer,
                                  BiFunction<String, String, RuntimeException> error) {
        try {
            ScenarioVariant.with(scenario, path, v);
            return v;
        } catch (IllegalArgumentException e) {
            throw error.apply(pointer, path + " = " + ScenarioVariant.label(v) + ": " + e.getMessage());
        }
    }

    /** The scenario at point {@code index}: every axis's value applied. */
    public Scenario scenarioAt(Scenario scenario, int index) {
        Scenario s = scenario;
        for (int k = 0; k < axes.size(); k++) {
            s = ScenarioVariant.with(s, axes.get(k).parameter(), points.get(index).get(k));
        }
        return s;
    }

    /** Unit of an axis's values in tables, as a column-name suffix ("_per_s", "_M"; "" for plain numbers). */
    public String unitSuffix(int axis) {
        Object v = axes.get(axis).values().get(0);
        if (v instanceof Rate) {
            return "_per_s";
        }
        if (v instanceof Concentration) {
            return "_M";
        }
        if (v instanceof AssociationRate) {
            return "_per_M_per_s";
        }
        if (v instanceof Duration) {
            return "_s";
        }
        return "";
    }

    /** Column name of an axis, with the unit of its values (SI), e.g. {@code bath.morphine_M}. */
    public String columnName(int axis) {
        return axes.get(axis).parameter() + unitSuffix(axis);
    }

    /**
     * The value of an axis at a point in SI units, rounded to 12 significant digits so that tables show
     * {@code 1.0E-7} rather than the {@code 1.0000000000000001E-7} of 100 × 1e-9.
     */
    public double tableValue(int index, int axis) {
        double v = ScenarioVariant.si(points.get(index).get(axis));
        return v == 0 || !Double.isFinite(v) ? v : Double.parseDouble(String.format(Locale.ROOT, "%.12g", v));
    }

    /** Text of a point for messages, e.g. "cell.grk23Level = 0.5". */
    public String describe(int index) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < axes.size(); k++) {
            parts.add(axes.get(k).parameter() + " = " + ScenarioVariant.label(points.get(index).get(k)));
        }
        return String.join(", ", parts);
    }
}
