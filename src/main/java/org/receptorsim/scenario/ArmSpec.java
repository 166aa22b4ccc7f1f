package org.receptorsim.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One arm of a comparison scenario as written (e.g. "morphine" beside "DAMGO"): any of the cell, its overrides and
 * the protocol may differ from the scenario's; what is not given is taken from it.
 *
 * @param name arm name, unique in the scenario
 * @param description free text
 * @param cell library cell type, default the scenario's
 * @param cellOverrides parameters overriding the cell's, as written (layered over the scenario's overrides)
 * @param protocol exposure, default the scenario's
 * @param adaptations switches overriding the scenario's, as written
 */
public record ArmSpec(String name, String description, String cell, ObjectNode cellOverrides, ProtocolSpec protocol,
                      ObjectNode adaptations) {
}
