package org.receptorsim.fit;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.GaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.receptorsim.assay.AssayDesign;
import org.receptorsim.assay.AssayLigand;
import org.receptorsim.assay.AssayRunner;
import org.receptorsim.assay.CellReadouts;
import org.receptorsim.assay.Pathway;
import org.receptorsim.bias.BiasCharts;
import org.receptorsim.model.ArmResult;
import org.receptorsim.random.RandomStreams;
import org.receptorsim.replicates.ReplicateRunner;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.simulation.ScenarioRunner;
import org.receptorsim.units.Quantities;

/**
 * Synthetic assay data for a design, made by the agent model: every row of the design is read off a simulated agent
 * cell (cohort engine) of the assay's kind — one fresh cell per assay, concentration and replicate, read at each of
 * its rows' times, so a time course is one well followed over time — and Gaussian measurement noise of a given SD
 * per assay is added from a named random stream. The data carry the cells' stochastic kinetics and the measurement noise, so a
 * fit to them tests both the estimates and the mean-field model against the agents.
 */
public final class SyntheticData {

    /**
     * Longest recording interval of the G-protein and cAMP assays' cells (seconds): the cohort engine takes one long
     * step per recording and interpolates the signal's drive over it, which lags the G-protein cycle behind a drive
     * that settles early in a long step (the 10-min G-protein assay read after one 600-s step reads up to a few
     * percent low at low concentrations); 10-s steps keep it to the exact law's value.
     */
    static final long SIGNAL_RECORDING_SECONDS = 10;

    private SyntheticData() {
    }

    /**
     * Simulates a design.
     *
     * @param library the ligand and cell library
     * @param cell library cell type
     * @param ligand the true ligand, as a definition (scenario format, with its name)
     * @param design the rows to simulate (their responses are ignored)
     * @param noiseSd SD of the added measurement noise per assay (assay units, ≥ 0; none for an assay not given)
     * @param seed master seed of the cells and the noise
     * @param threads worker threads
     * @return the rows with simulated responses (no SEM), in design order
     */
    public static List<Observation> simulate(Library library, String cell, Map<String, Object> ligand,
                                             List<Observation> design, Map<Pathway, Double> noiseSd, long seed,
                                             int threads) {
        AssayLigand l = AssayLigand.defined(ligand);
        AssayRunner runner = new AssayRunner(library, 1);
        int[] replicate = new int[design.size()];
        Map<String, Integer> seen = new HashMap<>();
        for (int k = 0; k < design.size(); k++) {
            Observation o = design.get(k);
            replicate[k] = o.replicate() >= 0 ? o.replicate()
                    : seen.merge(o.assay() + "|" + o.molar() + "|" + o.seconds(), 1, Integer::sum) - 1;
        }
        record Task(Pathway pathway, int replicate, Scenario scenario, double[] molar) {
        }
        Map<Pathway, TreeSet<Double>> molar = new EnumMap<>(Pathway.class);
        Map<Pathway, long[]> timing = new EnumMap<>(Pathway.class);
        Map<Pathway, TreeSet<Integer>> replicates = new EnumMap<>(Pathway.class);
        for (int k = 0; k < design.size(); k++) {
            Observation o = design.get(k);
            molar.computeIfAbsent(o.assay(), x -> new TreeSet<>()).add(o.molar());
            replicates.computeIfAbsent(o.assay(), x -> new TreeSet<>()).add(replicate[k]);
            long[] t = timing.computeIfAbsent(o.assay(), x -> new long[] {0, o.assay().isGProtein()
                    ? SIGNAL_RECORDING_SECONDS : 0});
            t[0] = Math.max(t[0], (long) o.seconds());
            t[1] = gcd(t[1], (long) o.seconds());
        }
        List<Task> tasks = new ArrayList<>();
        for (Pathway p : molar.keySet()) {
            double[] m = molar.get(p).stream().mapToDouble(Double::doubleValue).toArray();
            AssayDesign d = new AssayDesign(cell, Map.of(), List.of(l), List.of(p), Map.of(p, (double) timing.get(p)[0]),
                    Map.of(), AssayDesign.DEFAULT_POINTS, 3, 2, 1, seed, "data-", 1.0);
            Scenario s = runner.scenario(d, p, l, m, timing.get(p)[1]);
            for (int r : replicates.get(p)) {
                tasks.add(new Task(p, r, s, m));
            }
        }
        List<List<ArmResult>> cells = new ReplicateRunner(threads).runAll(tasks.size(),
                k -> ScenarioRunner.run(tasks.get(k).scenario(), tasks.get(k).replicate()));
        UniformRandomProvider rng = new RandomStreams(seed).stream("data-noise", 0);
        ContinuousSampler noise = GaussianSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), 0, 1);
        List<Observation> out = new ArrayList<>();
        for (int k = 0; k < design.size(); k++) {
            Observation o = design.get(k);
            int task = -1;
            for (int i = 0; i < tasks.size(); i++) {
                if (tasks.get(i).pathway() == o.assay() && tasks.get(i).replicate() == replicate[k]) {
                    task = i;
                }
            }
            int c = java.util.Arrays.binarySearch(tasks.get(task).molar(), o.molar());
            double response = o.assay().response(CellReadouts.of(cells.get(task).get(c)), o.seconds())
                    + noiseSd.getOrDefault(o.assay(), 0.0) * noise.sample();
            out.add(new Observation(o.line(), o.assay(), o.ligand(), o.molar(), o.seconds(), response, Double.NaN,
                    replicate[k]));
        }
        return out;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /**
     * Writes rows as a data file (assay, ligand, concentration, time, response, replicate), atomically: to a
     * temporary file beside the target, then renamed.
     *
     * @param file the data file
     * @param rows the rows
     */
    public static void write(Path file, List<Observation> rows) {
        CsvSchema schema = CsvSchema.builder().setUseHeader(true).addColumn("assay").addColumn("ligand")
                .addColumn("concentration").addColumn("time").addColumn("response").addColumn("replicate").build();
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                 var seq = new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).writer(schema)
                         .writeValues(w)) {
                for (Observation o : rows) {
                    seq.write(List.of(o.assay().id(), o.ligand(), concentration(o.molar()), BiasCharts.minutes(o.seconds()),
                            String.format(Locale.ROOT, "%.4f", o.response()), o.replicate()));
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the first failure is the one reported
            }
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** A concentration in the unit that suits it, with enough digits to read back the same value. */
    static String concentration(double molar) {
        String unit = Quantities.format(molar, Quantities.CONCENTRATION).replaceAll("^\\S+ ", "");
        return Quantities.trim(String.format(Locale.ROOT, "%.10g", molar / Quantities.CONCENTRATION.get(unit)))
                + " " + unit;
    }
}
