package org.receptorsim.organism.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The windows of an arm: the named ones of its scenario plus the automatic {@code all}, {@code dose<k>} and
 * {@code lastDose}.
 */
public final class Windows {

    /** How long the window of a single dose lasts (seconds). */
    public static final double LAST_DOSE_WINDOW_SECONDS = 24 * 3600;

    private Windows() {
    }

    /**
     * The automatic windows of an arm.
     *
     * @param durationSeconds the arm's duration
     * @param doseTimes start of every single dose, in time order (seconds)
     * @return all; dose1..doseN, each from its dose to the next (the last as long as the interval before it, or
     *     24 h for a single dose; cut at the end); lastDose, from the last dose to the end
     */
    public static Map<String, Window> automatic(double durationSeconds, List<Double> doseTimes) {
        Map<String, Window> w = new LinkedHashMap<>();
        w.put("all", new Window(0, durationSeconds));
        List<Double> starts = doseTimes.stream().distinct().sorted().toList();
        for (int k = 0; k < starts.size(); k++) {
            double from = starts.get(k);
            double to = k + 1 < starts.size() ? starts.get(k + 1)
                    : k > 0 ? from + (from - starts.get(k - 1)) : from + LAST_DOSE_WINDOW_SECONDS;
            if (from <= durationSeconds) {
                w.put("dose" + (k + 1), new Window(from, Math.max(from, Math.min(to, durationSeconds))));
            }
        }
        if (!starts.isEmpty() && starts.get(starts.size() - 1) <= durationSeconds) {
            w.put("lastDose", new Window(starts.get(starts.size() - 1), durationSeconds));
        }
        return w;
    }
}
