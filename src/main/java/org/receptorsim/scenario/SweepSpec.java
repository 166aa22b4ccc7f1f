package org.receptorsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A parameter sweep as written in a scenario: axes over model parameters, a design, and the metric to map.
 *
 * @param design {@code grid} (every combination, default) or {@code latin-hypercube}
 * @param samples number of points of a Latin hypercube
 * @param metric per-cell metric shown in the heat maps (a column of replicates.csv), default finalEc50FoldShift
 * @param replicates cells per point (default: the scenario's replicates)
 * @param axes the swept parameters
 */
public record SweepSpec(String design, Integer samples, String metric, Integer replicates, List<Axis> axes) {

    /**
     * One swept parameter.
     *
     * @param parameter {@code cell.<field>}, {@code ligands.<name>.<field>} or {@code bath.<ligand>} (every
     *     concentration of that ligand in the protocol)
     * @param values explicit values ("number unit" text, or plain numbers for dimensionless fields)
     * @param from lower end (with {@code to} and {@code points})
     * @param to upper end
     * @param points number of points between from and to (≥ 2)
     * @param scale {@code linear} (default) or {@code log}
     */
    public record Axis(String parameter, List<JsonNode> values, JsonNode from, JsonNode to, Integer points,
                       String scale) {
    }
}
