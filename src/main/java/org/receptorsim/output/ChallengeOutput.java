package org.receptorsim.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.receptorsim.analysis.ArmSummary;
import org.receptorsim.model.ArmResult;
import org.receptorsim.model.ChallengeCurve;

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

    /** The curves of every arm and time: points as simulated, lines as fitted. */
    public static JFreeChart chart(String title, List<ArmResult> results, List<ArmSummary> summaries) {
        XYSeriesCollection points = new XYSeriesCollection();
        XYSeriesCollection fits = new XYSeriesCollection();
        for (int a = 0; a < results.size(); a++) {
            ArmResult r = results.get(a);
            ArmSummary s = summaries.get(a);
            for (int k = 0; k < r.challengeCurves().size(); k++) {
                ChallengeCurve c = r.challengeCurves().get(k);
                boolean several = r.challengeCurves().stream().map(ChallengeCurve::ligand).distinct().count() > 1;
                String label = (results.size() > 1 ? r.arm() + " " : "") + (several ? c.ligand() + " " : "")
                        + String.format(java.util.Locale.ROOT, "%.3g h", c.timeSeconds() / 3600);
                XYSeries p = new XYSeries(label, false, true);
                for (int i = 0; i < c.concentrationsMolar().length; i++) {
                    p.add(c.concentrationsMolar()[i], c.responses()[i]);
                }
                points.addSeries(p);
                ArmSummary.ChallengeFit fit = s.challenges().get(k);
                XYSeries f = new XYSeries(label + " fit", false, true);
                if (fit.fitFailure() == null) {
                    double lo = Math.log10(c.concentrationsMolar()[0]);
                    double hi = Math.log10(c.concentrationsMolar()[c.concentrationsMolar().length - 1]);
                    for (int i = 0; i <= 60; i++) {
                        double x = lo + (hi - lo) * i / 60;
                        f.add(Math.pow(10, x), fit.fittedResponse(Math.pow(10, x)));
                    }
                }
                fits.addSeries(f);
            }
        }
        LogAxis x = new LogAxis("test concentration (M)");
        x.setBase(10);
        x.setSmallestValue(1e-13);
        NumberAxis y = new NumberAxis("response (%)");
        XYLineAndShapeRenderer pointRenderer = new XYLineAndShapeRenderer(false, true);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < points.getSeriesCount(); i++) {
            Color c = TimeSeriesChart.PALETTE[i % TimeSeriesChart.PALETTE.length];
            pointRenderer.setSeriesPaint(i, c);
            lineRenderer.setSeriesPaint(i, c);
            lineRenderer.setSeriesStroke(i, new BasicStroke(1.5f));
            lineRenderer.setSeriesVisibleInLegend(i, false);
        }
        XYPlot plot = new XYPlot(points, x, y, pointRenderer);
        plot.setDataset(1, fits);
        plot.setRenderer(1, lineRenderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
