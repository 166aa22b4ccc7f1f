package org.receptorsim.gui;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.receptorsim.model.Receptor;
import sim.field.continuous.Continuous2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.util.Bag;
import sim.util.Double2D;

/**
 * The receptors' field portrayal: MASON's {@link ContinuousPortrayal2D} for hit-testing (double-click to inspect a
 * receptor), but drawing goes through one tight loop over the field that blits each receptor's dot
 * ({@link ReceptorPortrayal#drawAt}), skipping MASON's per-object dispatch: the display keeps up with 10,000
 * receptors. Hit-testing returns only the receptor nearest the pointer, so that a double-click on a crowded clathrin
 * pit opens one inspector rather than one per receptor underneath.
 */
final class ReceptorFieldPortrayal extends ContinuousPortrayal2D {

    private static final long serialVersionUID = 1L;
    private final ReceptorPortrayal receptor;

    ReceptorFieldPortrayal(ReceptorPortrayal receptor) {
        this.receptor = receptor;
        setPortrayalForClass(Receptor.class, receptor);
    }

    /** Adds to {@code putInHere} the receptor hit nearest the centre of the hit area (none if none is hit). */
    @Override
    public void hitObjects(DrawInfo2D range, Bag putInHere) {
        Bag hits = new Bag();
        super.hitObjects(range, hits);
        Continuous2D field = (Continuous2D) getField();
        if (hits.isEmpty() || field == null) {
            return;
        }
        double xScale = range.draw.width / field.width;
        double yScale = range.draw.height / field.height;
        double cx = range.clip.getCenterX();
        double cy = range.clip.getCenterY();
        Object nearest = null;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < hits.numObjs; i++) {
            Object loc = ((LocationWrapper) hits.objs[i]).getLocation();
            if (!(loc instanceof Double2D p)) {
                continue;
            }
            double dx = range.draw.x + xScale * p.x - cx;
            double dy = range.draw.y + yScale * p.y - cy;
            if (dx * dx + dy * dy < best) {
                best = dx * dx + dy * dy;
                nearest = hits.objs[i];
            }
        }
        putInHere.add(nearest != null ? nearest : hits.objs[0]);
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
