package org.receptorsim.bias;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.receptorsim.assay.AssayData;
import org.receptorsim.assay.Pathway;
import org.receptorsim.assay.ResponseCurve;
import org.receptorsim.output.TimeSeriesChart;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.analysis.LogisticFit;

/** The charts of a bias analysis, rendered headless with JFreeChart. */
public final class BiasCharts {

    private BiasCharts() {
    }

    /** The colour of a ligand: its position in the data's ligand list, in the project's palette. */
    static Color colour(AssayData data, String ligand) {
        int i = 0;
        for (Ligand l : data.ligands()) {
            if (l.name().equalsIgnoreCase(ligand)) {
                return TimeSeriesChart.PALETTE[i % TimeSeriesChart.PALETTE.length];
            }
            i++;
        }
        return Color.GRAY;
    }

    /**
     * Concentration–response of one pathway: the simulated means (± SD of the replicate cells) and the fitted
     * operational-model curves (the logistic where the operational fit failed).
     */
    public static JFreeChart curves(AssayData data, BiasResult result, Pathway p) {
        YIntervalSeriesCollection points = new YIntervalSeriesCollection();
        XYSeriesCollection lines = new XYSeriesCollection();
        BiasResult.PathwayResult pr = result.pathway(p);
        List<String> flat = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        for (ResponseCurve c : data.curves(p)) {
            YIntervalSeries s = new YIntervalSeries(c.ligand());
            double[] m = c.means();
            double[] sd = c.sds();
            for (int j = 0; j < m.length; j++) {
                s.add(c.concentrationsMolar()[j], m[j], m[j] - sd[j], m[j] + sd[j]);
            }
            points.addSeries(s);
            colours.add(colour(data, c.ligand()));
            XYSeries f = new XYSeries(c.ligand() + " fit", false, true);
            BiasResult.LigandResult lr = pr == null ? null : pr.ligand(c.ligand());
            if (lr != null && lr.curveFailure() != null) {
                flat.add(c.ligand());
            }
            double lo = Math.log10(c.concentrationsMolar()[0]);
            double hi = Math.log10(c.concentrationsMolar()[c.concentrationsMolar().length - 1]);
            for (int i = 0; i <= 80; i++) {
                double x = Math.pow(10, lo + (hi - lo) * i / 80);
                double y = fitted(pr, lr, x);
                if (Double.isFinite(y)) {
                    f.add(x, y);
                }
            }
            lines.addSeries(f);
        }
        LogAxis x = new LogAxis("concentration (M)");
        x.setBase(10);
        x.setSmallestValue(1e-15);
        NumberAxis y = new NumberAxis(p.unit());
        y.setAutoRangeIncludesZero(true);
        XYErrorRenderer pr1 = new XYErrorRenderer();
        pr1.setDefaultLinesVisible(false);
        pr1.setDefaultShapesVisible(true);
        pr1.setDrawXError(false);
        XYLineAndShapeRenderer lr1 = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < colours.size(); i++) {
            pr1.setSeriesPaint(i, colours.get(i));
            lr1.setSeriesPaint(i, colours.get(i));
            lr1.setSeriesStroke(i, new BasicStroke(1.8f));
            lr1.setSeriesVisibleInLegend(i, false);
        }
        pr1.setErrorPaint(null);
        XYPlot plot = new XYPlot(points, x, y, pr1);
        plot.setDataset(1, lines);
        plot.setRenderer(1, lr1);
        style(plot);
        JFreeChart chart = new JFreeChart(p.label() + ", read at " + minutes(data.design().readSeconds(p)),
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        String sub = "points: mean ± SD of " + data.design().replicates() + " cells; lines: operational-model fit";
        if (pr != null && pr.failure() != null) {
            sub = pr.failure();
        } else if (!flat.isEmpty()) {
            sub += "; flat, not fitted: " + String.join(", ", flat);
        }
        chart.addSubtitle(new TextTitle(sub, new Font(Font.SANS_SERIF, Font.PLAIN, 11)));
        return chart;
    }

    private static double fitted(BiasResult.PathwayResult pr, BiasResult.LigandResult lr, double molar) {
        if (pr == null || lr == null || lr.curveFailure() != null) {
            return Double.NaN;
        }
        BiasResult.Operational op = lr.operational();
        if (op.failure() == null && op.logTau().defined() && pr.systemEmax().defined()) {
            return OperationalFit.value(molar, pr.systemEmax().value(), pr.hill().value(), op.logTau().value(),
                    op.logKa().value());
        }
        BiasResult.Logistic lg = lr.logistic();
        if (lg.failure() == null && lg.emax().defined()) {
            return LogisticFit.value(molar, lg.baseline().value(), lg.emax().value(),
                    Math.pow(10, lg.logEc50().value()), lg.hill().value());
        }
        return Double.NaN;
    }

    /**
     * The bias plot: log(τ/KA) in a G-protein pathway against log(τ/KA) in another pathway, every ligand with its
     * 95 % intervals in both directions; the dashed line of slope 1 through the reference is "no bias" (points
     * above it are biased toward the G protein).
     */
    public static JFreeChart biasPlot(AssayData data, BiasResult result, Pathway g, Pathway other) {
        XYIntervalSeriesCollection ds = new XYIntervalSeriesCollection();
        List<Color> colours = new ArrayList<>();
        List<XYTextAnnotation> labels = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        double ref0x = Double.NaN;
        double ref0y = Double.NaN;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Ligand l : data.ligands()) {
            BiasResult.LigandResult lg = result.pathway(g) == null ? null : result.pathway(g).ligand(l.name());
            BiasResult.LigandResult lo = result.pathway(other) == null ? null : result.pathway(other).ligand(l.name());
            Estimate ey = lg == null ? Estimate.NONE : lg.operational().logTauOverKa();
            Estimate ex = lo == null ? Estimate.NONE : lo.operational().logTauOverKa();
            if (!ex.defined() || !ey.defined()) {
                missing.add(l.name());
                continue;
            }
            XYIntervalSeries s = new XYIntervalSeries(l.name());
            s.add(ex.value(), lowOr(ex), highOr(ex), ey.value(), lowOr(ey), highOr(ey));
            ds.addSeries(s);
            colours.add(colour(data, l.name()));
            min = Math.min(min, Math.min(lowOr(ex), lowOr(ey)));
            max = Math.max(max, Math.max(highOr(ex), highOr(ey)));
            String text = l.name();
            BiasResult.BiasFactor b = result.bias(l.name(), g, other);
            if (b != null && b.ddLogTauOverKa().defined()) {
                text += String.format(Locale.ROOT, "  ΔΔ %.2f", b.ddLogTauOverKa().value());
            } else if (l.name().equalsIgnoreCase(result.reference())) {
                text += "  (reference)";
                ref0x = ex.value();
                ref0y = ey.value();
            }
            XYTextAnnotation a = new XYTextAnnotation(text, ex.value(), ey.value());
            a.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            a.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            a.setPaint(colour(data, l.name()).darker());
            labels.add(a);
        }
        NumberAxis x = new NumberAxis("log(τ/KA), " + other.label());
        NumberAxis y = new NumberAxis("log(τ/KA), " + g.label());
        x.setAutoRangeIncludesZero(false);
        y.setAutoRangeIncludesZero(false);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDefaultLinesVisible(false);
        r.setDefaultShapesVisible(true);
        r.setCapLength(6);
        r.setErrorStroke(new BasicStroke(1.5f));
        for (int i = 0; i < colours.size(); i++) {
            r.setSeriesPaint(i, colours.get(i));
        }
        XYPlot plot = new XYPlot(ds, x, y, r);
        style(plot);
        if (Double.isFinite(min)) {
            double pad = Math.max(0.3, 0.1 * (max - min));
            x.setRange(min - pad, max + pad + 0.6);
            y.setRange(min - pad, max + pad + 0.6);
            if (Double.isFinite(ref0x)) {
                double a = min - pad - 1;
                double b = max + pad + 2;
                plot.addAnnotation(new XYLineAnnotation(a, ref0y + (a - ref0x), b, ref0y + (b - ref0x),
                        new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                                new float[] {6f, 4f}, 0f), Color.GRAY));
            }
        }
        labels.forEach(plot::addAnnotation);
        JFreeChart chart = new JFreeChart("Bias plot: " + g.id() + " vs " + other.id() + " (reference "
                + result.reference() + ")", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        String sub = "error bars: " + Math.round(100 * result.level()) + " % bootstrap intervals; dashed: no bias "
                + "(slope 1 through the reference); above it: biased toward " + g.id();
        if (!missing.isEmpty()) {
            sub += "; not determinable: " + String.join(", ", missing);
        }
        chart.addSubtitle(new TextTitle(sub, new Font(Font.SANS_SERIF, Font.PLAIN, 11)));
        return chart;
    }

    /**
     * The receptor-reserve experiment: above, the apparent bias of the low-efficacy agonist by the operational model
     * (ΔΔlog(τ/KA) with intervals) and by Emax ratios, against the fraction of receptors left; below, its G-pathway
     * Emax relative to the reference's.
     */
    public static JFreeChart reserve(ReceptorReserveExperiment.Result r, double level) {
        YIntervalSeriesCollection dd = new YIntervalSeriesCollection();
        YIntervalSeries s = new YIntervalSeries("ΔΔlog(τ/KA), operational model");
        XYSeriesCollection naive = new XYSeriesCollection();
        XYSeries e = new XYSeries("log Emax-ratio comparison", false, true);
        XYSeriesCollection emax = new XYSeriesCollection();
        XYSeries em = new XYSeries(r.ligand() + " G Emax, % of " + r.reference(), false, true);
        for (ReceptorReserveExperiment.Level l : r.levels()) {
            if (l.bias().defined()) {
                s.add(l.fraction(), l.bias().value(), lowOr(l.bias()), highOr(l.bias()));
            }
            if (Double.isFinite(l.emaxRatioBias())) {
                e.add(l.fraction(), l.emaxRatioBias());
            }
            if (Double.isFinite(l.ligandGEmaxPercentOfReference())) {
                em.add(l.fraction(), l.ligandGEmaxPercentOfReference());
            }
        }
        dd.addSeries(s);
        naive.addSeries(e);
        emax.addSeries(em);
        LogAxis x = new LogAxis("fraction of receptors left (" + r.reference() + " τ in " + r.gPathway().id()
                + " falls in proportion)");
        x.setBase(10);
        x.setSmallestValue(1e-4);
        NumberAxis y1 = new NumberAxis("apparent bias, log units (" + r.gPathway().id() + " vs " + r.versus().id()
                + ")");
        y1.setAutoRangeIncludesZero(true);
        XYErrorRenderer er = new XYErrorRenderer();
        er.setDefaultLinesVisible(true);
        er.setDefaultShapesVisible(true);
        er.setDrawXError(false);
        er.setSeriesPaint(0, TimeSeriesChart.PALETTE[0]);
        er.setSeriesStroke(0, new BasicStroke(2f));
        XYPlot top = new XYPlot(dd, null, y1, er);
        XYLineAndShapeRenderer nr = new XYLineAndShapeRenderer(true, true);
        nr.setSeriesPaint(0, TimeSeriesChart.PALETTE[1]);
        nr.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
        top.setDataset(1, naive);
        top.setRenderer(1, nr);
        style(top);
        NumberAxis y2 = new NumberAxis("G Emax, % of reference");
        y2.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer rr = new XYLineAndShapeRenderer(true, true);
        rr.setSeriesPaint(0, TimeSeriesChart.PALETTE[2]);
        rr.setSeriesStroke(0, new BasicStroke(2f));
        XYPlot bottom = new XYPlot(emax, null, y2, rr);
        style(bottom);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
        plot.setGap(10);
        plot.add(top, 3);
        plot.add(bottom, 2);
        JFreeChart chart = new JFreeChart("Receptor reserve: apparent bias of " + r.ligand() + " vs "
                + r.reference(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle("receptors removed in the " + r.gPathway().label() + " assay only; error "
                + "bars " + Math.round(100 * level) + " % bootstrap intervals",
                new Font(Font.SANS_SERIF, Font.PLAIN, 11)));
        return chart;
    }

    /** The G-pathway curves of the reference (solid) and the ligand (dashed) at every receptor level. */
    public static JFreeChart reserveCurves(ReceptorReserveExperiment.Result r) {
        XYSeriesCollection ds = new XYSeriesCollection();
        XYLineAndShapeRenderer lr = new XYLineAndShapeRenderer(true, true);
        int k = 0;
        for (int i = 0; i < r.levels().size(); i++) {
            AssayData d = r.data().get(i);
            for (String name : List.of(r.reference(), r.ligand())) {
                ResponseCurve c = d.curve(r.gPathway(), name).orElse(null);
                if (c == null) {
                    continue;
                }
                XYSeries s = new XYSeries(String.format(Locale.ROOT, "%s, %.3g of receptors", name,
                        r.levels().get(i).fraction()), false, true);
                double[] m = c.means();
                for (int j = 0; j < m.length; j++) {
                    s.add(c.concentrationsMolar()[j], m[j]);
                }
                ds.addSeries(s);
                lr.setSeriesPaint(k, TimeSeriesChart.PALETTE[i % TimeSeriesChart.PALETTE.length]);
                lr.setSeriesStroke(k, name.equals(r.reference()) ? new BasicStroke(2f)
                        : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {6f, 4f}, 0f));
                k++;
            }
        }
        LogAxis x = new LogAxis("concentration (M)");
        x.setBase(10);
        x.setSmallestValue(1e-15);
        NumberAxis y = new NumberAxis(r.gPathway().unit());
        XYPlot plot = new XYPlot(ds, x, y, lr);
        style(plot);
        JFreeChart chart = new JFreeChart("Receptor reserve: " + r.gPathway().label() + " of " + r.reference()
                + " (solid) and " + r.ligand() + " (dashed)", new Font(Font.SANS_SERIF, Font.BOLD, 15), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    }

    private static double lowOr(Estimate e) {
        return e.hasInterval() ? e.lower() : e.value();
    }

    private static double highOr(Estimate e) {
        return e.hasInterval() ? e.upper() : e.value();
    }

    static String minutes(double seconds) {
        return seconds % 60 == 0 ? String.format(Locale.ROOT, "%d min", (long) (seconds / 60))
                : String.format(Locale.ROOT, "%.0f s", seconds);
    }
}
