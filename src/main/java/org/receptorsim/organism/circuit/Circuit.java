package org.receptorsim.organism.circuit;

import java.util.Locale;

/**
 * A circuit of the organism, read out from its own simulated cells. Brain circuits' cells see the unbound brain
 * concentration, the gut's the unbound plasma concentration (myenteric neurons lie outside the blood–brain barrier).
 */
public enum Circuit {

    /** Antinociception (periaqueductal grey / spinal dorsal horn MOR neurons). */
    ANALGESIA(Site.BRAIN),
    /** Reward (VTA GABA interneurons whose inhibition disinhibits dopamine neurons): the hedonic drive. */
    REWARD(Site.BRAIN),
    /** Respiratory rhythm (preBötzinger complex MOR neurons). */
    RESPIRATION(Site.BRAIN),
    /** Gut motility (myenteric neurons). */
    GUT(Site.PERIPHERY);

    /** Where a circuit's cells are. */
    public enum Site {
        /** Behind the blood–brain barrier: unbound brain concentration. */
        BRAIN,
        /** Outside it: unbound plasma concentration. */
        PERIPHERY
    }

    private final Site site;

    Circuit(Site site) {
        this.site = site;
    }

    /** Where the circuit's cells are. */
    public Site site() {
        return site;
    }

    /** The name used in files, e.g. "analgesia". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name with a capital, for series names, e.g. "Analgesia". */
    public String title() {
        String k = key();
        return Character.toUpperCase(k.charAt(0)) + k.substring(1);
    }

    /**
     * A circuit by its file name.
     *
     * @param key e.g. "gut"
     * @return the circuit
     * @throws IllegalArgumentException listing the names known
     */
    public static Circuit of(String key) {
        for (Circuit c : values()) {
            if (c.key().equalsIgnoreCase(key)) {
                return c;
            }
        }
        throw new IllegalArgumentException("expected one of [analgesia, reward, respiration, gut], got '" + key + "'");
    }
}
