package org.receptorsim.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** One chart written as PNG at 300 dpi, as well-formed SVG with its text as text, and as a one-page PDF. */
class FigureTest {

    private static Figure figure() {
        XYSeries s = new XYSeries("DAMGO");
        for (int i = 0; i <= 100; i++) {
            s.add(i * 0.1, Math.exp(-i / 30.0));
        }
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), TimeScale.MINUTES.axis(600),
                ChartStyle.numberAxis("fraction"), new XYLineAndShapeRenderer(true, false));
        return Figure.of("decline", new JFreeChart("G-protein activation ± τ & Δ", ChartStyle.TITLE, plot, true),
                Figure.COLUMN, 200);
    }

    @Test
    void writesEveryFormatFromOneChart(@TempDir Path tmp) throws Exception {
        List<Path> files = figure().write(tmp, EnumSet.allOf(FigureFormat.class));
        assertEquals(List.of(tmp.resolve("decline.png"), tmp.resolve("decline.svg"), tmp.resolve("decline.pdf")),
                files);

        try (ImageInputStream in = ImageIO.createImageInputStream(tmp.resolve("decline.png").toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(1050, reader.getWidth(0), "3.5 in at 300 dpi");
            assertEquals(833, reader.getHeight(0), 1);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_1.0");
            IIOMetadataNode size = (IIOMetadataNode) root.getElementsByTagName("HorizontalPixelSize").item(0);
            assertEquals(25.4 / 300, Double.parseDouble(size.getAttribute("value")), 1e-6, "300 dpi recorded");
        }

        String svg = Files.readString(tmp.resolve("decline.svg"), StandardCharsets.UTF_8);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals("252pt", doc.getDocumentElement().getAttribute("width"), "printed size in points");
        assertTrue(svg.contains(">G-protein activation ± τ &amp; Δ<") && svg.contains(">time (min)<"),
                "text kept as text");
        assertEquals(svg, figure().svg(), "the same chart gives the same file");

        byte[] pdf = Files.readAllBytes(tmp.resolve("decline.pdf"));
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF-"));
        assertEquals(1, text.split("/Type /Page\\b", -1).length - 1, "one page");
        assertTrue(text.contains("/MediaBox [0.0 0.0 252.0 200.0]"), "a page of the figure's size");
    }

    @Test
    void formatListsAreParsedWithClearErrors() {
        assertEquals(EnumSet.of(FigureFormat.PNG, FigureFormat.SVG, FigureFormat.PDF),
                FigureFormat.parse(List.of("png", " SVG", "pdf")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FigureFormat.parse(List.of("png", "gif")));
        assertEquals("expected a comma-separated list of png, svg, pdf, got 'gif'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FigureFormat.parse(List.of()));
    }
}
