package org.receptorsim.organism.circuit;

import java.util.Map;
import org.receptorsim.organism.cell.CellCircuitAdapter;

/**
 * A circuit as configured: its simulated cells and the readout that makes its drug effect.
 *
 * @param circuit the circuit
 * @param cells the cell population
 * @param readout the readout of the drug effect
 * @param sources where the configuration comes from, by field
 */
public record CircuitSpec(Circuit circuit, CellCircuitAdapter.Population cells, Readout readout,
                          Map<String, String> sources) {

    /** Copies the sources. */
    public CircuitSpec {
        sources = sources == null ? Map.of() : Map.copyOf(sources);
    }
}
