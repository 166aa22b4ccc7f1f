package org.receptorsim.bias;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.receptorsim.analysis.LogisticFit;
import org.receptorsim.assay.AssayData;
import org.receptorsim.assay.Pathway;
import org.receptorsim.assay.ResponseCurve;
import org.receptorsim.statistics.ConfidenceInterval;
import org.receptorsim.figure.ChartStyle;
import org.receptorsim.figure.DecadeLogAxis;
import org.receptorsim.figure.Figure;
import org.receptorsim.pharmacology.Ligand;

/** The figures of a bias analysis, in the project's chart style. */
public final class BiasCharts {

    private BiasCharts() {
    }

    /** The position of a ligand in the data's ligand list: its colour and marker. */
    static int index(AssayData data, String ligand) {
        int i = 0;
        for (Ligand l : data.ligands()) {
            if (l.name().equalsIgnoreCase(ligand)) {
                return i;
            }
            i++;
        }
        return i;
    }

    /**
     * Concentration–response of one pathway: the simulated means with their 95 % CI over the replicate cells, and
     * the fitted operational-model curves (the logistic where the operational fit failed).
     */
    public static Figure curves(AssayData data, BiasResult result, Pathway p) {
        YIntervalSeriesCollection points = new YIntervalSeriesCollection();
        XYSeriesCollection lines = new XYSeriesCollection();
        BiasResult.PathwayResult pr = result.pathway(p);
        List<String> flat = new ArrayList<>();
        XYErrorRenderer pointRenderer = new XYErrorRenderer();
        pointRenderer.setDefaultLinesVisible(false);
        pointRenderer.setDefaultShapesVisible(true);
        pointRenderer.setDrawXError(false);
        pointRenderer.setCapLength(3);
        pointRenderer.setErrorStroke(new BasicStroke(0.75f));
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        List<LegendItem> legend = new ArrayList<>();
        int cells = 0;
        for (ResponseCurve c : data.curves(p)) {
            YIntervalSeries s = new YIntervalSeries(c.ligand());
            double[] m = c.means();
            double[] sd = c.sds();
            cells = c.replicates();
            for (int j = 0; j < m.length; j++) {
                double half = ConfidenceInterval.of(m[j], sd[j], c.replicates(), 0.95).halfWidth();
                half = Double.isFinite(half) ? half : 0;
                s.add(c.concentrationsMolar()[j], m[j], m[j] - half, m[j] + half);
            }
            int i = index(data, c.ligand());
            int series = points.getSeriesCount();
            points.addSeries(s);
            XYSeries f = new XYSeries(c.ligand() + " fit", false, true);
            BiasResult.LigandResult lr = pr == null ? null : pr.ligand(c.ligand());
            if (lr != null && lr.curveFailure() != null) {
                flat.add(c.ligand());
            }
            double lo = Math.log10(c.concentrationsMolar()[0]);
            double hi = Math.log10(c.concentrationsMolar()[c.concentrationsMolar().length - 1]);
            for (int k = 0; k <= 80; k++) {
                double x = Math.pow(10, lo + (hi - lo) * k / 80);
                double y = fitted(pr, lr, x);
                if (Double.isFinite(y)) {
                    f.add(x, y);
                }
            }
            lines.addSeries(f);
            pointRenderer.setSeriesPaint(series, ChartStyle.colour(i));
            pointRenderer.setSeriesShape(series, ChartStyle.marker(i));
            lineRenderer.setSeriesPaint(series, ChartStyle.colour(i));
            lineRenderer.setSeriesStroke(series, ChartStyle.line(i, 1f));
            legend.add(ChartStyle.legendLine(c.ligand(), ChartStyle.colour(i), ChartStyle.line(i, 1f),
                    ChartStyle.marker(i)));
        }
        pointRenderer.setErrorPaint(null);
        legend.add(ChartStyle.legendNote("points: mean ± 95 % CI of " + cells + " cells; lines: operational-model fit"));
        NumberAxis y = ChartStyle.numberAxis(p.unit());
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(points, new DecadeLogAxis("concentration (M)"), y, pointRenderer);
        plot.setDataset(1, lines);
        plot.setRenderer(1, lineRenderer);
        plot.setFixedLegendItems(collection(legend));
        JFreeChart chart = new JFreeChart(p.label() + ", read at " + minutes(data.design().readSeconds(p)),
                ChartStyle.TITLE, plot, true);
        if (pr != null && pr.failure() != null) {
            chart.addSubtitle(ChartStyle.note(pr.failure()));
        } else if (!flat.isEmpty()) {
            chart.addSubtitle(ChartStyle.note("flat, not fitted: " + String.join(", ", flat)));
        }
        return Figure.of("curves-" + p.id(), chart, Figure.DOUBLE_COLUMN, 320);
    }

    private static LegendItemCollection collection(List<LegendItem> items) {
        LegendItemCollection c = new LegendItemCollection();
        items.forEach(c::add);
        return c;
    }

    private static double fitted(BiasResult.PathwayResult pr, BiasResult.LigandResult lr, double molar) {
        if (pr == null || lr == null || lr.curveFailure() != null) {
            return Double.NaN;
        }
        BiasResult.Operational op = lr.operational();
        if (op.failure() == null && op.logTau().defined() && op.systemEmax().defined()) {
            return OperationalFit.value(molar, op.systemEmax().value(), op.systemHill().value(), op.logTau().value(),
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
     * above it are biased toward the G protein). Each label sits right of its ligand's horizontal interval and is
     * moved up or down where it would overlap another label.
     */
    public static Figure biasPlot(AssayData data, BiasResult result, Pathway g, Pathway other) {
        XYIntervalSeriesCollection ds = new XYIntervalSeriesCollection();
        XYErrorRenderer r = new XYErrorRenderer();
        List<double[]> anchors = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Color> textColours = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<LegendItem> legend = new ArrayList<>();
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
            int i = index(data, l.name());
            XYIntervalSeries s = new XYIntervalSeries(l.name());
            s.add(ex.value(), lowOr(ex), highOr(ex), ey.value(), lowOr(ey), highOr(ey));
            int series = ds.getSeriesCount();
            ds.addSeries(s);
            r.setSeriesPaint(series, ChartStyle.colour(i));
            r.setSeriesShape(series, ChartStyle.marker(i));
            legend.add(ChartStyle.legendLine(l.name(), ChartStyle.colour(i), new BasicStroke(0f),
                    ChartStyle.marker(i)));
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
            anchors.add(new double[] {highOr(ex), ey.value()});
            texts.add(text);
            textColours.add(ChartStyle.colour(i).darker());
        }
        NumberAxis x = ChartStyle.numberAxis("log(τ/KA), " + other.label());
        NumberAxis y = ChartStyle.numberAxis("log(τ/KA), " + g.label());
        r.setDefaultLinesVisible(false);
        r.setDefaultShapesVisible(true);
        r.setCapLength(4);
        r.setErrorStroke(new BasicStroke(1f));
        XYPlot plot = new XYPlot(ds, x, y, r);
        double width = 380;
        double height = 380;
        if (Double.isFinite(min)) {
            double pad = Math.max(0.3, 0.1 * (max - min));
            double lo = min - pad;
            double hi = max + pad;
            double labelRoom = 0.45 * (hi - lo);
            x.setRange(lo, hi + labelRoom);
            y.setRange(lo, hi);
            if (Double.isFinite(ref0x)) {
                double a = lo - 1;
                double b = hi + labelRoom + 1;
                plot.addAnnotation(new XYLineAnnotation(a, ref0y + (a - ref0x), b, ref0y + (b - ref0x),
                        ChartStyle.line(1, 0.8f), Color.GRAY));
                legend.add(ChartStyle.legendLine("no bias (slope 1 through " + result.reference() + ")", Color.GRAY,
                        ChartStyle.line(1, 0.8f), null));
            }
            placeLabels(plot, anchors, texts, textColours, (hi + labelRoom - lo) / (width - 70),
                    (hi - lo) / (height - 110));
        }
        legend.add(ChartStyle.legendNote("error bars: " + Math.round(100 * result.level()) + " % bootstrap CI"));
        plot.setFixedLegendItems(collection(legend));
        JFreeChart chart = new JFreeChart("Bias plot: " + g.shortLabel() + " vs " + other.shortLabel() + " (reference "
                + result.reference() + ")", ChartStyle.TITLE, plot, true);
        String sub = "above the dashed line: biased toward " + g.shortLabel();
        if (!missing.isEmpty()) {
            sub += "; not determinable: " + String.join(", ", missing);
        }
        chart.addSubtitle(ChartStyle.note(sub));
        return Figure.of("bias-plot", chart, width, height);
    }

    /**
     * Places labels right of their anchors (data units), nudging them vertically, in order of height, so that no two
     * overlap; the sizes of a point in data units are given per axis.
     */
    static void placeLabels(XYPlot plot, List<double[]> anchors, List<String> texts, List<Color> colours,
                            double xPerPoint, double yPerPoint) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        g.setFont(ChartStyle.TICK);
        double lineHeight = (g.getFontMetrics().getHeight() + 1) * yPerPoint;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < anchors.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> -anchors.get(i)[1]));
        List<double[]> placed = new ArrayList<>(); // x0, x1, y
        for (int i : order) {
            double x0 = anchors.get(i)[0] + 6 * xPerPoint;
            double x1 = x0 + (g.getFontMetrics().stringWidth(texts.get(i)) + 2) * xPerPoint;
            double y = anchors.get(i)[1];
            boolean moved = true;
            while (moved) {
                moved = false;
                for (double[] p : placed) {
                    double below = p[2] - lineHeight; // below the label above it
                    // only a strict move down counts: (y - lineHeight) - y can round to just under lineHeight
                    if (x0 < p[1] && x1 > p[0] && Math.abs(y - p[2]) < lineHeight && below < y) {
                        y = below;
                        moved = true;
                    }
                }
            }
            placed.add(new double[] {x0, x1, y});
            XYTextAnnotation a = new XYTextAnnotation(texts.get(i), x0, y);
            a.setTextAnchor(TextAnchor.CENTER_LEFT);
            a.setFont(ChartStyle.TICK);
            a.setPaint(colours.get(i));
            plot.addAnnotation(a);
        }
        g.dispose();
    }

    /**
     * The receptor-reserve experiment: above, the apparent bias of the low-efficacy agonist by the operational model
     * (ΔΔlog(τ/KA) with intervals) and by Emax ratios, against the fraction of receptors left; below, its G-pathway
     * Emax relative to the reference's.
     */
    public static Figure reserve(ReceptorReserveExperiment.Result r, double level) {
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
        NumberAxis y1 = ChartStyle.numberAxis("apparent bias (log units)");
        y1.setAutoRangeIncludesZero(true);
        XYErrorRenderer er = new XYErrorRenderer();
        er.setDefaultLinesVisible(true);
        er.setDefaultShapesVisible(true);
        er.setDrawXError(false);
        er.setCapLength(4);
        er.setSeriesPaint(0, ChartStyle.colour(0));
        er.setSeriesStroke(0, ChartStyle.line(0));
        er.setSeriesShape(0, ChartStyle.marker(0));
        XYPlot top = new XYPlot(dd, null, y1, er);
        XYLineAndShapeRenderer nr = new XYLineAndShapeRenderer(true, true);
        nr.setSeriesPaint(0, ChartStyle.colour(1));
        nr.setSeriesStroke(0, ChartStyle.line(1));
        nr.setSeriesShape(0, ChartStyle.marker(1));
        top.setDataset(1, naive);
        top.setRenderer(1, nr);
        NumberAxis y2 = ChartStyle.numberAxis("G Emax (% of " + r.reference() + ")");
        y2.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer rr = new XYLineAndShapeRenderer(true, true);
        rr.setSeriesPaint(0, ChartStyle.colour(2));
        rr.setSeriesStroke(0, ChartStyle.line(2));
        rr.setSeriesShape(0, ChartStyle.marker(2));
        XYPlot bottom = new XYPlot(emax, null, y2, rr);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new DecadeLogAxis("fraction of receptors left"));
        plot.setGap(8);
        plot.add(top, 3);
        plot.add(bottom, 2);
        List<LegendItem> legend = List.of(
                ChartStyle.legendLine("ΔΔlog(τ/KA), operational model (" + Math.round(100 * level)
                        + " % bootstrap CI)", ChartStyle.colour(0), ChartStyle.line(0), ChartStyle.marker(0)),
                ChartStyle.legendLine("log Emax-ratio bias", ChartStyle.colour(1), ChartStyle.line(1),
                        ChartStyle.marker(1)),
                ChartStyle.legendLine(r.ligand() + " G Emax, % of " + r.reference(), ChartStyle.colour(2),
                        ChartStyle.line(2), ChartStyle.marker(2)));
        plot.setFixedLegendItems(collection(legend));
        JFreeChart chart = new JFreeChart("Receptor reserve: apparent bias of " + r.ligand() + " vs "
                + r.reference(), ChartStyle.TITLE, plot, true);
        chart.addSubtitle(ChartStyle.note("apparent bias " + r.gPathway().shortLabel() + " vs " + r.versus().shortLabel()
                + "; receptors removed in the " + r.gPathway().label() + " assay only, where " + r.reference()
                + " τ falls in proportion"));
        return Figure.of("reserve", chart, Figure.DOUBLE_COLUMN, 380);
    }

    /**
     * The G-pathway curves of the reference (solid, circles) and the ligand (dashed, squares) at every receptor
     * level, one colour per level.
     */
    public static Figure reserveCurves(ReceptorReserveExperiment.Result r) {
        XYSeriesCollection ds = new XYSeriesCollection();
        XYLineAndShapeRenderer lr = new XYLineAndShapeRenderer(true, true);
        List<LegendItem> legend = new ArrayList<>();
        int k = 0;
        int levels = r.levels().size();
        for (int i = 0; i < levels; i++) {
            AssayData d = r.data().get(i);
            Color colour = ChartStyle.ordered(i, levels);
            legend.add(ChartStyle.legendBox(org.receptorsim.units.Quantities.trim(String.format(Locale.ROOT, "%.3g",
                    100 * r.levels().get(i).fraction())) + " % of receptors", colour));
            List<String> names = List.of(r.reference(), r.ligand());
            for (int n = 0; n < names.size(); n++) {
                ResponseCurve c = d.curve(r.gPathway(), names.get(n)).orElse(null);
                if (c == null) {
                    continue;
                }
                XYSeries s = new XYSeries(names.get(n) + " " + i, false, true);
                double[] m = c.means();
                for (int j = 0; j < m.length; j++) {
                    s.add(c.concentrationsMolar()[j], m[j]);
                }
                ds.addSeries(s);
                lr.setSeriesPaint(k, colour);
                lr.setSeriesStroke(k, ChartStyle.line(n, 1f));
                lr.setSeriesShape(k, ChartStyle.marker(n));
                k++;
            }
        }
        legend.add(ChartStyle.legendLine(r.reference(), Color.DARK_GRAY, ChartStyle.line(0, 1f), ChartStyle.marker(0)));
        legend.add(ChartStyle.legendLine(r.ligand(), Color.DARK_GRAY, ChartStyle.line(1, 1f), ChartStyle.marker(1)));
        legend.add(ChartStyle.legendNote("mean of the cells at each concentration"));
        NumberAxis y = ChartStyle.numberAxis(r.gPathway().unit());
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(ds, new DecadeLogAxis("concentration (M)"), y, lr);
        plot.setFixedLegendItems(collection(legend));
        JFreeChart chart = new JFreeChart("Receptor reserve: " + r.gPathway().label() + " of " + r.reference()
                + " and " + r.ligand(), ChartStyle.TITLE, plot, true);
        return Figure.of("reserve-curves", chart, Figure.DOUBLE_COLUMN, 340);
    }

    private static double lowOr(Estimate e) {
        return e.hasInterval() ? e.lower() : e.value();
    }

    private static double highOr(Estimate e) {
        return e.hasInterval() ? e.upper() : e.value();
    }

    /** A read time in whole minutes, or in seconds where it is not a whole number of minutes. */
    public static String minutes(double seconds) {
        return seconds % 60 == 0 ? String.format(Locale.ROOT, "%d min", (long) (seconds / 60))
                : String.format(Locale.ROOT, "%.0f s", seconds);
    }
}
