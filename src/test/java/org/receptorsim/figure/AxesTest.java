package org.receptorsim.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/** Log axes label whole decades (or 1-2-5 within one decade), never fractions of one; time axes suit the run. */
class AxesTest {

    @Test
    void logAxesLabelWholeDecades() {
        assertEquals(List.of(1e-11, 1e-10, 1e-9, 1e-8, 1e-7, 1e-6), DecadeLogAxis.labelledValues(3e-12, 3e-6, 1),
                "decades only: no 10^-10.5");
        assertEquals(List.of(1e-10, 1e-8, 1e-6), DecadeLogAxis.labelledValues(3e-12, 3e-6, 2),
                "every second decade where labels would crowd");
        assertEquals(List.of(1.0, 2.0, 5.0), DecadeLogAxis.labelledValues(0.9, 5.5, 1),
                "within one decade 1, 2, 5: not 1.12, 1.26, 1.41");
        assertEquals(List.of(0.01, 0.1, 1.0), DecadeLogAxis.labelledValues(0.008, 1.2, 1));
        assertEquals(List.of(1.0, 1.2, 1.5), DecadeLogAxis.labelledValues(0.95, 1.7, 1),
                "a tolerance's fold shift of 1-1.7 gets round labels, not a lone 1");
        assertEquals(List.of(1.1, 1.2), DecadeLogAxis.labelledValues(1.02, 1.25, 1));
        assertEquals("10⁻⁹", DecadeLogAxis.label(1e-9, 1e-12, 1e-5));
        assertEquals("10¹²", DecadeLogAxis.label(1e12, 1, 1e13));
        assertEquals("0.01", DecadeLogAxis.label(0.01, 0.005, 2));
        assertEquals("2", DecadeLogAxis.label(2, 0.9, 5.5));
    }

    @Test
    void timeAxesUseTheUnitThatSuitsTheRun() {
        assertEquals(TimeScale.SECONDS, TimeScale.forDuration(120));
        assertEquals(TimeScale.MINUTES, TimeScale.forDuration(45 * 60));
        assertEquals(TimeScale.MINUTES, TimeScale.forDuration(2 * 3600));
        assertEquals(TimeScale.HOURS, TimeScale.forDuration(24 * 3600), "a day in hours, not 0-1,440 min");
        assertEquals(TimeScale.DAYS, TimeScale.forDuration(7 * 86400));
        var day = TimeScale.HOURS.axis(24 * 3600);
        assertEquals("time (h)", day.getLabel());
        assertEquals(24, day.getUpperBound(), 0);
        assertEquals(2, day.getTickUnit().getSize(), 0, "ticks every 2 h: at most 12 of them");
        assertEquals(5, TimeScale.MINUTES.axis(45 * 60).getTickUnit().getSize(), 0);
        assertEquals(1.5, TimeScale.HOURS.of(5400), 1e-12);
    }

    /**
     * The GUI's live time axes choose their step themselves: at every run length, at every chart width from narrow to
     * wide, and while the run has only just begun, neighbouring labels never touch (a 4-min run at 430 px once read
     * "00.1.0.2...", its labels drawn at 0.1-min steps over each other).
     */
    @Test
    void liveTimeAxesChooseStepsWhoseLabelsDoNotTouch() {
        Font screen = ChartStyle.TICK.deriveFont(ChartStyle.TICK.getSize2D() * 1.35f);
        Graphics2D g2 = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        FontMetrics fm = g2.getFontMetrics(screen);
        double[] durations = {30, 120, 240, 600, 3600, 6 * 3600, 86400, 3 * 86400, 7 * 86400, 28 * 86400};
        for (double duration : durations) {
            for (double[] range : new double[][] {{0, duration}, {0, duration * 1.7}}) {
                for (int width : new int[] {120, 180, 250, 430, 800, 1600}) {
                    TimeScale scale = TimeScale.forDuration(duration);
                    NumberAxis axis = scale.axis(duration);
                    axis.setAutoTickUnitSelection(true);
                    axis.setRange(0, scale.of(range[1]));
                    axis.setTickLabelFont(screen);
                    Rectangle2D area = new Rectangle2D.Double(0, 0, width, 100);
                    List<?> drawn = axis.refreshTicks(g2, new AxisState(), area, RectangleEdge.BOTTOM);
                    List<NumberTick> ticks = drawn.stream().map(NumberTick.class::cast).filter(t -> t.getTickType() == TickType.MAJOR)
                            .toList();
                    String where = duration + " s run shown to " + range[1] + " s at " + width + " px: " + ticks;
                    assertTrue(ticks.size() >= 2, "at least two labels: " + where);
                    for (int i = 1; i < ticks.size(); i++) {
                        NumberTick a = ticks.get(i - 1);
                        NumberTick b = ticks.get(i);
                        double gap = axis.valueToJava2D(b.getValue(), area, RectangleEdge.BOTTOM)
                                - axis.valueToJava2D(a.getValue(), area, RectangleEdge.BOTTOM)
                                - (fm.stringWidth(a.getText()) + fm.stringWidth(b.getText())) / 2.0;
                        assertTrue(gap >= fm.getHeight() * 0.99, "labels " + a.getText() + " and " + b.getText()
                                + " " + gap + " px apart: " + where);
                    }
                }
            }
        }
        NumberAxis fourMinutes = TimeScale.MINUTES.axis(240);
        fourMinutes.setAutoTickUnitSelection(true);
        fourMinutes.setTickLabelFont(screen);
        fourMinutes.refreshTicks(g2, new AxisState(), new Rectangle2D.Double(0, 0, 430, 100), RectangleEdge.BOTTOM);
        assertNotEquals(0.1, fourMinutes.getTickUnit().getSize(), "not 0.1-min steps on a 4-min run at 430 px");
        NumberAxis hour = TimeScale.MINUTES.axis(3600);
        hour.setAutoTickUnitSelection(true);
        hour.setTickLabelFont(screen);
        hour.refreshTicks(g2, new AxisState(), new Rectangle2D.Double(0, 0, 430, 100), RectangleEdge.BOTTOM);
        assertEquals(5, hour.getTickUnit().getSize(), 0, "an hour at 430 px: every 5 min, the finest that fits");
    }
}
