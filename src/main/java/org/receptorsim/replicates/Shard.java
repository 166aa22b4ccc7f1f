package org.receptorsim.replicates;

/**
 * One of N shards of a run's items (an ensemble's cells or a sweep's points) for running on several machines:
 * shard I of N (1-based) holds the items i with i mod N = I − 1. Every item keeps its own random streams, so the
 * shards together compute exactly the items of the single-machine run.
 *
 * @param index this shard, 1 to count
 * @param count number of shards, ≥ 1
 */
public record Shard(int index, int count) {

    /** Checks the range. */
    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("expected I/N with 1 <= I <= N, got " + index + "/" + count);
        }
    }

    /**
     * Parses {@code I/N}.
     *
     * @param text e.g. "3/4"
     * @return the shard
     * @throws IllegalArgumentException saying what was expected
     */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length == 2) {
            try {
                return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            } catch (NumberFormatException e) {
                // fall through to the message below
            } catch (IllegalArgumentException e) {
                throw e;
            }
        }
        throw new IllegalArgumentException("expected I/N with whole numbers 1 <= I <= N (e.g. 2/4), got '" + text
                + "'");
    }

    /** True if item {@code item} (0-based) belongs to this shard. */
    public boolean contains(long item) {
        return item % count == index - 1;
    }

    /** Number of this shard's items among {@code items} items. */
    public int size(int items) {
        return items / count + (items % count >= index ? 1 : 0);
    }

    /** "I/N". */
    public String label() {
        return index + "/" + count;
    }
}
