package org.receptorsim.scenario;

import java.util.List;

/**
 * The exposure protocol of a scenario as written: a list of bath changes.
 *
 * @param bath bath changes in time order
 */
public record ProtocolSpec(List<BathStep> bath) {
}
