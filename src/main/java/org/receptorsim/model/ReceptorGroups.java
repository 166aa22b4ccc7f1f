package org.receptorsim.model;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The living receptors grouped by chain state, each group an array with O(1) insertion and removal (a receptor
 * remembers its position), and uniform selection without replacement by a partial Fisher–Yates shuffle.
 */
final class ReceptorGroups {

    private final Receptor[][] members;
    private final int[] sizes;

    ReceptorGroups(int states) {
        members = new Receptor[states][16];
        sizes = new int[states];
    }

    int size(int state) {
        return sizes[state];
    }

    void add(Receptor r) {
        int s = r.chainState();
        if (sizes[s] == members[s].length) {
            members[s] = Arrays.copyOf(members[s], members[s].length * 2);
        }
        members[s][sizes[s]] = r;
        r.groupPosition = sizes[s];
        sizes[s]++;
    }

    void remove(Receptor r) {
        int s = r.chainState();
        int last = --sizes[s];
        Receptor moved = members[s][last];
        members[s][r.groupPosition] = moved;
        moved.groupPosition = r.groupPosition;
        members[s][last] = null;
    }

    /**
     * Picks, uniformly among the group's members not yet picked this step, one receptor. The first
     * {@code alreadyPicked} slots of the group hold the ones picked before; the pick is swapped into the next slot.
     */
    Receptor pickUniformly(int state, int alreadyPicked, UniformRandomProvider random) {
        Receptor[] m = members[state];
        int j = alreadyPicked + random.nextInt(sizes[state] - alreadyPicked);
        Receptor chosen = m[j];
        Receptor displaced = m[alreadyPicked];
        m[alreadyPicked] = chosen;
        chosen.groupPosition = alreadyPicked;
        m[j] = displaced;
        displaced.groupPosition = j;
        return chosen;
    }
}
