package org.receptorsim.scenario;

import java.util.List;
import org.receptorsim.pharmacology.pk.PkSpec;

/**
 * The exposure protocol of a scenario as written: bath changes, and optionally pharmacokinetics of one ligand
 * (dosing through a one-compartment model, or an effect-site clamp) whose concentration adds to the bath's.
 *
 * @param bath bath changes in time order (may be empty)
 * @param pharmacokinetics dosing or clamp of one ligand, or null
 */
public record ProtocolSpec(List<BathStep> bath, PkSpec pharmacokinetics) {

    /** An empty bath list when none is given. */
    public ProtocolSpec {
        bath = bath == null ? List.of() : List.copyOf(bath);
    }
}
