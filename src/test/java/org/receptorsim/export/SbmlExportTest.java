package org.receptorsim.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.receptorsim.ensemble.EnsembleRunner;
import org.receptorsim.meanfield.MeanFieldSolution;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.model.ReceptorState;
import org.receptorsim.model.ReceptorStateSpace;
import org.receptorsim.output.OutputFolders;
import org.receptorsim.scenario.Arm;
import org.receptorsim.scenario.Library;
import org.receptorsim.scenario.Scenario;
import org.receptorsim.scenario.ScenarioLoader;

/**
 * The exported SBML checked by tools that share no code with ReceptorSim: libSBML (Debian python3-sbml5) validates
 * it with every consistency check, and a reader of its own ({@code src/test/python/sbml_check.py}: libSBML reads the
 * kinetic laws, rules and events, SciPy integrates them) reproduces the project's mean-field solution of the same
 * scenario and, within the sampling error, the mean of a simulated ensemble.
 */
class SbmlExportTest {

    private static final Path OUTPUT = Path.of("target", "sbml-export");
    private static String python;
    private static Scenario scenario;
    private static Arm arm;
    private static Path model;

    @BeforeAll
    static void export() throws IOException, URISyntaxException {
        python = findPython();
        scenario = new ScenarioLoader(Library.bundled()).load(Path.of(SbmlExportTest.class
                .getResource("export-check.yaml").toURI())).withEngine(KineticsEngine.COHORT);
        arm = scenario.arms().get(0);
        OutputFolders.deleteRecursively(OUTPUT);
        Files.createDirectories(OUTPUT);
        model = OUTPUT.resolve("export-check.xml");
        SbmlExport.write(scenario, arm, model);
    }

    /** A python3 that imports libSBML and SciPy, or null. */
    private static String findPython() {
        for (String candidate : List.of("/usr/bin/python3", "python3")) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import libsbml, scipy, numpy, matplotlib")
                        .redirectErrorStream(true).start();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException | InterruptedException e) {
                // try the next one
            }
        }
        return null;
    }

    private static void requirePython() {
        Assumptions.assumeTrue(python != null, "needs python3 with libSBML and SciPy (Debian python3-sbml5, "
                + "python3-scipy, python3-matplotlib; .ci/run installs them)");
    }

    private static String check(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(python, "src/test/python/sbml_check.py"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "sbml_check.py did not finish");
        assertEquals(0, p.exitValue(), "sbml_check.py " + String.join(" ", args) + ":\n" + out);
        return out;
    }

    @Test
    void libSbmlFindsNoErrorInAnyConsistencyCheck() throws Exception {
        requirePython();
        String out = check("validate", model.toString());
        System.out.println("libSBML validation of " + model + ": " + out.strip());
        assertTrue(out.contains(" errors=0 "), out);
        assertTrue(out.contains("species=" + new ReceptorStateSpace(scenario.ligands()).size() + " "), out);
    }

    @Test
    void independentIntegrationMatchesMeanFieldAndEnsembleMean() throws Exception {
        requirePython();
        MeanFieldSolution exact = MeanFieldSolution.of(scenario, arm);
        List<String> ids = SbmlExport.speciesIds(scenario, arm);
        Path reference = OUTPUT.resolve("mean-field.csv");
        StringBuilder csv = new StringBuilder("time_s," + String.join(",", ids) + "\n");
        double[] times = exact.times();
        for (int i = 0; i < times.length; i++) {
            csv.append(times[i]);
            for (int s = 0; s < ids.size(); s++) {
                csv.append(',').append(exact.count(i, s));
            }
            csv.append('\n');
        }
        Files.writeString(reference, csv);
        Path simulated = OUTPUT.resolve("libsbml-scipy.csv");
        check("simulate", model.toString(), "--end", Double.toString(scenario.durationSeconds()), "--step",
                Double.toString(scenario.outputIntervalSeconds()), "--out", simulated.toString(), "--reference",
                reference.toString(), "--plot", OUTPUT.resolve("sbml-vs-mean-field.png").toString(), "--columns",
                "R_free_p0,R_DAMGO_p0,R_DAMGO_p4_arr3,R_endosome");
        List<Map<String, Double>> rows = readCsv(simulated);
        assertEquals(times.length, rows.size(), "one row per recorded time");
        int receptors = org.receptorsim.simulation.CellFactory.nominalSetup(scenario, arm).cell().receptorCount();
        double maxRelative = 0;
        double maxAbsolute = 0;
        for (int i = 0; i < times.length; i++) {
            assertEquals(times[i], rows.get(i).get("time_s"), 1e-9);
            for (int s = 0; s < ids.size(); s++) {
                double expected = exact.count(i, s);
                double got = rows.get(i).get(ids.get(s));
                double diff = Math.abs(got - expected);
                maxAbsolute = Math.max(maxAbsolute, diff);
                if (Math.abs(expected) > 1e-3) {
                    maxRelative = Math.max(maxRelative, diff / Math.abs(expected));
                }
                assertTrue(diff <= 1e-6 * Math.abs(expected) + 1e-9 * receptors, String.format(Locale.ROOT,
                        "%s at %.0f s: SBML %.12g, mean field %.12g", ids.get(s), times[i], got, expected));
            }
        }
        System.out.printf(Locale.ROOT, "SBML (libSBML + SciPy) vs mean field: max relative difference %.3g "
                + "(species above 0.001 receptors), max absolute %.3g receptors of %d%n", maxRelative, maxAbsolute,
                receptors);

        // the ensemble mean of the stochastic model, per user-facing state, within its sampling error
        int cells = 200;
        Path ensemble = OUTPUT.resolve("ensemble");
        new EnsembleRunner(scenario, ensemble, new EnsembleRunner.Options(cells, 2, false, false)).run(n -> { });
        ReceptorStateSpace space = exact.space();
        List<Map<String, String>> stats = readRows(ensemble.resolve("ensemble.csv"));
        Map<String, Integer> timeIndex = new HashMap<>();
        for (int i = 0; i < times.length; i++) {
            timeIndex.put(Double.toString(times[i]), i);
        }
        List<double[]> checks = new ArrayList<>(); // mean, sd, expected
        for (Map<String, String> r : stats) {
            ReceptorState state;
            try {
                state = ReceptorState.valueOf(r.get("column"));
            } catch (IllegalArgumentException e) {
                continue;
            }
            int i = timeIndex.get(Double.toString(Double.parseDouble(r.get("time_s"))));
            double expected = 0;
            for (int s = 0; s < ids.size(); s++) {
                if (space.publicState(s) == state) {
                    expected += rows.get(i).get(ids.get(s));
                }
            }
            checks.add(new double[] {Double.parseDouble(r.get("mean")), Double.parseDouble(r.get("sd")), expected});
        }
        assertEquals(times.length * 7, checks.size(), "every state at every time");
        double bound = new NormalDistribution(0, 1).inverseCumulativeProbability(1 - 0.001 / (2 * checks.size()));
        double maxZ = 0;
        for (double[] c : checks) {
            // a count no cell varied in (a rare state, all cells at 0): its variance is at most its mean (a sum of
            // independent receptors' indicators and Poisson-born receptors), so the standard error at most
            // sqrt(expected / cells)
            double se = c[1] > 0 ? c[1] / Math.sqrt(cells) : Math.sqrt(c[2] / cells);
            if (se == 0) {
                assertEquals(c[2], c[0], 1e-9 * receptors, "a state that cannot vary is its expectation");
                continue;
            }
            double z = Math.abs(c[0] - c[2]) / se;
            maxZ = Math.max(maxZ, z);
        }
        System.out.printf(Locale.ROOT, "ensemble of %d cells vs SBML: max |z| %.2f over %d state-times "
                + "(Bonferroni bound %.2f, family-wise 0.1 %%)%n", cells, maxZ, checks.size(), bound);
        assertTrue(maxZ < bound, "ensemble mean off the SBML solution by " + maxZ + " standard errors");
    }

    private static List<Map<String, Double>> readCsv(Path file) throws IOException {
        List<Map<String, Double>> out = new ArrayList<>();
        for (Map<String, String> r : readRows(file)) {
            Map<String, Double> m = new HashMap<>();
            r.forEach((k, v) -> m.put(k, Double.parseDouble(v)));
            out.add(m);
        }
        return out;
    }

    private static List<Map<String, String>> readRows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String[] header = lines.get(0).split(",");
        List<Map<String, String>> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] v = line.split(",");
            Map<String, String> m = new HashMap<>();
            for (int k = 0; k < header.length; k++) {
                m.put(header[k].replace("\"", ""), v[k].replace("\"", ""));
            }
            out.add(m);
        }
        return out;
    }
}
