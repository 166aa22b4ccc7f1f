package org.receptorsim.output;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptorsim.figure.Figure;

/** The sectioned report page: escaped text, numeric cells aligned, figures embedded as SVG, nothing external. */
class HtmlReportTest {

    static Figure figure(String title) {
        XYSeries s = new XYSeries("s");
        s.add(0, 1);
        s.add(1, 2);
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), new NumberAxis("time (min)"), new NumberAxis("fraction"),
                new XYLineAndShapeRenderer());
        return Figure.of("chart", new JFreeChart(title, plot), 300, 200);
    }

    /** The SVG documents embedded in a page. */
    static List<String> svgs(String page) {
        Matcher m = Pattern.compile("data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)").matcher(page);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(new String(Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8));
        }
        return out;
    }

    @Test
    void sectionsTablesAndFiguresAreSelfContained(@TempDir Path tmp) throws Exception {
        Path html = tmp.resolve("report.html");
        new HtmlReport("Bias <of> X & Y").run(Map.of("seed", "7")).section("Bias factors")
                .paragraph("a < b").warning("no arrestin curve: <flat>").note("KA at bound")
                .table("Caption & more", List.of("ligand", "ΔΔ"), List.of(List.of("morphine", "1.16 [1.12, 1.20]"),
                        List.of("PZM21", "not defined")))
                .table("empty tables are left out", List.of("x"), List.of())
                .figure("A figure", figure("Dose & response")).figure("missing figures are left out", null)
                .write(html);
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.endsWith("</html>\n"));
        assertTrue(page.contains("<title>Bias &lt;of&gt; X &amp; Y</title>"));
        assertTrue(page.contains("<dt>seed</dt><dd>7</dd>") && page.contains("<h2>Bias factors</h2>"));
        assertTrue(page.contains("class=\"warning\">no arrestin curve: &lt;flat&gt;</div>"));
        assertTrue(page.contains("<td class=\"num\">1.16 [1.12, 1.20]</td>") && page.contains("<td>not defined</td>"));
        assertTrue(page.contains("<caption>Caption &amp; more</caption>"));
        assertFalse(page.contains("empty tables") || page.contains("missing figures"));
        assertTrue(page.contains("<figcaption>A figure</figcaption>"));
        assertFalse(page.contains("src=\"http") || page.contains("href=\"http") || page.contains("<script")
                || page.contains("<link"), "no external resources");
        List<String> svgs = svgs(page);
        assertTrue(svgs.size() == 1, "one figure");
        assertTrue(svgs.get(0).contains("<svg") && svgs.get(0).contains("Dose &amp; response")
                && svgs.get(0).contains("time (min)"), "the chart as SVG, its text as text");
        assertTrue(page.contains("@media print"), "a print layout");
    }

    /** The one-table page of run, ensemble, sweep and validate: escaped text, numbers aligned, charts embedded. */
    @Test
    void oneTablePageEmbedsChartsAndEscapesText(@TempDir Path tmp) throws Exception {
        Path html = tmp.resolve("r.html");
        HtmlReport.write(html, "A <test>", Map.of("seed", "42"), List.of("arm", "value"),
                List.of(List.of("x&y", "1.5")), List.of(figure("chart")));
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.endsWith("</html>\n"));
        assertTrue(page.contains("A &lt;test&gt;") && page.contains("x&amp;y") && page.contains("<dd>42</dd>"));
        assertTrue(page.contains("<td class=\"num\">1.5</td>"));
        assertTrue(svgs(page).get(0).startsWith("<?xml"));
    }
}
