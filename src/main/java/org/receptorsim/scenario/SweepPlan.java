package org.receptorsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.receptorsim.random.RandomStreams;

/**
 * A resolved parameter sweep: its axes (parameter path and values) and its points, each a list of values, one per
 * axis. Grid designs take every combination; a Latin hypercube takes {@code samples} points with each axis's range
 * cut into as many strata, one point per stratum, in a random pairing drawn from the scenario seed's "sweep/lhs"
 * stream (log-scaled axes are stratified in log).
 *
 * @param axes the swept parameters
 * @param points every point: one value per axis, of the parameter's type
 * @param metric per-cell metric mapped in the heat maps
 * @param replicates cells per point
 */
public record SweepPlan(List<Axis> axes, List<List<Object>> points, String metric, int replicates) {

    /** Default metric of the heat maps. */
    public static final String DEFAULT_METRIC = "lastEc50FoldShift";

    /**
     * One resolved axis.
     *
     * @param parameter parameter path
     * @param values values (for grids; for a Latin hypercube, the two ends)
     * @param log true for log scaling (given, or explicit positive values spanning 10-fold or more)
     */
    public record Axis(String parameter, List<Object> values, boolean log) {
    }

    /**
     * Resolves a sweep against its scenario.
     *
     * @param scenario the resolved scenario
     * @param spec the sweep as written
     * @return the plan
     * @throws IllegalArgumentException whose message starts with the JSON pointer of the field at fault and a tab
     */
    public static SweepPlan resolve(Scenario scenario, SweepSpec spec) {
        if (spec.axes() == null || spec.axes().isEmpty()) {
            throw located("/sweep/axes", "expected at least one axis");
        }
        String design = spec.design() == null ? "grid" : spec.design();
        if (!design.equals("grid") && !design.equals("latin-hypercube")) {
            throw located("/sweep/design", "expected 'grid' or 'latin-hypercube', got '" + design + "'");
        }
        List<Axis> axes = new ArrayList<>();
        for (int i = 0; i < spec.axes().size(); i++) {
            axes.add(axis(scenario, spec.axes().get(i), "/sweep/axes/" + i, design.equals("grid")));
        }
        List<List<Object>> points = new ArrayList<>();
        if (design.equals("grid")) {
            points.add(List.of());
            for (Axis a : axes) {
                List<List<Object>> next = new ArrayList<>();
                for (List<Object> p : points) {
                    for (Object v : a.values()) {
                        List<Object> q = new ArrayList<>(p);
                        q.add(v);
                        next.add(q);
                    }
                }
                points = next;
            }
        } else {
            int n = spec.samples() == null ? 0 : spec.samples();
            if (n < 2) {
                throw located("/sweep/samples", "expected the number of Latin-hypercube points (>= 2)");
            }
            UniformRandomProvider rng = new RandomStreams(scenario.seed()).stream("sweep/lhs", 0);
            List<int[]> strata = new ArrayList<>();
            for (int k = 0; k < axes.size(); k++) {
                strata.add(PermutationSampler.natural(n));
                PermutationSampler.shuffle(rng, strata.get(k));
            }
            for (int j = 0; j < n; j++) {
                List<Object> p = new ArrayList<>();
                for (int k = 0; k < axes.size(); k++) {
                    Axis a = axes.get(k);
                    double lo = ScenarioVariant.si(a.values().get(0));
                    double hi = ScenarioVariant.si(a.values().get(a.values().size() - 1));
                    double u = (strata.get(k)[j] + rng.nextDouble()) / n;
                    double v = a.log() ? Math.exp(Math.log(lo) + u * (Math.log(hi) - Math.log(lo)))
                            : lo + u * (hi - lo);
                    p.add(ScenarioVariant.fromSi(scenario, a.parameter(), v));
                }
                points.add(p);
            }
        }
        String metric = spec.metric() == null ? DEFAULT_METRIC : spec.metric();
        int replicates = spec.replicates() == null ? scenario.replicates() : spec.replicates();
        if (replicates < 1) {
            throw located("/sweep/replicates", "expected a whole number >= 1");
        }
        return new SweepPlan(List.copyOf(axes), List.copyOf(points), metric, replicates);
    }

    private static Axis axis(Scenario scenario, SweepSpec.Axis a, String pointer, boolean grid) {
        try {
            ScenarioVariant.typeOf(scenario, a.parameter());
        } catch (IllegalArgumentException e) {
            throw located(pointer + "/parameter", e.getMessage());
        }
        boolean log = a.scale() != null && a.scale().equalsIgnoreCase("log");
        if (a.scale() != null && !log && !a.scale().equalsIgnoreCase("linear")) {
            throw located(pointer + "/scale", "expected 'linear' or 'log', got '" + a.scale() + "'");
        }
        List<Object> values = new ArrayList<>();
        if (a.values() != null && !a.values().isEmpty()) {
            if (a.from() != null || a.to() != null) {
                throw located(pointer, "give either 'values' or 'from'/'to'/'points', not both");
            }
            for (int i = 0; i < a.values().size(); i++) {
                values.add(value(scenario, a.parameter(), a.values().get(i), pointer + "/values/" + i));
            }
            if (a.scale() == null) {
                double lo = values.stream().mapToDouble(ScenarioVariant::si).min().orElse(0);
                double hi = values.stream().mapToDouble(ScenarioVariant::si).max().orElse(0);
                log = lo > 0 && hi / lo >= 10;
            }
        } else {
            if (a.from() == null || a.to() == null) {
                throw located(pointer, "expected 'values', or 'from' and 'to' (with 'points')");
            }
            Object from = value(scenario, a.parameter(), a.from(), pointer + "/from");
            Object to = value(scenario, a.parameter(), a.to(), pointer + "/to");
            int n = a.points() == null ? (grid ? 0 : 2) : a.points();
            if (n < 2) {
                throw located(pointer + "/points", "expected the number of points (>= 2)");
            }
            double lo = ScenarioVariant.si(from);
            double hi = ScenarioVariant.si(to);
            if (log && !(lo > 0 && hi > 0)) {
                throw located(pointer + "/scale", "a log axis needs values > 0");
            }
            for (int i = 0; i < n; i++) {
                double f = (double) i / (n - 1);
                double v = log ? Math.exp(Math.log(lo) + f * (Math.log(hi) - Math.log(lo))) : lo + f * (hi - lo);
                values.add(ScenarioVariant.fromSi(scenario, a.parameter(), v));
            }
        }
        return new Axis(a.parameter(), List.copyOf(values), log);
    }

    private static Object value(Scenario scenario, String path, JsonNode node, String pointer) {
        try {
            Object v = ScenarioVariant.parse(scenario, path, node.isNumber() ? node.asText() : node.asText());
            ScenarioVariant.with(scenario, path, v);
            return v;
        } catch (IllegalArgumentException e) {
            throw located(pointer, e.getMessage());
        }
    }

    private static IllegalArgumentException located(String pointer, String message) {
        return new IllegalArgumentException(pointer + "\t" + message);
    }

    /** The scenario at point {@code index}: every axis's value applied. */
    public Scenario scenarioAt(Scenario scenario, int index) {
        Scenario s = scenario;
        for (int k = 0; k < axes.size(); k++) {
            s = ScenarioVariant.with(s, axes.get(k).parameter(), points.get(index).get(k));
        }
        return s;
    }

    /** Column name of an axis, with the unit of its values. */
    public String columnName(int axis) {
        Object v = axes.get(axis).values().get(0);
        String unit = v instanceof org.receptorsim.units.Rate ? "_per_s"
                : v instanceof org.receptorsim.units.Concentration ? "_M" : "";
        return axes.get(axis).parameter() + unit;
    }

    /** Text of a point for messages, e.g. "cell.grkLevel = 0.5". */
    public String describe(int index) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < axes.size(); k++) {
            parts.add(axes.get(k).parameter() + " = " + ScenarioVariant.label(points.get(index).get(k)));
        }
        return String.join(", ", parts);
    }
}
