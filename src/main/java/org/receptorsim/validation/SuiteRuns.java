package org.receptorsim.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.receptorsim.replicates.ReplicateRunner;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;

/**
 * Runs the validation suite once per configuration (a library, and a change to the scenarios), several
 * configurations at a time, each suite on one thread, and reads the absolute potencies ({@link AbsolutePotency})
 * beside its quantities. Results do not depend on the number of threads: every configuration runs the same
 * scenarios with the same seeds and replicate streams (common random numbers), so two configurations differ only
 * by what they change.
 */
public final class SuiteRuns {

    /**
     * One way to run the suite.
     *
     * @param label what is changed, for progress messages
     * @param library the ligand and cell library
     * @param variant applied to every scenario as loaded (identity for none)
     */
    public record Config(String label, Library library, UnaryOperator<Scenario> variant) {

        /** A configuration that changes only the library. */
        public static Config of(String label, Library library) {
            return new Config(label, library, UnaryOperator.identity());
        }
    }

    /**
     * What one configuration gave.
     *
     * @param rows the validation rows
     * @param readings the challenge curves behind the potency shifts
     */
    public record Outcome(List<ValidationRow> rows, List<ChallengeReading> readings) {
    }

    private final Path directory;
    private final int replicates;
    private final int threads;
    private final Set<String> targets;
    private final Consumer<String> progress;

    /**
     * @param directory the folder of the validation scenarios
     * @param replicates replicates per scenario, ≥ 1
     * @param threads configurations run at once, ≥ 1
     * @param targets the targets to evaluate (empty = all); the potencies of the cAMP assay are read when the set
     *     is empty or holds {@link AbsolutePotency#TARGET}
     * @param progress receives one line per finished configuration
     */
    public SuiteRuns(Path directory, int replicates, int threads, Set<String> targets, Consumer<String> progress) {
        if (replicates < 1 || threads < 1) {
            throw new IllegalArgumentException("replicates and threads must be >= 1");
        }
        this.directory = directory;
        this.replicates = replicates;
        this.threads = threads;
        this.targets = Set.copyOf(targets);
        this.progress = progress;
    }

    /** The targets these runs evaluate (empty = all). */
    public Set<String> targets() {
        return targets;
    }

    /** The suite's targets among {@link #targets()} (empty = all). */
    private Set<String> suiteTargets() {
        Set<String> t = new java.util.LinkedHashSet<>(targets);
        t.remove(AbsolutePotency.TARGET);
        return t;
    }

    /** True if the suite runs (no targets given, or some suite target). */
    public boolean runsSuite() {
        return targets.isEmpty() || !suiteTargets().isEmpty();
    }

    /** True if the cAMP assay potencies are read. */
    public boolean runsAssays() {
        return targets.isEmpty() || targets.contains(AbsolutePotency.TARGET);
    }

    /**
     * The rows of one configuration beside the potencies: the suite's rows, the cAMP assay rows (if asked for), and
     * the first-challenge potency rows of the suite's challenge curves.
     *
     * @param suiteRows the suite's rows
     * @param readings the suite's challenge curves
     * @param library the library
     * @param threads threads of the assay
     * @return every row of the configuration
     */
    public List<ValidationRow> withPotencies(List<ValidationRow> suiteRows, List<ChallengeReading> readings,
                                             Library library, int threads) {
        List<ValidationRow> rows = new ArrayList<>(suiteRows);
        if (runsAssays()) {
            rows.addAll(AbsolutePotency.assayRows(library, replicates, threads));
        }
        rows.addAll(AbsolutePotency.firstChallengeRows(readings));
        return List.copyOf(rows);
    }

    /** The same runs for other targets. */
    public SuiteRuns withTargets(Set<String> other) {
        return new SuiteRuns(directory, replicates, threads, other, progress);
    }

    /**
     * Runs every configuration.
     *
     * @param what a name of the batch for progress messages, e.g. "one-at-a-time"
     * @param configs the configurations
     * @return their outcomes, in the order given
     */
    public List<Outcome> run(String what, List<Config> configs) {
        long start = System.nanoTime();
        ReplicateRunner runner = new ReplicateRunner(threads, done -> {
            double elapsed = (System.nanoTime() - start) / 1e9;
            progress.accept(String.format(java.util.Locale.ROOT, "%s: %d of %d done, %.0f s elapsed, about %.0f s "
                    + "left", what, done, configs.size(), elapsed, elapsed / done * (configs.size() - done)));
        });
        return runner.runAll(configs.size(), i -> {
            Config c = configs.get(i);
            List<ValidationRow> suiteRows = List.of();
            List<ChallengeReading> readings = List.of();
            if (runsSuite()) {
                ValidationSuite suite = new ValidationSuite(directory, replicates, 1, c.library(), c.variant());
                suiteRows = suite.run(suiteTargets());
                readings = suite.challengeReadings();
            }
            return new Outcome(withPotencies(suiteRows, readings, c.library(), 1), readings);
        });
    }
}
