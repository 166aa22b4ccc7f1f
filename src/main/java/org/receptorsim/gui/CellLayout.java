package org.receptorsim.gui;

import sim.util.Double2D;
import org.receptorsim.model.Location;
import org.receptorsim.model.Receptor;

/**
 * The drawn cell, in micrometres on a 24 × 24 µm field: a round cell of radius 10 µm, the nucleus, three endosomes,
 * a lysosome, and 24 clathrin-coated pits on the membrane. A receptor's drawn position follows from its identity,
 * location and the time: on the membrane it drifts slowly along it (a deterministic wobble, for the eye only),
 * arrestin-bound it sits in its nearest pit, internalized in one of the endosomes, degraded in the lysosome. This is
 * the still picture ({@code snapshot}); the animated console adds diffusion and journeys ({@link CellMotion}).
 */
public final class CellLayout {

    /** Field width and height (µm). */
    public static final double SIZE = 24;
    /** Cell centre (µm). */
    public static final Double2D CENTRE = new Double2D(12, 12);
    /** Cell radius (µm). */
    public static final double CELL_RADIUS = 10;
    /** Nucleus centre and radius (µm). */
    public static final Double2D NUCLEUS = new Double2D(13.5, 13);
    /** Nucleus radius (µm). */
    public static final double NUCLEUS_RADIUS = 3.2;
    /** Endosome centres (µm). */
    public static final Double2D[] ENDOSOMES = {new Double2D(7, 9), new Double2D(8.5, 16.5), new Double2D(17, 7.5)};
    /** Endosome radius (µm). */
    public static final double ENDOSOME_RADIUS = 1.3;
    /** Lysosome centre (µm). */
    public static final Double2D LYSOSOME = new Double2D(16.5, 17.5);
    /** Lysosome radius (µm). */
    public static final double LYSOSOME_RADIUS = 1.5;
    /** Number of clathrin-coated pits on the membrane. */
    public static final int PITS = 24;

    private static final double GOLDEN = 0.6180339887498949;

    private CellLayout() {
    }

    /** A fraction in [0, 1) from a receptor id and a salt (a hash: the same id always lands in the same place). */
    static double hash(long id, long salt) {
        long z = id * 0x9E3779B97F4A7C15L + salt * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-53;
    }

    /** The membrane angle (radians) of a receptor at a time: its home angle plus a slow drift. */
    static double membraneAngle(long id, double timeSeconds) {
        double home = 2 * Math.PI * ((id * GOLDEN) % 1.0);
        return home + 0.05 * Math.sin(timeSeconds / 120 + 6.283 * hash(id, 1));
    }

    /** The angle of a pit (radians). */
    static double pitAngle(int pit) {
        return 2 * Math.PI * (pit + 0.5) / PITS;
    }

    /**
     * Where a receptor is drawn.
     *
     * @param r the receptor
     * @param timeSeconds the time of the picture
     * @return position in µm on the field
     */
    public static Double2D position(Receptor r, double timeSeconds) {
        long id = r.getId();
        Location where = r.getLocation();
        switch (where) {
            case MEMBRANE -> {
                double a = membraneAngle(id, timeSeconds);
                return onCircle(CENTRE, CELL_RADIUS - 0.15, a);
            }
            case CLATHRIN_PIT -> {
                return inPit(id, nearestPit(membraneAngle(id, timeSeconds)));
            }
            case ENDOSOME -> {
                Double2D c = ENDOSOMES[(int) (hash(id, 4) * ENDOSOMES.length)];
                return inDisc(c, ENDOSOME_RADIUS * 0.85, id);
            }
            default -> {
                return inDisc(LYSOSOME, LYSOSOME_RADIUS * 0.85, id);
            }
        }
    }

    /** The pit nearest to a membrane angle (radians). */
    static int nearestPit(double angle) {
        return (int) Math.floor(((angle / (2 * Math.PI)) % 1.0 + 1.0) % 1.0 * PITS) % PITS;
    }

    /** Where a receptor sits in a pit (µm): a small cluster just inside the membrane. */
    static Double2D inPit(long id, int pit) {
        double jitter = (hash(id, 2) - 0.5) * 0.35;
        return onCircle(CENTRE, CELL_RADIUS - 0.45 - 0.25 * hash(id, 3), pitAngle(pit) + jitter / CELL_RADIUS);
    }

    private static Double2D onCircle(Double2D c, double radius, double angle) {
        return new Double2D(c.x + radius * Math.cos(angle), c.y + radius * Math.sin(angle));
    }

    private static Double2D inDisc(Double2D c, double radius, long id) {
        double r = radius * Math.sqrt(hash(id, 5));
        return onCircle(c, r, 2 * Math.PI * hash(id, 6));
    }
}
