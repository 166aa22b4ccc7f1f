package org.receptorsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
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

    private final Continuous2D field = new Continuous2D(1.0, CellLayout.SIZE, CellLayout.SIZE);
    private final ContinuousPortrayal2D portrayal = new ContinuousPortrayal2D();
    private final ReceptorPortrayal receptorPortrayal = new ReceptorPortrayal(0.22);

    /** A view with ligand rings off. */
    public CellView() {
        portrayal.setField(field);
        portrayal.setPortrayalForClass(Receptor.class, receptorPortrayal);
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

    private final java.util.IdentityHashMap<Receptor, Double2D> shown = new java.util.IdentityHashMap<>();

    /**
     * Moves every receptor a step of at most {@code maxMicrometres} toward its drawn position, so that a receptor
     * that changes compartment is seen travelling (into a pit, into an endosome, back to the membrane, to the
     * lysosome). For the eye only: used by the GUI after each model step.
     */
    public void updateAnimated(CellSimulation cell, double maxMicrometres) {
        double t = cell.timeSeconds();
        receptorPortrayal.setTimeSeconds(t);
        field.clear();
        for (Receptor r : cell.receptors()) {
            if (r.getState() == ReceptorState.DEGRADED && t - r.getLastTransitionSeconds() > 1800) {
                shown.remove(r);
                continue;
            }
            Double2D target = CellLayout.position(r, t);
            Double2D from = shown.get(r);
            Double2D now = target;
            if (from != null) {
                double d = from.distance(target);
                now = d <= maxMicrometres ? target : new Double2D(from.x + (target.x - from.x) * maxMicrometres / d,
                        from.y + (target.y - from.y) * maxMicrometres / d);
            }
            shown.put(r, now);
            field.setObjectLocation(r, now);
        }
    }

    /** Forgets the animated positions (a new run). */
    public void resetAnimation() {
        shown.clear();
    }

    /** Places every receptor of the cell at its drawn position for the cell's current time. */
    public void update(CellSimulation cell) {
        double t = cell.timeSeconds();
        receptorPortrayal.setTimeSeconds(t);
        field.clear();
        for (Receptor r : cell.receptors()) {
            if (r.getState() == ReceptorState.DEGRADED && t - r.getLastTransitionSeconds() > 1800) {
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
    }

    private static void fillCircle(Graphics2D g, Double2D c, double r, double s, Color fill, Color line, float w) {
        Ellipse2D.Double e = new Ellipse2D.Double((c.x - r) * s, (c.y - r) * s, 2 * r * s, 2 * r * s);
        g.setColor(fill);
        g.fill(e);
        g.setColor(line);
        g.setStroke(new BasicStroke(w));
        g.draw(e);
    }

    /** Draws the state legend (top left), a 5-µm scale bar (bottom left) and the time (bottom right). */
    public static void drawLegend(Graphics2D g, int size, double timeSeconds) {
        double s = size / CellLayout.SIZE;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(10, size / 60)));
        int line = g.getFontMetrics().getHeight();
        int y = line;
        for (ReceptorState st : ReceptorState.values()) {
            g.setColor(StateColors.of(st));
            g.fillOval(6, y - line / 2 - 3, line / 2 + 2, line / 2 + 2);
            g.setColor(Color.DARK_GRAY);
            g.drawString(st.name().toLowerCase(Locale.ROOT).replace('_', ' '), 12 + line / 2, y);
            y += line;
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
