package org.receptorsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import org.receptorsim.model.Receptor;
import org.receptorsim.model.ReceptorState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.simple.OvalPortrayal2D;

/**
 * Draws a receptor as a dot coloured by its state; a degraded receptor fades out over 30 min in the lysosome; with
 * ligand rings on, a bound receptor gets a dark ring.
 */
public final class ReceptorPortrayal extends OvalPortrayal2D {

    private static final long serialVersionUID = 1L;
    private static final double FADE_SECONDS = 1800;

    private double timeSeconds;
    private boolean ligandRings;

    /** @param diameter dot diameter in field units (µm) */
    public ReceptorPortrayal(double diameter) {
        super(diameter);
    }

    /** The time of the picture (for fading), seconds. */
    public void setTimeSeconds(double timeSeconds) {
        this.timeSeconds = timeSeconds;
    }

    /** True if bound receptors get a ring. */
    public boolean ligandRings() {
        return ligandRings;
    }

    /** Whether bound receptors get a ring. */
    public void setLigandRings(boolean on) {
        this.ligandRings = on;
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        Receptor r = (Receptor) object;
        Color c = StateColors.of(r.getState());
        if (r.getState() == ReceptorState.DEGRADED) {
            double age = Math.max(0, timeSeconds - r.getLastTransitionSeconds());
            int alpha = (int) Math.max(0, 255 * (1 - age / FADE_SECONDS));
            c = new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
        }
        paint = c;
        super.draw(object, graphics, info);
        if (ligandRings && !"none".equals(r.getLigand())) {
            double w = info.draw.width * scale;
            double h = info.draw.height * scale;
            graphics.setPaint(Color.BLACK);
            graphics.setStroke(new BasicStroke(1f));
            graphics.draw(new Ellipse2D.Double(info.draw.x - w / 2, info.draw.y - h / 2, w, h));
        }
    }
}
