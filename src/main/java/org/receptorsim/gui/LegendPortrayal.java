package org.receptorsim.gui;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.util.function.DoubleSupplier;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws the state legend, the 5-µm scale bar, the time and the arm's name over the cell in a MASON display: the portrayal of a
 * marker object at the field's origin, drawn by {@link CellView#drawLegend} as on a picture of the field.
 */
final class LegendPortrayal extends SimplePortrayal2D {

    private static final long serialVersionUID = 1L;
    private final transient CellView view;
    private final transient DoubleSupplier timeSeconds;
    private final String title;

    /**
     * @param view the cell picture
     * @param timeSeconds the cell's time
     * @param title written top right (the arm's name), or null
     */
    LegendPortrayal(CellView view, DoubleSupplier timeSeconds, String title) {
        this.view = view;
        this.timeSeconds = timeSeconds;
        this.title = title;
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        double scale = info.draw.width;
        AffineTransform saved = graphics.getTransform();
        graphics.translate(info.draw.x, info.draw.y);
        int size = (int) Math.round(CellLayout.SIZE * scale);
        view.drawLegend(graphics, size, timeSeconds.getAsDouble());
        if (title != null) {
            graphics.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, Math.max(12, size / 40)));
            graphics.setColor(java.awt.Color.BLACK);
            int w = graphics.getFontMetrics().stringWidth(title);
            graphics.drawString(title, size - w - 10, graphics.getFontMetrics().getAscent() + 6);
        }
        graphics.setTransform(saved);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return false;
    }
}
