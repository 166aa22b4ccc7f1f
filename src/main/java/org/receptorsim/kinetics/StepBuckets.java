package org.receptorsim.kinetics;

import java.util.Arrays;

/**
 * A calendar queue of clocks by time step: each clock (a small integer handle) waits in the bucket of the step in
 * which it fires. Buckets form a ring over a horizon of steps; clocks beyond it wait in an overflow list that is
 * sorted into the ring as time reaches it. Insertion and removal are O(1); taking a step's bucket is O(1) plus its
 * size. Within a bucket clocks are not ordered by time: the event engine needs no order within a step, because its
 * receptors are independent while the concentrations are held constant over the step.
 *
 * <p>Chosen over a binary heap of all clocks in global time order (O(log n) per event, and a cache miss per level
 * for a large cell) and over MASON's schedule heap (a key object per event, no way to move an event); the README's
 * performance section gives the measured costs.
 */
public final class StepBuckets implements java.io.Serializable {

    private static final int FAR = -2;
    private static final int NONE = -1;

    private final int horizon;
    private final int[][] buckets;
    private final int[] sizes;
    private int[] far = new int[16];
    private int farSize;
    /** Per handle: step at which it fires (or NONE), and its position in its bucket or in the overflow list. */
    private long[] stepOf;
    private int[] slotOf;
    private int[] positionOf;
    private long current = -1;

    /**
     * @param horizonSteps steps covered by the ring (clocks further ahead wait in the overflow list)
     * @param capacity initial number of handles
     */
    public StepBuckets(int horizonSteps, int capacity) {
        this.horizon = horizonSteps;
        this.buckets = new int[horizonSteps][];
        this.sizes = new int[horizonSteps];
        for (int i = 0; i < horizonSteps; i++) {
            buckets[i] = new int[4];
        }
        int c = Math.max(4, capacity);
        stepOf = new long[c];
        slotOf = new int[c];
        positionOf = new int[c];
        Arrays.fill(slotOf, NONE);
    }

    /**
     * Puts a clock in the bucket of a step (after the step being taken, if any), replacing where it was.
     *
     * @param handle the clock, ≥ 0
     * @param step the step in which it fires (≥ 0)
     */
    public void put(int handle, long step) {
        ensure(handle);
        remove(handle);
        long s = Math.max(step, current + 1);
        stepOf[handle] = s;
        if (s - current <= horizon) {
            int slot = (int) (s % horizon);
            int[] b = buckets[slot];
            if (sizes[slot] == b.length) {
                b = buckets[slot] = Arrays.copyOf(b, b.length * 2);
            }
            b[sizes[slot]] = handle;
            slotOf[handle] = slot;
            positionOf[handle] = sizes[slot]++;
        } else {
            if (farSize == far.length) {
                far = Arrays.copyOf(far, far.length * 2);
            }
            far[farSize] = handle;
            slotOf[handle] = FAR;
            positionOf[handle] = farSize++;
        }
    }

    /** Removes a clock if it is waiting. */
    public void remove(int handle) {
        if (handle >= slotOf.length) {
            return;
        }
        int slot = slotOf[handle];
        if (slot == NONE) {
            return;
        }
        int pos = positionOf[handle];
        if (slot == FAR) {
            int last = far[--farSize];
            far[pos] = last;
            positionOf[last] = pos;
        } else {
            int last = buckets[slot][--sizes[slot]];
            buckets[slot][pos] = last;
            positionOf[last] = pos;
        }
        slotOf[handle] = NONE;
    }

    /** True if the clock is waiting. */
    public boolean contains(int handle) {
        return handle < slotOf.length && slotOf[handle] != NONE;
    }

    /**
     * Takes the clocks that fire in a step: they are removed from the queue and copied into {@code into} (grown if
     * needed), whose new reference is returned with the count in {@code count[0]}. Steps must be taken in order.
     */
    public int[] take(long step, int[] into, int[] count) {
        current = step;
        if (step % horizon == 0 && farSize > 0) {
            admitFromOverflow();
        }
        int slot = (int) (step % horizon);
        int n = sizes[slot];
        int[] out = into.length >= n ? into : new int[Math.max(n, into.length * 2)];
        int[] b = buckets[slot];
        for (int i = 0; i < n; i++) {
            out[i] = b[i];
            slotOf[b[i]] = NONE;
        }
        sizes[slot] = 0;
        count[0] = n;
        return out;
    }

    /** Moves the overflow clocks that now fall within the horizon into their buckets. */
    private void admitFromOverflow() {
        int i = 0;
        while (i < farSize) {
            int h = far[i];
            if (stepOf[h] - current < horizon) {
                int last = far[--farSize];
                far[i] = last;
                positionOf[last] = i;
                slotOf[h] = NONE;
                long s = stepOf[h];
                long saved = current;
                current = saved - 1; // allow the clock into the bucket of the step about to be taken
                put(h, s);
                current = saved;
            } else {
                i++;
            }
        }
    }

    private void ensure(int handle) {
        if (handle >= slotOf.length) {
            int n = Math.max(handle + 1, slotOf.length * 2);
            int old = slotOf.length;
            stepOf = Arrays.copyOf(stepOf, n);
            slotOf = Arrays.copyOf(slotOf, n);
            positionOf = Arrays.copyOf(positionOf, n);
            Arrays.fill(slotOf, old, n, NONE);
        }
    }
}
