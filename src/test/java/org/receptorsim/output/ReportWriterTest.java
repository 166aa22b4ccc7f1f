package org.receptorsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** The report page is self-contained: run details, an escaped metrics table, and charts embedded as PNG data. */
class ReportWriterTest {

    @Test
    void reportEmbedsChartsAndEscapesText(@TempDir Path tmp) throws Exception {
        Path png = tmp.resolve("chart.png");
        ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        Path html = tmp.resolve("report.html");
        ReportWriter.write(html, "A <test>", Map.of("seed", "42"), List.of("arm", "value"),
                List.of(List.of("x&y", "1.5")), List.of(png));
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.endsWith("</html>\n"));
        assertTrue(page.contains("A &lt;test&gt;") && page.contains("x&amp;y") && page.contains("<dd>42</dd>"));
        assertTrue(!page.contains("src=\"http") && !page.contains("href=\"http"), "no external resources");
        Matcher m = Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=]+)").matcher(page);
        assertTrue(m.find());
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
        assertEquals(20, back.getWidth());
    }
}
