package org.receptorsim.architecture.cycle.left;

import org.receptorsim.architecture.cycle.right.Right;

/** Half of a deliberate package cycle, the fixture that shows the cycle rule fails. */
public final class Left {

    /** Depends on the other package. */
    public Right partner() {
        return new Right();
    }
}
