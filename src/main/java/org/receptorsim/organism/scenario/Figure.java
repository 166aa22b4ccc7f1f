package org.receptorsim.organism.scenario;

import java.util.List;
import org.receptorsim.organism.analysis.Statistic;

/**
 * A figure of an organism scenario, resolved.
 *
 * @param name file name without .png
 * @param title chart title
 * @param perDose true: one point per dose (the statistic of each dose's window against the dose's day); false: time
 *     course
 * @param fromSeconds start of the time axis (time course; negative before the last dose when aligned to it)
 * @param toSeconds end of the time axis (time course; +∞ for the end)
 * @param days true: time axis in days, false: hours
 * @param alignLastDose true: time measured from each arm's last dose
 * @param foldSeconds per dose: courses repeating with this period are overlaid (0: none)
 * @param panels panels, top to bottom
 */
public record Figure(String name, String title, boolean perDose, double fromSeconds, double toSeconds, boolean days,
                     boolean alignLastDose, double foldSeconds, List<Panel> panels) {

    /**
     * One panel.
     *
     * @param series series drawn
     * @param arms arms drawn
     * @param label y-axis label
     * @param statistic per dose: what is read from each dose's window
     * @param normalizeToFirst per dose: divide by the first dose's value
     */
    public record Panel(List<String> series, List<String> arms, String label, Statistic statistic,
                        boolean normalizeToFirst) {
    }
}
