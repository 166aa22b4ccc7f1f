package org.receptorsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.receptorsim.model.CellVariability;
import org.receptorsim.units.Duration;

/**
 * A scenario file as written, before resolution against the library. See {@code scenarios/README.md} for the
 * format.
 *
 * @param name run name (default: the file name)
 * @param description free text
 * @param cell library cell type name
 * @param cellOverrides any cell parameters overriding the library's (fields of {@code model.CellType}, as written;
 *     layered over the library's cell type before it is bound)
 * @param ligands library ligand names, or full ligand definitions (a definition named like a library ligand
 *     overrides its parameters)
 * @param protocol exposure protocol
 * @param duration simulated time
 * @param dt time step (default 1 s)
 * @param outputInterval recording interval (default 10 s)
 * @param seed master random seed (default 1)
 * @param arms optional comparison arms
 * @param adaptations which slow adaptations are on (fields of {@code signaling.Adaptations}, as written; defaults:
 *     cyclase superactivation, downregulation and transmitter depletion on, mediator feedback off)
 * @param forskolin true for the forskolin-stimulated cAMP assay (default false)
 * @param challenges optional challenge experiments (concentration–response curves on copies of the cell)
 * @param engine {@code per-receptor} (reference, default for single runs) or {@code cohort} (fast, same law)
 * @param replicates cells of an ensemble (default 100; {@code ensemble --replicates} overrides)
 * @param variability cell-to-cell variability of an ensemble (lognormal CVs)
 * @param sweep optional parameter sweep (for {@code receptorsim sweep})
 */
public record ScenarioFile(
        String name,
        String description,
        String cell,
        ObjectNode cellOverrides,
        List<JsonNode> ligands,
        ProtocolSpec protocol,
        Duration duration,
        Duration dt,
        Duration outputInterval,
        Long seed,
        List<ArmSpec> arms,
        ObjectNode adaptations,
        Boolean forskolin,
        ChallengeSpec challenges,
        String engine,
        Integer replicates,
        CellVariability variability,
        SweepSpec sweep) {
}
