package org.receptorsim.gui;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.receptorsim.model.Receptor;
import sim.field.continuous.Continuous2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.util.Bag;
import sim.util.Double2D;

/**
 * The receptors' field portrayal: MASON's {@link ContinuousPortrayal2D} for hit-testing (double-click to inspect a
 * receptor), but drawing goes through one tight loop over the field that blits each receptor's dot
 * ({@link ReceptorPortrayal#drawAt}), skipping MASON's per-object dispatch: the display keeps up with 10,000
 * receptors.
 */
final class ReceptorFieldPortrayal extends ContinuousPortrayal2D {

    private static final long serialVersionUID = 1L;
    private final ReceptorPortrayal receptor;

    ReceptorFieldPortrayal(ReceptorPortrayal receptor) {
        this.receptor = receptor;
        setPortrayalForClass(Receptor.class, receptor);
    }

    @Override
    protected void hitOrDraw(Graphics2D graphics, DrawInfo2D info, Bag putInHere) {
        if (graphics == null) {
            super.hitOrDraw(null, info, putInHere);
            return;
        }
        Continuous2D field = (Continuous2D) getField();
        if (field == null) {
            return;
        }
        double xScale = info.draw.width / field.width;
        double yScale = info.draw.height / field.height;
        double diameter = receptor.diameter() * xScale;
        double margin = diameter * 2 + 4;
        Rectangle2D clip = info.clip;
        double minX = clip == null ? Double.NEGATIVE_INFINITY : clip.getMinX() - margin;
        double maxX = clip == null ? Double.POSITIVE_INFINITY : clip.getMaxX() + margin;
        double minY = clip == null ? Double.NEGATIVE_INFINITY : clip.getMinY() - margin;
        double maxY = clip == null ? Double.POSITIVE_INFINITY : clip.getMaxY() + margin;
        Bag objects = field.getAllObjects();
        for (int i = 0; i < objects.numObjs; i++) {
            Object o = objects.objs[i];
            Double2D loc = field.getObjectLocation(o);
            double x = info.draw.x + xScale * loc.x;
            double y = info.draw.y + yScale * loc.y;
            if (x >= minX && x <= maxX && y >= minY && y <= maxY) {
                receptor.drawAt(graphics, (Receptor) o, x, y, diameter);
            }
        }
    }
}
