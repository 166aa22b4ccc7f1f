package org.receptorsim.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.receptorsim.figure.ChartStyle;

/**
 * Labels of the bias plot: stacked below each other when they would overlap, for anchors at any height, including
 * heights where moving a label one line down lands, after rounding, just under one line from the label above (which
 * once kept the placement moving the label to the same place forever).
 */
class BiasChartLabelsTest {

    @Test
    void overlappingLabelsAreStackedOneLineApartAtAnyHeight() {
        for (int k = 0; k <= 400; k++) {
            double height = -2 + 0.01 * k;
            for (double yPerPoint : new double[] {0.001, 0.0037, 0.01, 0.0123}) {
                XYPlot plot = new XYPlot();
                List<double[]> anchors = List.of(new double[] {0, height}, new double[] {0, height},
                        new double[] {0.01, height - 0.5 * yPerPoint}, new double[] {0, height});
                List<String> texts = List.of("oliceridine", "compound-X", "biased-X", "DAMGO");
                assertTimeoutPreemptively(Duration.ofSeconds(5), () -> BiasCharts.placeLabels(plot, anchors, texts,
                        Collections.nCopies(4, Color.BLACK), 0.01, yPerPoint), "anchors at " + height);
                List<Double> ys = new ArrayList<>();
                for (XYAnnotation a : plot.getAnnotations()) {
                    ys.add(((XYTextAnnotation) a).getY());
                }
                assertEquals(4, ys.size());
                Collections.sort(ys);
                for (int i = 1; i < ys.size(); i++) {
                    double gap = ys.get(i) - ys.get(i - 1);
                    assertTrue(gap > (1 - 1e-9) * lineHeight(yPerPoint), "labels " + ys + " at " + height
                            + " overlap");
                }
            }
        }
    }

    /** One line of tick-font text in data units: the font's height plus a point. */
    private static double lineHeight(double yPerPoint) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        g.setFont(ChartStyle.TICK);
        double h = (g.getFontMetrics().getHeight() + 1) * yPerPoint;
        g.dispose();
        return h;
    }
}
