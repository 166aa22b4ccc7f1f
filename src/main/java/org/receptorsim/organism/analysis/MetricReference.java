package org.receptorsim.organism.analysis;

/**
 * A number of one arm: {@code ARM:SERIES.STATISTIC@WINDOW}, e.g. {@code novel:ventilationDepression.max@test}.
 * Windows are the scenario's named ones, {@code all}, {@code dose<k>} (from the k-th dose, 1-based, to the next; the
 * last as long as the interval before it) and {@code lastDose} (from the last dose to the end): see {@link Windows}.
 *
 * @param arm the arm's name
 * @param series the series' name
 * @param statistic what is read
 * @param window the window's name
 */
public record MetricReference(String arm, String series, Statistic statistic, String window) {

    /**
     * Parses a reference.
     *
     * @param text e.g. "chronic:allostaticLoad.end@lastDose"
     * @return the reference
     * @throws IllegalArgumentException saying what was expected
     */
    public static MetricReference parse(String text) {
        String t = text.trim();
        int at = t.lastIndexOf('@');
        int colon = t.indexOf(':');
        if (at < 0 || colon < 0 || colon > at) {
            throw new IllegalArgumentException("expected ARM:SERIES.STATISTIC@WINDOW, got '" + text + "'");
        }
        String arm = t.substring(0, colon).trim();
        String middle = t.substring(colon + 1, at).trim();
        String window = t.substring(at + 1).trim();
        int dot = middle.indexOf('.');
        if (arm.isEmpty() || dot <= 0 || window.isEmpty()) {
            throw new IllegalArgumentException("expected ARM:SERIES.STATISTIC@WINDOW, got '" + text + "'");
        }
        return new MetricReference(arm, middle.substring(0, dot), Statistic.parse(middle.substring(dot + 1)), window);
    }

    @Override
    public String toString() {
        return arm + ":" + series + "." + statistic + "@" + window;
    }
}
