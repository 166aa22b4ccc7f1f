package org.receptorsim.output;

import java.awt.Color;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.receptorsim.analysis.ArmSummary;
import org.receptorsim.model.ArmResult;
import org.receptorsim.figure.ChartStyle;
import org.receptorsim.figure.DecadeLogAxis;
import org.receptorsim.figure.Figure;
import org.receptorsim.model.ChallengeCurve;
import org.receptorsim.model.ChallengePlan;

/**
 * Challenge experiments on disk: every measured point as CSV, and the family of concentration–response curves
 * (simulated points, fitted Hill curves) as a chart — the rightward shift of tolerance made visible.
 */
public final class ChallengeOutput {

    private ChallengeOutput() {
    }

    /** Writes {@code arm, time_s, ligand, concentration_M, response_percent} rows. */
    public static void writeCsv(Path file, List<ArmResult> results) throws IOException {
        CsvSchema schema = CsvSchema.builder().setUseHeader(true).addColumn("arm").addColumn("time_s")
                .addColumn("ligand").addColumn("concentration_M").addColumn("response_percent").build();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             var seq = new CsvMapper().writer(schema).writeValues(w)) {
            for (ArmResult r : results) {
                for (ChallengeCurve c : r.challengeCurves()) {
                    for (int i = 0; i < c.concentrationsMolar().length; i++) {
                        seq.write(List.of(r.arm(), c.timeSeconds(), c.ligand(), c.concentrationsMolar()[i],
                                c.responses()[i]));
                    }
                }
            }
        }
    }

    /**
     * The curves of every arm and time: points as simulated, lines as fitted; colour by time (viridis, early dark),
     * marker and dash by arm.
     *
     * @param name file name without extension
     * @param title chart title
     * @param results arm results with challenge curves
     * @param summaries their summaries (the fits)
     * @param testLigand name of the test agonist
     * @return the figure
     */
    public static Figure figure(String name, String title, List<ArmResult> results, List<ArmSummary> summaries,
                                String testLigand) {
        XYSeriesCollection points = new XYSeriesCollection();
        XYSeriesCollection fits = new XYSeriesCollection();
        XYLineAndShapeRenderer pointRenderer = new XYLineAndShapeRenderer(false, true);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        List<LegendItem> legend = new ArrayList<>();
        ChallengePlan.Readout readout = null;
        int times = results.stream().mapToInt(r -> (int) r.challengeCurves().stream()
                .filter(c -> c.ligand().equals(testLigand)).count()).max().orElse(0);
        for (int a = 0; a < results.size(); a++) {
            ArmResult r = results.get(a);
            ArmSummary s = summaries.get(a);
            int shown = -1;
            for (int k = 0; k < r.challengeCurves().size(); k++) {
                ChallengeCurve c = r.challengeCurves().get(k);
                if (c.ligand().equals(testLigand)) {
                    shown++;
                } else {
                    continue; // cross-tolerance curves of other test agonists are in challenges.csv
                }
                readout = c.readout();
                XYSeries p = new XYSeries(r.arm() + " " + c.timeSeconds(), false, true);
                for (int i = 0; i < c.concentrationsMolar().length; i++) {
                    p.add(c.concentrationsMolar()[i], c.responses()[i]);
                }
                ArmSummary.ChallengeFit fit = s.challenges().get(k);
                XYSeries f = new XYSeries(r.arm() + " " + c.timeSeconds() + " fit", false, true);
                if (fit.fitFailure() == null) {
                    double lo = Math.log10(c.concentrationsMolar()[0]);
                    double hi = Math.log10(c.concentrationsMolar()[c.concentrationsMolar().length - 1]);
                    for (int i = 0; i <= 60; i++) {
                        double x = lo + (hi - lo) * i / 60;
                        f.add(Math.pow(10, x), fit.fittedResponse(Math.pow(10, x)));
                    }
                }
                int series = points.getSeriesCount();
                points.addSeries(p);
                fits.addSeries(f);
                Color colour = ChartStyle.ordered(shown, times);
                pointRenderer.setSeriesPaint(series, colour);
                pointRenderer.setSeriesShape(series, ChartStyle.marker(a));
                lineRenderer.setSeriesPaint(series, colour);
                lineRenderer.setSeriesStroke(series, ChartStyle.line(a, 1f));
                if (a == 0) {
                    legend.add(ChartStyle.legendLine(hours(c.timeSeconds()), colour, ChartStyle.line(0, 1f),
                            ChartStyle.marker(0)));
                }
            }
        }
        if (results.size() > 1) {
            for (int a = 0; a < results.size(); a++) {
                legend.add(ChartStyle.legendLine(results.get(a).arm(), Color.DARK_GRAY, ChartStyle.line(a, 1f),
                        ChartStyle.marker(a)));
            }
        }
        legend.add(ChartStyle.legendNote("points: one simulated cell; lines: fitted curve"));
        DecadeLogAxis x = new DecadeLogAxis(testLigand + " concentration (M)");
        NumberAxis y = ChartStyle.numberAxis(readoutLabel(readout));
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(points, x, y, pointRenderer);
        plot.setDataset(1, fits);
        plot.setRenderer(1, lineRenderer);
        LegendItemCollection items = new LegendItemCollection();
        legend.forEach(items::add);
        plot.setFixedLegendItems(items);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
        return Figure.of(name, chart, Figure.DOUBLE_COLUMN, 330);
    }

    /** The y-axis label of a challenge readout, with its unit. */
    static String readoutLabel(ChallengePlan.Readout readout) {
        if (readout == null) {
            return "response (%)";
        }
        return switch (readout) {
            case CAMP -> "cAMP inhibition (% of the copy's control)";
            case CAMP_LEVEL -> "cAMP lowering (% of naive control)";
            case G_PROTEIN -> "G-protein activation (% of pool)";
        };
    }

    private static String hours(double seconds) {
        return org.receptorsim.units.Quantities.trim(String.format(java.util.Locale.ROOT, "%.3g", seconds / 3600))
                + " h";
    }
}
