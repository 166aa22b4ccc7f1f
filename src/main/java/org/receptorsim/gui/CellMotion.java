package org.receptorsim.gui;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.receptorsim.model.Location;
import org.receptorsim.model.Receptor;
import sim.util.Double2D;

/**
 * Where the animated receptors are drawn, kept on the GUI side and keyed by receptor id: on the membrane a receptor
 * diffuses along it (a random walk with its own generator, seeded here and never one of the model's streams);
 * arrestin-bound it moves into the clathrin-coated pit nearest to it; internalized it travels into an endosome
 * (around the nucleus, not through it), recycled back to its place on the membrane, degraded to the lysosome. A
 * receptor travels at most a fixed distance per update, so compartment changes are seen as journeys. For the eye
 * only: nothing here is read by the model.
 */
final class CellMotion {

    /** Lateral diffusion coefficient of a membrane receptor (µm²/s; MOR measured at about 0.05–0.2). */
    static final double MEMBRANE_DIFFUSION_UM2_PER_S = 0.1;
    /** Seed of the GUI's own generator. */
    static final long SEED = 0x5EED_CE11L;

    private static final double MEMBRANE_RADIUS = CellLayout.CELL_RADIUS - 0.15;
    private static final double NUCLEUS_CLEARANCE = CellLayout.NUCLEUS_RADIUS + 0.3;

    /** A receptor's drawn state: its membrane angle (radians) and where it is drawn now (µm). */
    private static final class Mark {
        double angle;
        double x;
        double y;
    }

    private final Map<Long, Mark> marks = new HashMap<>();
    private SplittableRandom random = new SplittableRandom(SEED);

    /** Forgets every position and restarts the generator (a new run). */
    void reset() {
        marks.clear();
        random = new SplittableRandom(SEED);
    }

    /** Number of receptors tracked. */
    int size() {
        return marks.size();
    }

    /** Forgets a receptor (faded out). */
    void forget(long id) {
        marks.remove(id);
    }

    /**
     * Moves a receptor for one model step and returns where it is drawn.
     *
     * @param r the receptor
     * @param timeSeconds the cell's time
     * @param dtSeconds the model step (sets the diffusion step)
     * @param maxTravel the largest distance moved per update (µm)
     * @return the drawn position (µm)
     */
    Double2D advance(Receptor r, double timeSeconds, double dtSeconds, double maxTravel) {
        Mark m = marks.get(r.getId());
        Location where = r.getLocation();
        boolean fresh = m == null;
        if (fresh) {
            m = new Mark();
            m.angle = CellLayout.membraneAngle(r.getId(), timeSeconds);
            marks.put(r.getId(), m);
        } else if (where == Location.MEMBRANE) {
            m.angle += random.nextGaussian() * Math.sqrt(2 * MEMBRANE_DIFFUSION_UM2_PER_S * dtSeconds)
                    / MEMBRANE_RADIUS;
        }
        Double2D target = target(r, where, m.angle);
        if (fresh) {
            m.x = target.x;
            m.y = target.y;
        } else {
            step(m, target, maxTravel);
        }
        return new Double2D(m.x, m.y);
    }

    private static Double2D target(Receptor r, Location where, double angle) {
        return switch (where) {
            case MEMBRANE -> new Double2D(CellLayout.CENTRE.x + MEMBRANE_RADIUS * Math.cos(angle),
                    CellLayout.CENTRE.y + MEMBRANE_RADIUS * Math.sin(angle));
            case CLATHRIN_PIT -> CellLayout.inPit(r.getId(), CellLayout.nearestPit(angle));
            default -> CellLayout.position(r, 0);
        };
    }

    /** A step of at most {@code max} toward the target, sliding around the nucleus. */
    private static void step(Mark m, Double2D target, double max) {
        double dx = target.x - m.x;
        double dy = target.y - m.y;
        double d = Math.hypot(dx, dy);
        if (d <= max) {
            m.x = target.x;
            m.y = target.y;
            return;
        }
        double nx = m.x + dx * max / d;
        double ny = m.y + dy * max / d;
        double cx = nx - CellLayout.NUCLEUS.x;
        double cy = ny - CellLayout.NUCLEUS.y;
        double c = Math.hypot(cx, cy);
        if (c < NUCLEUS_CLEARANCE && target.distance(CellLayout.NUCLEUS) >= NUCLEUS_CLEARANCE) {
            // on the nucleus' edge: go round it, on the side of the target
            double ux = c > 1e-9 ? cx / c : 1;
            double uy = c > 1e-9 ? cy / c : 0;
            double side = Math.signum(ux * dy - uy * dx);
            if (side == 0) {
                side = 1;
            }
            nx = CellLayout.NUCLEUS.x + ux * NUCLEUS_CLEARANCE - side * uy * max;
            ny = CellLayout.NUCLEUS.y + uy * NUCLEUS_CLEARANCE + side * ux * max;
        }
        m.x = nx;
        m.y = ny;
    }
}
