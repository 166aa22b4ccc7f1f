package org.receptorsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import org.receptorsim.model.CellSimulation;
import org.receptorsim.model.Receptor;
import org.receptorsim.model.ReceptorState;
import sim.field.continuous.Continuous2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.util.Double2D;

/**
 * The cell as a picture: a MASON {@link Continuous2D} holding the receptors at their drawn positions, portrayed by
 * {@link ReceptorPortrayal}s over the compartments, with a legend, a scale bar and the time. Renders headless onto
 * an image (the same portrayals a GUI display uses).
 */
public final class CellView {

    /** Dot diameter (µm). */
    static final double RECEPTOR_DIAMETER = 0.22;

    private final Continuous2D field = new Continuous2D(4.0, CellLayout.SIZE, CellLayout.SIZE);
    private final ReceptorPortrayal receptorPortrayal = new ReceptorPortrayal(RECEPTOR_DIAMETER);
    private final ContinuousPortrayal2D portrayal = new ReceptorFieldPortrayal(receptorPortrayal);

    /** A view with ligand rings off. */
    public CellView() {
        portrayal.setField(field);
    }

    /** The field (receptor positions, µm). */
    public Continuous2D field() {
        return field;
    }

    /** The receptor field portrayal (for a MASON display). */
    public ContinuousPortrayal2D portrayal() {
        return portrayal;
    }

    /** Shows or hides ligand rings. */
    public void setLigandRings(boolean on) {
        receptorPortrayal.setLigandRings(on);
    }

    /** Whether ligand rings are shown. */
    public boolean ligandRings() {
        return receptorPortrayal.ligandRings();
    }

    private final CellMotion motion = new CellMotion();

    /**
     * Moves every receptor one model step along its animated path (diffusion on the membrane, journeys between
     * compartments of at most {@code maxMicrometres} per step) and places it in the field. For the eye only: called
     * by the GUI after each model step, never in headless runs.
     */
    public void updateAnimated(CellSimulation cell, double maxMicrometres) {
        double t = cell.timeSeconds();
        prepare(cell);
        double dt = cell.setup().dtSeconds();
        for (Receptor r : cell.receptors()) {
            if (faded(r, t)) {
                if (field.remove(r) != null) {
                    motion.forget(r.getId());
                }
                continue;
            }
            field.setObjectLocation(r, motion.advance(r, t, dt, maxMicrometres));
        }
    }

    /** Forgets the animated positions (a new run). */
    public void resetAnimation() {
        motion.reset();
        field.clear();
    }

    /** Number of receptors with an animated position (for tests). */
    int animatedCount() {
        return motion.size();
    }

    private static boolean faded(Receptor r, double t) {
        return r.getState() == ReceptorState.DEGRADED
                && t - r.getLastTransitionSeconds() > ReceptorPortrayal.FADE_SECONDS;
    }

    private void prepare(CellSimulation cell) {
        receptorPortrayal.setTimeSeconds(cell.timeSeconds());
        if (ligands.isEmpty()) {
            ligands = cell.setup().ligands().stream().map(l -> l.name()).toList();
            receptorPortrayal.setLigands(ligands);
        }
    }

    private List<String> ligands = List.of();

    /** Places every receptor of the cell at its drawn position for the cell's current time. */
    public void update(CellSimulation cell) {
        double t = cell.timeSeconds();
        prepare(cell);
        field.clear();
        for (Receptor r : cell.receptors()) {
            if (faded(r, t)) {
                continue;
            }
            field.setObjectLocation(r, CellLayout.position(r, t));
        }
    }

    /** Pixel position of a field position in an image of the given width. */
    public static Double2D toPixels(Double2D micrometres, int width) {
        double s = width / CellLayout.SIZE;
        return new Double2D(micrometres.x * s, micrometres.y * s);
    }

    /**
     * Renders the cell (square picture).
     *
     * @param cell the cell, started
     * @param size width and height in pixels
     * @return the picture
     */
    public BufferedImage render(CellSimulation cell, int size) {
        update(cell);
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        drawBackground(g, size);
        Rectangle2D.Double rect = new Rectangle2D.Double(0, 0, size, size);
        portrayal.draw(field, g, new DrawInfo2D(null, portrayal, rect, rect));
        drawLegend(g, size, cell.timeSeconds());
        g.dispose();
        return image;
    }

    private static BufferedImage background;

    /**
     * Draws the compartments on a picture {@code size} pixels wide, from a cached image when the size is moderate
     * (the display redraws them every frame).
     */
    static void drawBackgroundCached(Graphics2D g, int size) {
        if (size > 2400) {
            drawBackground(g, size);
            return;
        }
        BufferedImage b;
        synchronized (CellView.class) {
            b = background;
            if (b == null || b.getWidth() != size) {
                b = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
                Graphics2D bg = b.createGraphics();
                bg.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                drawBackground(bg, size);
                bg.dispose();
                background = b;
            }
        }
        g.drawImage(b, 0, 0, null);
    }

    /** Draws the compartments (white background, cytoplasm, nucleus, endosomes, lysosome, pits). */
    public static void drawBackground(Graphics2D g, int size) {
        double s = size / CellLayout.SIZE;
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, size, size);
        fillCircle(g, CellLayout.CENTRE, CellLayout.CELL_RADIUS, s, new Color(0xF4F1EA), new Color(0x8C8C8C), 2.5f);
        fillCircle(g, CellLayout.NUCLEUS, CellLayout.NUCLEUS_RADIUS, s, new Color(0xE6E0F0), new Color(0xB0A8C8), 1f);
        for (Double2D e : CellLayout.ENDOSOMES) {
            fillCircle(g, e, CellLayout.ENDOSOME_RADIUS, s, new Color(0xFBE9F2), new Color(0xCC79A7), 1.2f);
        }
        fillCircle(g, CellLayout.LYSOSOME, CellLayout.LYSOSOME_RADIUS, s, new Color(0xE8E8E8), new Color(0x555555),
                1.2f);
        g.setColor(new Color(0xB8860B));
        for (int p = 0; p < CellLayout.PITS; p++) {
            double a = CellLayout.pitAngle(p);
            double x = CellLayout.CENTRE.x + (CellLayout.CELL_RADIUS - 0.5) * Math.cos(a);
            double y = CellLayout.CENTRE.y + (CellLayout.CELL_RADIUS - 0.5) * Math.sin(a);
            g.setStroke(new BasicStroke(1f));
            g.draw(new Ellipse2D.Double((x - 0.55) * s, (y - 0.55) * s, 1.1 * s, 1.1 * s));
        }
        drawLabels(g, s);
    }

    /** Names of the compartments, small and grey, with leader lines to the membrane and a pit. */
    private static void drawLabels(Graphics2D g, double s) {
        g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, (int) Math.max(9, Math.round(0.42 * s))));
        g.setColor(new Color(0x6E6E6E));
        label(g, "nucleus", CellLayout.NUCLEUS.x, CellLayout.NUCLEUS.y + 0.15, s);
        Double2D e = CellLayout.ENDOSOMES[0];
        label(g, "endosome", e.x, e.y + CellLayout.ENDOSOME_RADIUS + 0.6, s);
        label(g, "lysosome", CellLayout.LYSOSOME.x - CellLayout.LYSOSOME_RADIUS - 1.3, CellLayout.LYSOSOME.y + 1.2, s);
        g.setStroke(new BasicStroke(1f));
        double a = -Math.PI / 4;
        double mx = CellLayout.CENTRE.x + CellLayout.CELL_RADIUS * Math.cos(a);
        double my = CellLayout.CENTRE.y + CellLayout.CELL_RADIUS * Math.sin(a);
        g.draw(new java.awt.geom.Line2D.Double((mx + 0.25) * s, (my - 0.25) * s, 20.4 * s, 2.9 * s));
        label(g, "plasma membrane", 20.6, 2.6, s);
        double pa = CellLayout.pitAngle(2);
        double px = CellLayout.CENTRE.x + (CellLayout.CELL_RADIUS + 0.1) * Math.cos(pa);
        double py = CellLayout.CENTRE.y + (CellLayout.CELL_RADIUS + 0.1) * Math.sin(pa);
        g.draw(new java.awt.geom.Line2D.Double(px * s, py * s, 21.2 * s, 20.5 * s));
        label(g, "clathrin-coated pit", 21.0, 21.2, s);
    }

    private static void label(Graphics2D g, String text, double x, double y, double s) {
        int w = g.getFontMetrics().stringWidth(text);
        int px = (int) Math.round(x * s - w / 2.0);
        int size = (int) Math.round(CellLayout.SIZE * s);
        px = Math.max(2, Math.min(size - w - 2, px));
        g.drawString(text, px, (int) Math.round(y * s + g.getFontMetrics().getAscent() / 2.0));
    }

    private static void fillCircle(Graphics2D g, Double2D c, double r, double s, Color fill, Color line, float w) {
        Ellipse2D.Double e = new Ellipse2D.Double((c.x - r) * s, (c.y - r) * s, 2 * r * s, 2 * r * s);
        g.setColor(fill);
        g.fill(e);
        g.setColor(line);
        g.setStroke(new BasicStroke(w));
        g.draw(e);
    }

    /**
     * Draws the state legend (top left; with ligand rings on, the ring colour of each ligand under it), a 5-µm scale
     * bar (bottom left) and the time (bottom right) on a picture of the field {@code size} pixels wide.
     */
    public void drawLegend(Graphics2D g, int size, double timeSeconds) {
        double s = size / CellLayout.SIZE;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(10, size / 60)));
        int line = g.getFontMetrics().getHeight();
        int dot = line / 2 + 2;
        int y = line;
        for (ReceptorState st : ReceptorState.values()) {
            g.setColor(StateColors.of(st));
            g.fillOval(6, y - line / 2 - 3, dot, dot);
            g.setColor(Color.DARK_GRAY);
            g.drawString(st.name().toLowerCase(Locale.ROOT).replace('_', ' '), 12 + line / 2, y);
            y += line;
        }
        if (ligandRings()) {
            for (int i = 0; i < ligands.size(); i++) {
                g.setColor(StateColors.ligand(i));
                g.setStroke(new BasicStroke(2f));
                g.drawOval(6, y - line / 2 - 3, dot, dot);
                g.setColor(Color.DARK_GRAY);
                g.drawString("holds " + ligands.get(i), 12 + line / 2, y);
                y += line;
            }
        }
        int bar = (int) Math.round(5 * s);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3f));
        g.drawLine(10, size - 12, 10 + bar, size - 12);
        g.drawString("5 µm", 10, size - 18);
        String t = String.format(Locale.ROOT, "t = %.1f min", timeSeconds / 60);
        g.drawString(t, size - g.getFontMetrics().stringWidth(t) - 10, size - 12);
    }
}
