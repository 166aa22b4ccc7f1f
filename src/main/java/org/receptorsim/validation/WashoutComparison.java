package org.receptorsim.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.receptorsim.records.Records;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;

/**
 * The potency shifts of the validation measured again with a longer drug-free hold before each challenge (60 min
 * instead of the scenarios' 10 min), built in code from the same scenarios with only {@code washoutTime} changed:
 * what part of a shift is residual chronic agonist or fast, reversible desensitization, and what outlasts an hour.
 * The chronic runs are the same (the challenge copies draw from their own streams), so only the challenges differ.
 */
public final class WashoutComparison {

    /** The longer hold before the challenges, minutes. */
    public static final double LONG_WASHOUT_MINUTES = 60;

    /** The targets with challenge curves. */
    public static final Set<String> CHALLENGE_TARGETS = Set.of("4", "7", "8", "9");

    /**
     * One potency-shift quantity with both holds.
     *
     * @param shortHold the quantity as in the validation table (the scenarios' hold)
     * @param shortMinutes the scenarios' hold (minutes)
     * @param longHold the same quantity after the longer hold
     */
    public record Pair(ValidationRow shortHold, double shortMinutes, ValidationRow longHold) {
    }

    /**
     * One challenge curve with both holds.
     *
     * @param shortHold the curve after the scenario's hold
     * @param longHold the curve after the longer hold, or null if not measured
     */
    public record CurvePair(ChallengeReading shortHold, ChallengeReading longHold) {
    }

    /**
     * Both holds of every potency shift and challenge curve.
     *
     * @param quantities the quantities read off challenge curves, in table order
     * @param curves the challenge curves behind them
     */
    public record Result(List<Pair> quantities, List<CurvePair> curves) {
    }

    private WashoutComparison() {
    }

    /** The scenario with every challenge's drug-free hold set to {@code seconds} (no change without challenges). */
    public static Scenario withWashout(Scenario s, double seconds) {
        if (s.challenges() == null) {
            return s;
        }
        return Records.with(s, "challenges", Records.with(s.challenges(), "washoutSeconds", seconds));
    }

    /**
     * Runs the challenge targets among those of {@code runs} again with the longer hold.
     *
     * @param library the library
     * @param baseline the suite with the scenarios as they are (same replicates and targets as {@code runs})
     * @param challengeQuantities keys of the baseline's quantities read off challenge curves
     * @param runs how the suite is run
     * @return both holds, side by side
     */
    public static Result run(Library library, SuiteRuns.Outcome baseline, Set<String> challengeQuantities,
                             SuiteRuns runs) {
        Set<String> targets = new LinkedHashSet<>(runs.targets().isEmpty() ? CHALLENGE_TARGETS : runs.targets());
        targets.retainAll(CHALLENGE_TARGETS);
        if (targets.isEmpty()) {
            return new Result(List.of(), List.of());
        }
        SuiteRuns.Outcome longHold = runs.withTargets(targets).run("60-min washout", List.of(
                new SuiteRuns.Config("challenges after a 60-min washout", library,
                        s -> withWashout(s, LONG_WASHOUT_MINUTES * 60)))).get(0);
        Map<String, ValidationRow> rows = longHold.rows().stream()
                .collect(Collectors.toMap(ValidationRow::key, Function.identity()));
        Map<String, Double> holds = new java.util.HashMap<>();
        baseline.readings().forEach(c -> holds.putIfAbsent(c.target(), c.washoutMinutes()));
        List<Pair> pairs = new ArrayList<>();
        for (ValidationRow r : baseline.rows()) {
            if (challengeQuantities.contains(r.key()) && rows.containsKey(r.key())) {
                pairs.add(new Pair(r, holds.getOrDefault(r.target(), Double.NaN), rows.get(r.key())));
            }
        }
        Map<String, ChallengeReading> curves = longHold.readings().stream()
                .collect(Collectors.toMap(ChallengeReading::key, Function.identity()));
        List<CurvePair> curvePairs = new ArrayList<>();
        for (ChallengeReading c : baseline.readings()) {
            curvePairs.add(new CurvePair(c, curves.get(c.key())));
        }
        return new Result(pairs, curvePairs);
    }
}
