package org.receptorsim.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.receptorsim.model.ArmResult;
import org.receptorsim.model.CellSnapshot;
import org.receptorsim.pharmacology.Ligand;
import org.receptorsim.units.Concentration;

/**
 * When each ligand was present in each arm, read off the recorded concentrations, and how charts show it: a
 * protocol strip above the traces (a bar per ligand and arm, labelled with the ligand and its concentration; agonists
 * filled, antagonists open), and grey shading of the periods in which every arm had an agonist.
 *
 * @param rows one row per arm and ligand that was ever present, in arm then ligand order
 * @param common periods (seconds) in which an agonist was present in every arm
 * @param arms number of arms
 */
public record ExposurePeriods(List<Row> rows, List<double[]> common, int arms) {

    /**
     * A period of one ligand in one arm.
     *
     * @param startSeconds start (the recording before the ligand was first seen, seconds)
     * @param endSeconds end (the last recording with the ligand, seconds)
     * @param text ligand and concentration, e.g. "DAMGO 10 µM"
     */
    public record Bar(double startSeconds, double endSeconds, String text) {
    }

    /**
     * The periods of one ligand in one arm.
     *
     * @param arm arm name
     * @param ligand ligand name
     * @param agonist true if the ligand activates the receptor
     * @param bars its periods in time order
     */
    public record Row(String arm, String ligand, boolean agonist, List<Bar> bars) {
    }

    private static final Color AGONIST = new Color(0x4D4D4D);

    /** The periods of recorded arms. */
    public static ExposurePeriods of(List<ArmResult> results, List<Ligand> ligands) {
        List<String> arms = new ArrayList<>();
        List<double[]> times = new ArrayList<>();
        List<double[][]> molar = new ArrayList<>();
        for (ArmResult r : results) {
            arms.add(r.arm());
            List<CellSnapshot> s = r.snapshots();
            double[] t = new double[s.size()];
            double[][] c = new double[ligands.size()][s.size()];
            for (int i = 0; i < s.size(); i++) {
                t[i] = s.get(i).timeSeconds();
                for (int l = 0; l < ligands.size() && l < s.get(i).concentrationsMolar().length; l++) {
                    c[l][i] = s.get(i).concentrationsMolar()[l];
                }
            }
            times.add(t);
            molar.add(c);
        }
        return of(arms, times, molar, ligands);
    }

    /**
     * The periods from recorded concentrations.
     *
     * @param arms arm names
     * @param times per arm, the recording times (seconds; the same in every arm)
     * @param molar per arm, per ligand, the concentration at each recording (molar)
     * @param ligands the run's ligands
     * @return the periods
     */
    public static ExposurePeriods of(List<String> arms, List<double[]> times, List<double[][]> molar,
                                     List<Ligand> ligands) {
        List<Row> rows = new ArrayList<>();
        for (int a = 0; a < arms.size(); a++) {
            double[] t = times.get(a);
            for (int l = 0; l < ligands.size(); l++) {
                double[] c = molar.get(a)[l];
                List<Bar> bars = new ArrayList<>();
                int i = 1;
                while (i < t.length) {
                    if (!(c[i] > 0)) {
                        i++;
                        continue;
                    }
                    int first = i;
                    double lo = c[i];
                    double hi = c[i];
                    while (i < t.length && c[i] > 0) {
                        lo = Math.min(lo, c[i]);
                        hi = Math.max(hi, c[i]);
                        i++;
                    }
                    String name = ligands.get(l).name();
                    String text = hi <= lo * 1.0001 ? name + " " + concentration(hi)
                            : name + " up to " + concentration(hi);
                    bars.add(new Bar(t[first - 1], t[i - 1], text));
                }
                if (!bars.isEmpty()) {
                    rows.add(new Row(arms.get(a), ligands.get(l).name(), ligands.get(l).activatesReceptor(),
                            List.copyOf(bars)));
                }
            }
        }
        List<double[]> common = new ArrayList<>();
        if (!arms.isEmpty()) {
            double[] t = times.get(0);
            int i = 1;
            while (i < t.length) {
                if (!agonistInEveryArm(i, molar, ligands)) {
                    i++;
                    continue;
                }
                int first = i;
                while (i < t.length && agonistInEveryArm(i, molar, ligands)) {
                    i++;
                }
                common.add(new double[] {t[first - 1], t[i - 1]});
            }
        }
        return new ExposurePeriods(List.copyOf(rows), List.copyOf(common), arms.size());
    }

    private static boolean agonistInEveryArm(int i, List<double[][]> molar, List<Ligand> ligands) {
        for (double[][] arm : molar) {
            boolean any = false;
            for (int l = 0; l < ligands.size(); l++) {
                if (ligands.get(l).activatesReceptor() && i < arm[l].length && arm[l][i] > 0) {
                    any = true;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    /** A concentration for a label: "10 µM", "300 nM". */
    public static String concentration(double molar) {
        return new Concentration(molar).toString().replace("uM", "µM");
    }

    /** Shades, behind the data of a panel, the periods in which every arm had an agonist. */
    public void shade(XYPlot plot, TimeScale scale) {
        for (double[] p : common) {
            IntervalMarker m = new IntervalMarker(scale.of(p[0]), scale.of(p[1]), ChartStyle.EXPOSURE);
            m.setOutlinePaint(null);
            plot.addDomainMarker(m, Layer.BACKGROUND);
        }
    }

    /**
     * The protocol strip: one row per arm and ligand, a bar per period labelled with ligand and concentration
     * (inside the bar where it fits, else beside it); arm names on the left when there are several arms.
     *
     * @param scale the time axis' unit
     * @param durationSeconds the run's length (seconds)
     * @param plotWidthPoints the approximate width of the data area (points), to place the labels
     * @return the strip, or null when no ligand was ever present
     */
    public XYPlot strip(TimeScale scale, double durationSeconds, double plotWidthPoints) {
        if (rows.isEmpty()) {
            return null;
        }
        String[] labels = new String[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            boolean firstOfArm = r == 0 || !rows.get(r - 1).arm().equals(rows.get(r).arm());
            labels[r] = arms > 1 && firstOfArm ? rows.get(r).arm() : "";
        }
        NumberAxis y = new NumberAxis(null);
        y.setTickUnit(new NumberTickUnit(1, new RowNames(labels)), false, true);
        y.setTickMarksVisible(false);
        y.setAxisLineVisible(false);
        y.setRange(-rows.size() + 0.4, 0.6); // row r at y = -r: the first row on top
        XYSeries anchor = new XYSeries("strip"); // an invisible point: a plot without data draws no annotations
        anchor.add(0, 1);
        XYPlot plot = new XYPlot(new XYSeriesCollection(anchor), null, y, new XYLineAndShapeRenderer(false, false));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlineVisible(false);
        double span = scale.of(durationSeconds);
        double perPoint = span / Math.max(50, plotWidthPoints);
        double charWidth = 0.56 * ChartStyle.NOTE.getSize2D();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            for (int b = 0; b < row.bars().size(); b++) {
                Bar bar = row.bars().get(b);
                double x0 = scale.of(bar.startSeconds());
                double x1 = scale.of(bar.endSeconds());
                plot.addAnnotation(new XYBoxAnnotation(x0, -r - 0.32, x1, -r + 0.32, new BasicStroke(0.6f), AGONIST,
                        row.agonist() ? AGONIST : Color.WHITE));
                double textWidth = (bar.text().length() * charWidth + 6) * perPoint;
                double nextStart = b + 1 < row.bars().size() ? scale.of(row.bars().get(b + 1).startSeconds()) : span;
                XYTextAnnotation label;
                if (row.agonist() && x1 - x0 >= textWidth) {
                    label = new XYTextAnnotation(bar.text(), x0 + 3 * perPoint, -r);
                    label.setPaint(Color.WHITE);
                    label.setTextAnchor(TextAnchor.CENTER_LEFT);
                } else if (nextStart - x1 >= textWidth) {
                    label = new XYTextAnnotation(bar.text(), x1 + 3 * perPoint, -r);
                    label.setTextAnchor(TextAnchor.CENTER_LEFT);
                } else {
                    label = new XYTextAnnotation(bar.text(), x0 - 3 * perPoint, -r);
                    label.setTextAnchor(TextAnchor.CENTER_RIGHT);
                }
                label.setFont(ChartStyle.NOTE);
                plot.addAnnotation(label);
            }
        }
        return plot;
    }

    /** Tick labels of the strip's rows: the arm name at a row's index. */
    private static final class RowNames extends java.text.NumberFormat {
        private static final long serialVersionUID = 1L;
        private final String[] names;

        RowNames(String[] names) {
            this.names = names;
        }

        @Override
        public StringBuffer format(double number, StringBuffer to, java.text.FieldPosition pos) {
            long i = -Math.round(number);
            return to.append(Math.abs(number + i) < 1e-6 && i >= 0 && i < names.length ? names[(int) i] : "");
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, java.text.FieldPosition pos) {
            return format((double) number, to, pos);
        }

        @Override
        public Number parse(String source, java.text.ParsePosition pos) {
            return null;
        }
    }
}
