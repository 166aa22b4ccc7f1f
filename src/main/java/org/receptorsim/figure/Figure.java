package org.receptorsim.figure;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.jfree.chart.JFreeChart;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;

/**
 * A chart at its printed size, written as PNG ({@value #PNG_DPI} dpi), SVG and PDF from the same drawing. Sizes are
 * in points (1/72 in): {@link #COLUMN} or {@link #DOUBLE_COLUMN} wide, so that the style's 8–10 pt fonts print at
 * 8–10 pt.
 *
 * @param name file name without extension, e.g. {@code timeseries}
 * @param chart the chart, styled ({@link ChartStyle#apply})
 * @param widthPoints printed width (points)
 * @param heightPoints printed height (points)
 */
public record Figure(String name, JFreeChart chart, double widthPoints, double heightPoints) {

    /** One journal column, 3.5 in (points). */
    public static final double COLUMN = 252;
    /** Two journal columns, 7 in (points). */
    public static final double DOUBLE_COLUMN = 504;
    /** Resolution of the PNG files (dots per inch). */
    public static final int PNG_DPI = 300;

    /** A figure with its chart styled. */
    public static Figure of(String name, JFreeChart chart, double widthPoints, double heightPoints) {
        return new Figure(name, ChartStyle.apply(chart), widthPoints, heightPoints);
    }

    /**
     * Writes the figure in each format as {@code <dir>/<name>.<ext>}.
     *
     * @param dir the directory
     * @param formats the formats
     * @return the files written, in format order
     * @throws IOException on a write failure
     */
    public List<Path> write(Path dir, Set<FigureFormat> formats) throws IOException {
        try {
            return write(dir, formats, Runnable::run).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    /**
     * Draws the figure in each format on the calling thread (a chart is drawn by one thread at a time) and encodes
     * and writes the files on {@code executor}, so that the PNG's compression, the slowest part, runs beside the
     * caller's next work.
     *
     * @param dir the directory
     * @param formats the formats
     * @param executor where the files are encoded and written
     * @return the files written, in format order, once they are; a failure completes it with a
     *     {@link CompletionException} whose cause is the {@link IOException}
     */
    public CompletableFuture<List<Path>> write(Path dir, Set<FigureFormat> formats, Executor executor) {
        List<Path> files = new ArrayList<>();
        List<FileWrite> writes = new ArrayList<>();
        for (FigureFormat f : formats) {
            Path file = dir.resolve(name + "." + f.extension());
            switch (f) {
                case PNG -> {
                    BufferedImage img = image(PNG_DPI);
                    writes.add(() -> Png.write(img, file, PNG_DPI));
                }
                case SVG -> {
                    String svg = svg();
                    writes.add(() -> Files.writeString(file, svg, StandardCharsets.UTF_8));
                }
                case PDF -> {
                    byte[] pdf = pdf();
                    writes.add(() -> Files.write(file, pdf));
                }
                default -> throw new IllegalStateException(f.toString());
            }
            files.add(file);
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                for (FileWrite w : writes) {
                    w.run();
                }
            } catch (IOException e) {
                throw new CompletionException(e);
            }
            return files;
        }, executor);
    }

    /** Writing a file drawn already. */
    private interface FileWrite {
        void run() throws IOException;
    }

    private Rectangle2D.Double area() {
        return new Rectangle2D.Double(0, 0, widthPoints, heightPoints);
    }

    /** The figure as a picture at a resolution (dots per inch). */
    public BufferedImage image(double dpi) {
        double scale = dpi / 72;
        BufferedImage img = new BufferedImage((int) Math.round(widthPoints * scale),
                (int) Math.round(heightPoints * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(JFreeChart.KEY_SUPPRESS_SHADOW_GENERATION, true);
        g.scale(scale, scale);
        chart.draw(g, area());
        g.dispose();
        return img;
    }

    /**
     * Draws a small chart and encodes it as PNG and SVG, written nowhere: loads and compiles the code that draws and
     * encodes figures (Java2D with its fonts, JFreeChart, the PNG and SVG writers) ahead of the figures of a run.
     *
     * @throws IOException never in practice (nothing is written)
     */
    public static void warmUp() throws IOException {
        Figure f = ScalingChart.figure("warm-up", "warm-up", "x", "y",
                Map.of("a", List.of(new double[] {1, 1}, new double[] {10, 3}, new double[] {100, 2})), false);
        Png.write(f.image(PNG_DPI / 2.0), OutputStream.nullOutputStream(), PNG_DPI);
        f.svg();
    }

    /**
     * The figure as an SVG document: text kept as text (DejaVu Sans, falling back to Verdana or any sans serif),
     * coordinates rounded to 0.01 pt, element ids derived from the name so that the same chart gives the same file.
     */
    public String svg() {
        SVGGraphics2D g = new SVGGraphics2D(widthPoints, heightPoints, SVGUnits.PT);
        g.setDefsKeyPrefix(name.replaceAll("[^A-Za-z0-9]", "") + "-");
        g.setFontFunction(family -> "DejaVu Sans, Verdana, sans-serif");
        g.setGeomDoubleConverter(Figure::twoDecimals);
        g.setRenderingHint(JFreeChart.KEY_SUPPRESS_SHADOW_GENERATION, true);
        chart.draw(g, area());
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + g.getSVGElement(null, true, new ViewBox(0, 0, (int) Math.ceil(widthPoints),
                (int) Math.ceil(heightPoints)), null, null) + "\n";
    }

    /** The figure as a one-page PDF of its size, text drawn as outlines. */
    public byte[] pdf() {
        PDFDocument doc = new PDFDocument();
        doc.setTitle(chart.getTitle() != null ? chart.getTitle().getText() : name);
        doc.setAuthor("ReceptorSim");
        Page page = doc.createPage(area());
        PDFGraphics2D g = page.getGraphics2D();
        g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        g.setRenderingHint(JFreeChart.KEY_SUPPRESS_SHADOW_GENERATION, true);
        chart.draw(g, area());
        return doc.getPDFBytes();
    }

    /**
     * A coordinate rounded half up to 0.01 pt and written without trailing zeros: the text of
     * {@code String.format("%.2f")} (which rounds the shortest decimal of the double), made by {@link BigDecimal}
     * without parsing a format string per number (an SVG of a run has some ten thousand).
     */
    private static String twoDecimals(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        String s = new BigDecimal(Double.toString(d)).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
        return s.equals("-0") || s.equals("0.00") ? "0" : s;
    }
}
