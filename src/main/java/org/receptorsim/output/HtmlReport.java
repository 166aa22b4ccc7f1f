package org.receptorsim.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.receptorsim.figure.Figure;

/**
 * A self-contained {@code report.html} with several sections: what was run, notes and warnings, any number of
 * captioned tables and captioned figures (SVG embedded as data URIs). Plain HTML and CSS, no scripts and no external
 * resources, so the page opens anywhere and can be mailed as one file. Wide tables wrap their text cells (numbers
 * stay on one line) and scroll sideways only if they still do not fit; in print (A4) figures and rows are not split
 * across pages. {@link #write(Path, String, Map, List, List,
 * List)} gives the one-table page of run, ensemble, sweep and validate.
 *
 * <pre>
 *   new HtmlReport("ReceptorSim bias").run(info).warning("...").table("Bias factors", header, rows)
 *       .figure("Bias plot", biasFigure).write(dir.file("report.html"));
 * </pre>
 */
public final class HtmlReport {

    static final String CSS = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:1.5em auto;"
            + "max-width:1100px;padding:0 1.5em;color:#222;line-height:1.4}"
            + "h1{font-size:1.6em;margin-bottom:.2em;overflow-wrap:anywhere}h2{font-size:1.2em;margin-top:1.8em;"
            + "border-bottom:2px solid #0072B2;padding-bottom:.2em}"
            + ".table{max-width:100%;overflow-x:auto}"
            + "table{border-collapse:collapse;margin:.6em 0 1em;font-size:.88em}"
            + "th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top;overflow-wrap:break-word}"
            + "th{background:#f0f4f8;min-width:4em}tbody tr:nth-child(even){background:#fafbfc}"
            + "td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap;overflow-wrap:normal}"
            + "caption{caption-side:top;text-align:left;font-weight:600;padding:.3em 0}"
            + "dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.2em 1em}dt{font-weight:600}"
            + "dd{margin:0;overflow-wrap:anywhere}"
            + "figure{margin:1.2em 0}figcaption{color:#444;font-size:.9em;margin-top:.3em}"
            + "figure img{display:block;width:100%;height:auto;border:1px solid #ddd}"
            + ".note{background:#eef6fb;border-left:4px solid #0072B2;padding:.4em .8em;margin:.4em 0}"
            + ".warning{background:#fff4e5;border-left:4px solid #D55E00;padding:.4em .8em;margin:.4em 0}"
            + "footer{color:#777;font-size:.8em;margin-top:2em}"
            + "@page{size:A4;margin:14mm}"
            + "@media print{body{max-width:none;margin:0;padding:0;font-size:9.5pt}h2{break-after:avoid}"
            + "figure,tr,.note,.warning{break-inside:avoid}.table{overflow:visible}table{font-size:8pt}"
            + "th,td{padding:.2em .4em}figure img{border:none}}";

    /** Figures are shown at this multiple of their printed size on screen (points to CSS pixels: 4/3). */
    private static final double SCREEN_SCALE = 1.35 * 4 / 3;

    private final String title;
    private final Map<String, String> run = new LinkedHashMap<>();
    private final List<String> body = new ArrayList<>();

    /** @param title page title */
    public HtmlReport(String title) {
        this.title = title;
    }

    /** Adds "what was run" entries (scenario or command, seed, version, ...). */
    public HtmlReport run(Map<String, String> info) {
        run.putAll(info);
        return this;
    }

    /** Starts a section with a heading. */
    public HtmlReport section(String heading) {
        body.add("<h2>" + esc(heading) + "</h2>");
        return this;
    }

    /** A paragraph of text. */
    public HtmlReport paragraph(String text) {
        body.add("<p>" + esc(text) + "</p>");
        return this;
    }

    /** A note (highlighted in blue). */
    public HtmlReport note(String text) {
        body.add("<div class=\"note\">" + esc(text) + "</div>");
        return this;
    }

    /** A warning, e.g. a fit that failed and why (highlighted in orange). */
    public HtmlReport warning(String text) {
        body.add("<div class=\"warning\">" + esc(text) + "</div>");
        return this;
    }

    /**
     * A table; cells that look like numbers (or numbers with an interval) are right-aligned.
     *
     * @param caption caption, or null
     * @param header column names
     * @param rows rows of cells
     * @return this report
     */
    public HtmlReport table(String caption, List<String> header, List<List<String>> rows) {
        if (rows.isEmpty()) {
            return this;
        }
        StringBuilder h = new StringBuilder("<div class=\"table\"><table>");
        if (caption != null) {
            h.append("<caption>").append(esc(caption)).append("</caption>");
        }
        h.append("<thead><tr>");
        header.forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
        h.append("</tr></thead><tbody>\n");
        for (List<String> r : rows) {
            h.append("<tr>");
            for (String c : r) {
                h.append(numeric(c) ? "<td class=\"num\">" : "<td>").append(esc(c)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table></div>");
        body.add(h.toString());
        return this;
    }

    /**
     * A figure, embedded as SVG (vector: sharp at any zoom and in print), at most its printed width × 1.35 on
     * screen and the column's width in print.
     *
     * @param caption caption, or null
     * @param fig the figure, or null for none
     * @return this report
     */
    public HtmlReport figure(String caption, Figure fig) {
        if (fig == null) {
            return this;
        }
        String alt = caption != null ? caption : fig.chart().getTitle() != null ? fig.chart().getTitle().getText()
                : fig.name();
        StringBuilder h = new StringBuilder("<figure style=\"max-width:")
                .append(Math.round(fig.widthPoints() * SCREEN_SCALE)).append("px\"><img alt=\"").append(esc(alt))
                .append("\" width=\"").append(Math.round(fig.widthPoints() * SCREEN_SCALE))
                .append("\" height=\"").append(Math.round(fig.heightPoints() * SCREEN_SCALE))
                .append("\" src=\"data:image/svg+xml;base64,")
                .append(Base64.getEncoder().encodeToString(fig.svg().getBytes(StandardCharsets.UTF_8))).append("\">");
        if (caption != null) {
            h.append("<figcaption>").append(esc(caption)).append("</figcaption>");
        }
        body.add(h.append("</figure>").toString());
        return this;
    }

    /** The page as HTML. */
    public String html() {
        StringBuilder h = new StringBuilder(16384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(esc(title)).append("</title>\n<style>").append(CSS).append("</style></head><body>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n");
        if (!run.isEmpty()) {
            h.append("<dl>");
            run.forEach((k, v) -> h.append("<dt>").append(esc(k)).append("</dt><dd>").append(esc(v)).append("</dd>"));
            h.append("</dl>\n");
        }
        for (String part : body) {
            h.append(part).append('\n');
        }
        h.append("<footer>ReceptorSim ").append(esc(RunWriter.VERSION)).append("</footer>\n</body></html>\n");
        return h.toString();
    }

    /** Writes the page. */
    public void write(Path file) throws IOException {
        Files.writeString(file, html(), StandardCharsets.UTF_8);
    }

    /**
     * The one-table report (run, ensemble, sweep, validate): run details, a metrics table and the charts.
     */
    public static void write(Path file, String title, Map<String, String> run, List<String> header,
                             List<List<String>> rows, List<Figure> charts) throws IOException {
        write(file, title, run, header, rows, List.of(), charts);
    }

    /** The one-table report with the between-arm differences after the table. */
    public static void write(Path file, String title, Map<String, String> run, List<String> header,
                             List<List<String>> rows, List<org.receptorsim.statistics.ArmComparison> comparisons,
                             List<Figure> charts) throws IOException {
        HtmlReport r = new HtmlReport(title).run(run).table(null, header, rows);
        r.comparisons(comparisons, org.receptorsim.metrics.CellMetrics::label);
        for (Figure f : charts) {
            r.figure(null, f);
        }
        r.write(file);
    }

    /**
     * A section of between-arm differences: per arm and metric, the difference from the reference arm with its
     * 95 % interval and the test's p-value (nothing if there are none).
     */
    public HtmlReport comparisons(List<org.receptorsim.statistics.ArmComparison> comparisons,
                                  java.util.function.UnaryOperator<String> label) {
        if (comparisons.isEmpty()) {
            return this;
        }
        section("Differences between arms");
        paragraph("Each arm minus the reference arm " + comparisons.get(0).reference() + ", over the cells: "
                + org.receptorsim.statistics.ArmComparison.TEST + " (comparisons.csv).");
        List<List<String>> rows = new java.util.ArrayList<>();
        for (org.receptorsim.statistics.ArmComparison c : comparisons) {
            rows.add(List.of(c.arm(), label.apply(c.metric()), SummaryCsv.short4(c.difference()),
                    Double.isNaN(c.ciLow()) ? "" : "[" + SummaryCsv.short4(c.ciLow()) + ", "
                            + SummaryCsv.short4(c.ciHigh()) + "]",
                    Double.isNaN(c.pValue()) ? "" : String.format(java.util.Locale.ROOT, "%.3g", c.pValue()),
                    c.n() + " / " + c.nReference()));
        }
        return table(null, List.of("arm", "metric", "difference", "95 % CI", "p", "cells"), rows);
    }

    private static boolean numeric(String s) {
        return s != null && s.matches("[-+−≥ ]*[0-9.]+(e[-+]?[0-9]+)?( \\[[^\\]]*\\]| ± [0-9.e+-]+)?( ?[%x×])?");
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
