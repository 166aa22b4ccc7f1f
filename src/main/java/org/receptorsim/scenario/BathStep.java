package org.receptorsim.scenario;

import java.util.LinkedHashMap;
import org.receptorsim.units.Concentration;
import org.receptorsim.units.Duration;

/**
 * One change of the bath as written in a scenario: at a time, optionally wash out every ligand, then set the
 * concentrations given.
 *
 * @param at time from the start of the run
 * @param washout true to remove every ligand first
 * @param set new concentrations by ligand name (e.g. {@code DAMGO: 10 uM}); an antagonist challenge is a set of
 *     the antagonist's concentration
 */
public record BathStep(Duration at, Boolean washout, LinkedHashMap<String, Concentration> set) {
}
