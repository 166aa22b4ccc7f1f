package org.receptorsim.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.ScenarioVariant;

/**
 * One-at-a-time sensitivity: every validation quantity with each fitted value multiplied in turn by each factor
 * (×0.5 and ×2 by default), all else as in the library. Each changed library runs the same scenarios with the
 * same seeds as the baseline, so a difference is the parameter's effect and not noise between runs.
 */
public final class OneAtATime {

    /** The factors of the standard analysis. */
    public static final double[] FACTORS = {0.5, 2};

    /**
     * One quantity with one value changed.
     *
     * @param target target number
     * @param quantity the quantity
     * @param unit its unit
     * @param role fitted or predicted
     * @param parameter library path of the changed value
     * @param factor the factor asked for
     * @param appliedFactor the factor used (cut where the library refuses the value)
     * @param parameterValue the changed value with its unit
     * @param value the quantity with the value changed (mean over replicates)
     * @param baseline the quantity with the library as it is
     * @param pass whether the changed quantity is in the literature band
     * @param baselinePass whether the baseline is
     */
    public record Row(String target, String quantity, String unit, ValidationRow.Role role, String parameter,
                      double factor, double appliedFactor, String parameterValue, double value, double baseline,
                      boolean pass, boolean baselinePass) {

        /** "target: quantity". */
        public String key() {
            return target + ": " + quantity;
        }

        /** The change from the baseline, value − baseline (in the quantity's unit). */
        public double change() {
            return value - baseline;
        }
    }

    private OneAtATime() {
    }

    /**
     * Runs the analysis.
     *
     * @param library the library as it is
     * @param parameters the values to change
     * @param factors the factors (each cut to the parameter's accepted range)
     * @param baseline the suite's rows with the library as it is (same replicates and targets as {@code runs})
     * @param runs how the suite is run
     * @return one row per parameter, factor and quantity, parameter-major
     */
    public static List<Row> run(Library library, List<SensitivityParameter> parameters, double[] factors,
                                List<ValidationRow> baseline, SuiteRuns runs) {
        List<SuiteRuns.Config> configs = new ArrayList<>();
        for (SensitivityParameter p : parameters) {
            for (double f : factors) {
                configs.add(SuiteRuns.Config.of(p.path() + " x" + f, p.apply(library, p.clip(f))));
            }
        }
        List<SuiteRuns.Outcome> outcomes = runs.run("one-at-a-time", configs);
        Map<String, ValidationRow> base = baseline.stream()
                .collect(Collectors.toMap(ValidationRow::key, Function.identity()));
        List<Row> out = new ArrayList<>();
        int k = 0;
        for (SensitivityParameter p : parameters) {
            for (double f : factors) {
                double applied = p.clip(f);
                String value = ScenarioVariant.label(p.value(library, applied));
                for (ValidationRow r : outcomes.get(k).rows()) {
                    ValidationRow b = base.get(r.key());
                    if (b == null) {
                        throw new IllegalArgumentException("baseline has no quantity " + r.key());
                    }
                    out.add(new Row(r.target(), r.quantity(), r.unit(), r.role(), p.path(), f, applied, value,
                            r.simulated(), b.simulated(), r.pass(), b.pass()));
                }
                k++;
            }
        }
        return out;
    }
}
