package org.receptorsim.gui;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws the cell's compartments in a MASON display: the portrayal of a single marker object placed at the cell
 * centre, which scales {@link CellView#drawBackground} to the display's zoom.
 */
public final class BackgroundPortrayal extends SimplePortrayal2D {

    private static final long serialVersionUID = 1L;

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        double scale = info.draw.width;
        double originX = Math.round(info.draw.x - CellLayout.CENTRE.x * scale);
        double originY = Math.round(info.draw.y - CellLayout.CENTRE.y * scale);
        AffineTransform saved = graphics.getTransform();
        graphics.translate(originX, originY);
        int pixels = (int) Math.round(CellLayout.SIZE * scale);
        CellView.drawBackgroundCached(graphics, pixels);
        graphics.setTransform(saved);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return false;
    }
}
