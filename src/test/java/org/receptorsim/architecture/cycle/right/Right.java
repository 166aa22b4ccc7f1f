package org.receptorsim.architecture.cycle.right;

import org.receptorsim.architecture.cycle.left.Left;

/** The other half of a deliberate package cycle. */
public final class Right {

    /** Depends back on the first package. */
    public Left partner() {
        return new Left();
    }
}
