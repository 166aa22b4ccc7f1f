package org.receptorsim.scenario;

import org.receptorsim.model.CellType;
import org.receptorsim.signaling.Adaptations;

/**
 * One arm of a comparison scenario as written (e.g. "morphine" beside "DAMGO"): any of the cell, its overrides and
 * the protocol may differ from the scenario's; what is not given is taken from it.
 *
 * @param name arm name, unique in the scenario
 * @param description free text
 * @param cell library cell type, default the scenario's
 * @param cellOverrides parameters overriding the cell's (merged over the scenario's overrides)
 * @param protocol exposure, default the scenario's
 * @param adaptations switches overriding the scenario's
 */
public record ArmSpec(String name, String description, String cell, CellType cellOverrides, ProtocolSpec protocol,
                      Adaptations adaptations) {
}
