package org.receptorsim.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.receptorsim.scenario.Library;
import org.receptorsim.statistics.SampleStatistics;

/**
 * The Morris elementary-effects screen of the validation quantities over the fitted values: each fitted value moves
 * between its factors ×0.5 and ×2 on a log scale ({@link SensitivityParameter#factorAt}), the grid position
 * u ∈ [0, 1] being the Morris factor. The elementary effect of parameter i on a quantity y at a step of a trajectory is
 * (y(after) − y(before)) / (u_i(after) − u_i(before)): the change of y, in y's unit, per whole range of the
 * parameter. Per quantity and parameter the screen reports μ (mean effect), μ* (mean absolute effect: overall
 * influence) and σ (standard deviation: non-linearity and interaction), over the trajectories whose quantity was
 * measured at both points.
 */
public final class MorrisScreen {

    /**
     * The screen of one quantity against one parameter.
     *
     * @param target target number
     * @param quantity the quantity
     * @param unit the quantity's unit (μ, μ* and σ are in this unit per whole parameter range)
     * @param parameter library path of the fitted value
     * @param mu mean elementary effect
     * @param muStar mean absolute elementary effect
     * @param sigma standard deviation of the elementary effects (n − 1; 0 for one)
     * @param effects number of elementary effects measured
     * @param unmeasured number of steps where the quantity was not measured at one end (a failed fit)
     */
    public record Effect(String target, String quantity, String unit, String parameter, double mu, double muStar,
                         double sigma, int effects, int unmeasured) {

        /** "target: quantity". */
        public String key() {
            return target + ": " + quantity;
        }
    }

    /**
     * The design's points and what the suite gave at each.
     *
     * @param design the design
     * @param parameters the Morris factors, in design order
     * @param outcomes the suite's rows at each point, trajectory-major ({@code [t·(k + 1) + s]})
     * @param effects the screen per quantity and parameter, quantity-major
     */
    public record Result(MorrisDesign design, List<SensitivityParameter> parameters, List<List<ValidationRow>> outcomes,
                         List<Effect> effects) {
    }

    private MorrisScreen() {
    }

    /** The library at one point of the design: every parameter at its factor. */
    static Library libraryAt(Library library, MorrisDesign design, List<SensitivityParameter> parameters, int[] point) {
        Library out = library;
        for (int i = 0; i < parameters.size(); i++) {
            out = parameters.get(i).apply(out, parameters.get(i).factorAt(design.position(point[i])));
        }
        return out;
    }

    /**
     * Runs the screen.
     *
     * @param library the library as it is
     * @param parameters the fitted values (the design's factors, in order)
     * @param design a design with {@code parameters.size()} factors
     * @param runs how the suite is run
     * @return the design, the outcomes and the effects
     */
    public static Result run(Library library, List<SensitivityParameter> parameters, MorrisDesign design,
                             SuiteRuns runs) {
        if (design.factors() != parameters.size()) {
            throw new IllegalArgumentException("design has " + design.factors() + " factors, expected "
                    + parameters.size());
        }
        List<SuiteRuns.Config> configs = new ArrayList<>();
        for (int t = 0; t < design.trajectories(); t++) {
            for (int s = 0; s <= design.factors(); s++) {
                configs.add(SuiteRuns.Config.of("trajectory " + (t + 1) + " point " + s,
                        libraryAt(library, design, parameters, design.points()[t][s])));
            }
        }
        List<List<ValidationRow>> outcomes = runs.run("Morris screen", configs).stream()
                .map(SuiteRuns.Outcome::rows).toList();
        return new Result(design, List.copyOf(parameters), outcomes, effects(design, parameters, outcomes));
    }

    /**
     * The elementary effects of a design's outcomes.
     *
     * @param design the design
     * @param parameters its factors
     * @param outcomes the suite's rows at each point, trajectory-major
     * @return μ, μ* and σ per quantity (in the rows' order) and parameter
     */
    static List<Effect> effects(MorrisDesign design, List<SensitivityParameter> parameters,
                                List<List<ValidationRow>> outcomes) {
        int k = design.factors();
        List<ValidationRow> first = outcomes.get(0);
        Map<String, List<List<Double>>> ee = new LinkedHashMap<>();
        Map<String, int[]> unmeasured = new LinkedHashMap<>();
        for (ValidationRow r : first) {
            List<List<Double>> perParameter = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                perParameter.add(new ArrayList<>());
            }
            ee.put(r.key(), perParameter);
            unmeasured.put(r.key(), new int[k]);
        }
        for (int t = 0; t < design.trajectories(); t++) {
            for (int s = 1; s <= k; s++) {
                int i = design.changed()[t][s];
                double du = design.position(design.points()[t][s][i]) - design.position(design.points()[t][s - 1][i]);
                List<ValidationRow> before = outcomes.get(t * (k + 1) + s - 1);
                List<ValidationRow> after = outcomes.get(t * (k + 1) + s);
                for (int q = 0; q < first.size(); q++) {
                    double y0 = before.get(q).simulated();
                    double y1 = after.get(q).simulated();
                    String key = first.get(q).key();
                    if (!before.get(q).key().equals(key) || !after.get(q).key().equals(key)) {
                        throw new IllegalArgumentException("outcomes do not list the same quantities at every point");
                    }
                    if (Double.isFinite(y0) && Double.isFinite(y1)) {
                        ee.get(key).get(i).add((y1 - y0) / du);
                    } else {
                        unmeasured.get(key)[i]++;
                    }
                }
            }
        }
        List<Effect> out = new ArrayList<>();
        for (ValidationRow r : first) {
            for (int i = 0; i < k; i++) {
                double[] e = ee.get(r.key()).get(i).stream().mapToDouble(Double::doubleValue).toArray();
                SampleStatistics effects = SampleStatistics.of(e);
                SampleStatistics absolute = SampleStatistics.of(java.util.Arrays.stream(e).map(Math::abs).toArray());
                out.add(new Effect(r.target(), r.quantity(), r.unit(), parameters.get(i).path(), effects.mean(),
                        absolute.mean(), effects.sd(), e.length, unmeasured.get(r.key())[i]));
            }
        }
        return out;
    }
}
