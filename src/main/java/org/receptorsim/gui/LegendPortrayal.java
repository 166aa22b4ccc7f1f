package org.receptorsim.gui;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.util.function.DoubleSupplier;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws the state legend, the 5-µm scale bar and the time over the cell in a MASON display: the portrayal of a
 * marker object at the field's origin, drawn by {@link CellView#drawLegend} as on a picture of the field.
 */
final class LegendPortrayal extends SimplePortrayal2D {

    private static final long serialVersionUID = 1L;
    private final transient CellView view;
    private final transient DoubleSupplier timeSeconds;

    LegendPortrayal(CellView view, DoubleSupplier timeSeconds) {
        this.view = view;
        this.timeSeconds = timeSeconds;
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        double scale = info.draw.width;
        AffineTransform saved = graphics.getTransform();
        graphics.translate(info.draw.x, info.draw.y);
        view.drawLegend(graphics, (int) Math.round(CellLayout.SIZE * scale), timeSeconds.getAsDouble());
        graphics.setTransform(saved);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return false;
    }
}
