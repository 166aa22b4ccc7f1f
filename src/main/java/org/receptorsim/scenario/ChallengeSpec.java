package org.receptorsim.scenario;

import java.util.List;
import org.receptorsim.units.Concentration;
import org.receptorsim.units.Duration;

/**
 * Challenge experiments as written in a scenario: concentration–response curves to a test agonist measured on
 * copies of the cell at given times.
 *
 * @param ligand test agonist (one of the scenario's ligands)
 * @param ligands several test agonists instead of one (cross-tolerance), each measured on the same copies; the first
 *     is the primary one whose shifts are the arm's tolerance metrics
 * @param at times of the measurements
 * @param concentrations test concentrations, ascending, for every test agonist (default: 13 half-log steps from
 *     Kd/1000 to Kd·1000 of each)
 * @param duration exposure of each copy to the test agonist (default 10 min)
 * @param readout {@code cAMP} (inhibition of cAMP relative to the copy's own control, default), {@code cAMPLevel}
 *     (lowering of cAMP below the naive control: the tissue's absolute effect, potency read as an ED50) or
 *     {@code gProtein} (peak G-protein activation)
 * @param washout remove the chronic drugs from the copies first (default true)
 * @param washoutTime how long the copies are held before the test agonist is added (default 0)
 */
public record ChallengeSpec(String ligand, List<String> ligands, List<Duration> at, List<Concentration> concentrations, Duration duration,
                            String readout, Boolean washout, Duration washoutTime) {
}
