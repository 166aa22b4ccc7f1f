package org.receptorsim.organism.analysis;

import java.util.function.ToDoubleFunction;

/**
 * A checked quantity: one metric, or two combined by {@code /} (ratio) or {@code -} (difference); either side may be
 * a plain number. Written with spaces around the operator, e.g.
 * {@code "novel:ventilationDepression.max@test / familiar:ventilationDepression.max@test"}.
 *
 * @param left the left term (a metric, or null when {@code leftNumber} is used)
 * @param leftNumber the left number (NaN when a metric)
 * @param operator '/', '-', or 0 for a single term
 * @param right the right term, or null
 * @param rightNumber the right number (NaN when a metric or absent)
 */
public record Quantity(MetricReference left, double leftNumber, char operator, MetricReference right,
                       double rightNumber) {

    /**
     * Parses a quantity.
     *
     * @param text the expression
     * @return the quantity
     * @throws IllegalArgumentException saying what was expected
     */
    public static Quantity parse(String text) {
        String t = text == null ? "" : text.trim();
        for (String op : new String[] {" / ", " - "}) {
            int i = t.indexOf(op);
            if (i > 0) {
                String a = t.substring(0, i);
                String b = t.substring(i + op.length());
                MetricReference ra = term(a);
                MetricReference rb = term(b);
                return new Quantity(ra, ra == null ? Double.parseDouble(a.trim()) : Double.NaN, op.charAt(1), rb,
                        rb == null ? Double.parseDouble(b.trim()) : Double.NaN);
            }
        }
        MetricReference r = term(t);
        if (r == null) {
            throw new IllegalArgumentException("expected a metric ARM:SERIES.STATISTIC@WINDOW, got '" + text + "'");
        }
        return new Quantity(r, Double.NaN, (char) 0, null, Double.NaN);
    }

    private static MetricReference term(String s) {
        String t = s.trim();
        try {
            Double.parseDouble(t);
            return null;
        } catch (NumberFormatException e) {
            return MetricReference.parse(t);
        }
    }

    /** The metric references it reads. */
    public java.util.List<MetricReference> references() {
        java.util.List<MetricReference> out = new java.util.ArrayList<>();
        if (left != null) {
            out.add(left);
        }
        if (right != null) {
            out.add(right);
        }
        return out;
    }

    /**
     * Evaluates it.
     *
     * @param metric reads one metric
     * @return the value (NaN if a metric is undefined or a ratio divides by 0)
     */
    public double evaluate(ToDoubleFunction<MetricReference> metric) {
        double a = left != null ? metric.applyAsDouble(left) : leftNumber;
        if (operator == 0) {
            return a;
        }
        double b = right != null ? metric.applyAsDouble(right) : rightNumber;
        return operator == '/' ? (b == 0 ? Double.NaN : a / b) : a - b;
    }

    @Override
    public String toString() {
        String a = left != null ? left.toString() : Double.toString(leftNumber);
        if (operator == 0) {
            return a;
        }
        return a + " " + operator + " " + (right != null ? right.toString() : Double.toString(rightNumber));
    }
}
