package org.receptorsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.receptorsim.model.Receptor;
import org.receptorsim.model.ReceptorState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.simple.OvalPortrayal2D;

/**
 * Draws a receptor as a dot coloured by its state; a degraded receptor fades out over 30 min in the lysosome; with
 * ligand rings on, a receptor that holds a ligand gets a ring in that ligand's colour ({@link StateColors#ligand}).
 *
 * <p>Dots are drawn as small pre-rendered, anti-aliased images (one per state, ring and fading level, rebuilt when
 * the zoom changes), which is several times faster than filling 10,000 ovals; {@link ReceptorFieldPortrayal} draws
 * all receptors through {@link #drawAt} in one loop. Hit-testing (double-click to inspect) is the oval's.
 */
public final class ReceptorPortrayal extends OvalPortrayal2D {

    private static final long serialVersionUID = 1L;
    /** How long a degraded receptor takes to fade out, seconds. */
    static final double FADE_SECONDS = 1800;
    private static final int FADE_LEVELS = 16;

    private double timeSeconds;
    private boolean ligandRings;
    private List<String> ligands = List.of();
    private transient double spriteDiameter = Double.NaN;
    private transient BufferedImage[] sprites;
    private transient int spriteHalf;

    /** @param diameter dot diameter in field units (µm) */
    public ReceptorPortrayal(double diameter) {
        super(diameter);
    }

    /** The time of the picture (for fading), seconds. */
    public void setTimeSeconds(double timeSeconds) {
        this.timeSeconds = timeSeconds;
    }

    /** The run's ligands, in order (a ring's colour is its ligand's position here). */
    public void setLigands(List<String> names) {
        this.ligands = List.copyOf(names);
        spriteDiameter = Double.NaN;
    }

    /** True if bound receptors get a ring. */
    public boolean ligandRings() {
        return ligandRings;
    }

    /** Whether bound receptors get a ring. */
    public void setLigandRings(boolean on) {
        this.ligandRings = on;
    }

    /** Dot diameter in field units (µm). */
    double diameter() {
        return scale;
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        drawAt(graphics, (Receptor) object, info.draw.x, info.draw.y, info.draw.width * scale);
    }

    /**
     * Draws a receptor centred at a pixel position.
     *
     * @param g where to draw
     * @param r the receptor
     * @param x centre, pixels
     * @param y centre, pixels
     * @param diameterPixels dot diameter, pixels
     */
    void drawAt(Graphics2D g, Receptor r, double x, double y, double diameterPixels) {
        if (diameterPixels != spriteDiameter) {
            rebuild(diameterPixels);
        }
        BufferedImage sprite = sprites[spriteIndex(r)];
        if (sprite == null) {
            sprite = render(spriteIndex(r));
        }
        g.drawImage(sprite, (int) Math.round(x) - spriteHalf, (int) Math.round(y) - spriteHalf, null);
    }

    private int states() {
        return ReceptorState.values().length;
    }

    /** Sprites: [state × (ring: none, ligand 1..L)], then the fading levels of a degraded receptor. */
    private int spriteIndex(Receptor r) {
        ReceptorState state = r.getState();
        if (state == ReceptorState.DEGRADED) {
            double age = Math.max(0, timeSeconds - r.getLastTransitionSeconds());
            int level = (int) Math.min(FADE_LEVELS - 1, Math.floor(age / FADE_SECONDS * FADE_LEVELS));
            return states() * (ligands.size() + 1) + level;
        }
        int ring = ligandRings ? ligands.indexOf(r.getLigand()) + 1 : 0;
        return state.ordinal() * (ligands.size() + 1) + ring;
    }

    private void rebuild(double diameterPixels) {
        spriteDiameter = diameterPixels;
        sprites = new BufferedImage[states() * (ligands.size() + 1) + FADE_LEVELS];
        spriteHalf = (int) Math.ceil(diameterPixels / 2 + ringWidth(diameterPixels) + 1);
    }

    private static float ringWidth(double diameterPixels) {
        return (float) Math.max(1.5, diameterPixels * 0.18);
    }

    private BufferedImage render(int index) {
        int size = 2 * spriteHalf + 1;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double d = Math.max(1, spriteDiameter);
        double c = spriteHalf + 0.5;
        int perState = ligands.size() + 1;
        Color fill;
        int ring = 0;
        if (index >= states() * perState) {
            int level = index - states() * perState;
            Color grey = StateColors.of(ReceptorState.DEGRADED);
            int alpha = (int) Math.round(255 * (1 - (level + 0.5) / FADE_LEVELS));
            fill = new Color(grey.getRed(), grey.getGreen(), grey.getBlue(), level == 0 ? 255 : alpha);
        } else {
            fill = StateColors.of(ReceptorState.values()[index / perState]);
            ring = index % perState;
        }
        g.setColor(fill);
        g.fill(new Ellipse2D.Double(c - d / 2, c - d / 2, d, d));
        if (ring > 0) {
            float w = ringWidth(d);
            g.setColor(StateColors.ligand(ring - 1));
            g.setStroke(new BasicStroke(w));
            g.draw(new Ellipse2D.Double(c - d / 2 - w / 2, c - d / 2 - w / 2, d + w, d + w));
        }
        g.dispose();
        sprites[index] = image;
        return image;
    }
}
