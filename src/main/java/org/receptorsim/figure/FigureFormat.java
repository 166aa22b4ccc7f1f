package org.receptorsim.figure;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The file formats a figure can be written in: PNG (300 dpi raster), SVG and PDF (vector). */
public enum FigureFormat {
    /** Raster at {@link Figure#PNG_DPI} dpi. */
    PNG,
    /** Scalable vector graphics, text kept as text. */
    SVG,
    /** PDF, text drawn as outlines so every glyph (Greek, ±, µ) prints. */
    PDF;

    /** The default: PNG only. */
    public static final Set<FigureFormat> DEFAULT = EnumSet.of(PNG);

    /** The file extension, without the dot. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a list of format names such as {@code [png, svg, pdf]} (case-insensitive).
     *
     * @param names the names
     * @return the formats, at least one
     * @throws IllegalArgumentException naming the unknown entry and what was expected
     */
    public static Set<FigureFormat> parse(List<String> names) {
        Set<FigureFormat> formats = EnumSet.noneOf(FigureFormat.class);
        for (String n : names) {
            String s = n.strip().toUpperCase(Locale.ROOT);
            try {
                formats.add(valueOf(s));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("expected a comma-separated list of png, svg, pdf, got '"
                        + n.strip() + "'");
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("expected at least one of png, svg, pdf");
        }
        return formats;
    }
}
