package org.receptorsim.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The one-page {@code report.html} every command that writes results leaves beside them: what was run (scenario,
 * seed, version), a table of the key metrics and the charts, embedded as data URIs so the page is self-contained.
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /**
     * Writes the report.
     *
     * @param file the report file
     * @param title page title
     * @param run what was run: label → value (scenario, seed, version, ...)
     * @param header column names of the metrics table
     * @param rows rows of the metrics table
     * @param charts PNG files to embed, in order
     */
    public static void write(Path file, String title, Map<String, String> run, List<String> header,
                             List<List<String>> rows, List<Path> charts) throws IOException {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
                .append("</title>\n<style>body{font-family:system-ui,sans-serif;margin:2em auto;max-width:1100px;"
                        + "color:#222}h1{font-size:1.6em;margin-bottom:.2em}table{border-collapse:collapse;"
                        + "margin:1em 0;font-size:.9em}th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left}"
                        + "th{background:#f0f4f8}dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}"
                        + "dt{font-weight:600}img{max-width:100%;border:1px solid #ddd;margin:1em 0}"
                        + "footer{color:#777;font-size:.8em;margin-top:2em}</style></head><body>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n<dl>");
        run.forEach((k, v) -> h.append("<dt>").append(esc(k)).append("</dt><dd>").append(esc(v)).append("</dd>"));
        h.append("</dl>\n");
        if (!rows.isEmpty()) {
            h.append("<table><thead><tr>");
            header.forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
            h.append("</tr></thead><tbody>\n");
            for (List<String> r : rows) {
                h.append("<tr>");
                r.forEach(c -> h.append("<td>").append(esc(c)).append("</td>"));
                h.append("</tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        for (Path png : charts) {
            if (Files.exists(png)) {
                h.append("<img alt=\"").append(esc(png.getFileName().toString())).append("\" src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(Files.readAllBytes(png))).append("\">\n");
            }
        }
        h.append("<footer>ReceptorSim ").append(esc(RunWriter.VERSION)).append("</footer>\n</body></html>\n");
        Files.writeString(file, h, StandardCharsets.UTF_8);
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
