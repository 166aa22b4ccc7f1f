package org.receptorsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sectioned report page: escaped text, numeric cells aligned, figures embedded, nothing external. */
class HtmlReportTest {

    @Test
    void sectionsTablesAndFiguresAreSelfContained(@TempDir Path tmp) throws Exception {
        Path png = tmp.resolve("chart.png");
        ImageIO.write(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        Path html = tmp.resolve("report.html");
        new HtmlReport("Bias <of> X & Y").run(Map.of("seed", "7")).section("Bias factors")
                .paragraph("a < b").warning("no arrestin curve: <flat>").note("KA at bound")
                .table("Caption & more", List.of("ligand", "ΔΔ"), List.of(List.of("morphine", "1.16 [1.12, 1.20]"),
                        List.of("PZM21", "not defined")))
                .table("empty tables are left out", List.of("x"), List.of())
                .figure("A figure", png).figure("missing files are left out", tmp.resolve("none.png"))
                .write(html);
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.endsWith("</html>\n"));
        assertTrue(page.contains("<title>Bias &lt;of&gt; X &amp; Y</title>"));
        assertTrue(page.contains("<dt>seed</dt><dd>7</dd>") && page.contains("<h2>Bias factors</h2>"));
        assertTrue(page.contains("class=\"warning\">no arrestin curve: &lt;flat&gt;</div>"));
        assertTrue(page.contains("<td class=\"num\">1.16 [1.12, 1.20]</td>") && page.contains("<td>not defined</td>"));
        assertTrue(page.contains("<caption>Caption &amp; more</caption>"));
        assertFalse(page.contains("empty tables") || page.contains("missing files"));
        assertTrue(page.contains("<figcaption>A figure</figcaption>"));
        assertFalse(page.contains("src=\"http") || page.contains("href=\"http") || page.contains("<script")
                || page.contains("<link"), "no external resources");
        Matcher m = Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=]+)").matcher(page);
        assertTrue(m.find());
        assertEquals(30, ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1)))).getWidth());
        assertFalse(m.find(), "one figure");
    }

    /** The one-table page of run, ensemble, sweep and validate: escaped text, numbers aligned, charts embedded. */
    @Test
    void oneTablePageEmbedsChartsAndEscapesText(@TempDir Path tmp) throws Exception {
        Path png = tmp.resolve("chart.png");
        ImageIO.write(new java.awt.image.BufferedImage(20, 10, java.awt.image.BufferedImage.TYPE_INT_RGB), "png",
                png.toFile());
        Path html = tmp.resolve("r.html");
        HtmlReport.write(html, "A <test>", Map.of("seed", "42"), List.of("arm", "value"),
                List.of(List.of("x&y", "1.5")), List.of(png));
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.endsWith("</html>\n"));
        assertTrue(page.contains("A &lt;test&gt;") && page.contains("x&amp;y") && page.contains("<dd>42</dd>"));
        assertTrue(page.contains("<td class=\"num\">1.5</td>"));
        Matcher m = Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=]+)").matcher(page);
        assertTrue(m.find());
        assertEquals(20, ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1)))).getWidth());
    }
}
