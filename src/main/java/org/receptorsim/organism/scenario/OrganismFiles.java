package org.receptorsim.organism.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.receptorsim.pharmacology.pk.PkSpec;
import org.receptorsim.units.Concentration;
import org.receptorsim.units.Duration;

/** The shapes organism files are written in, before resolution (fields are null when not given). */
final class OrganismFiles {

    private OrganismFiles() {
    }

    /** The defaults resource. */
    record DefaultsFile(CellsSpec cells, Map<String, CircuitFileSpec> circuits, Map<String, ParameterValue> parameters) {
    }

    /** A parameter's value and source in the defaults. */
    record ParameterValue(JsonNode value, String source) {
    }

    /**
     * The cells of every circuit.
     *
     * @param perCircuit cells per circuit
     * @param receptors receptors per cell
     * @param cellDt the cells' time step
     */
    record CellsSpec(Integer perCircuit, Integer receptors, Duration cellDt) {
    }

    /**
     * One circuit's configuration; any field may be left out to keep the default.
     *
     * @param cell library cell type
     * @param cellOverrides cell parameters (merged key by key onto the default's)
     * @param adaptations the cell scenario's adaptation switches
     * @param readout gProtein, cAMP or effect
     * @param receptors receptors per cell
     * @param cells cells of the circuit
     * @param sources sources by field
     */
    record CircuitFileSpec(String cell, JsonNode cellOverrides, JsonNode adaptations, String readout,
                           Integer receptors, Integer cells, Map<String, String> sources) {
    }

    /**
     * A context's cue present for a while, optionally repeated.
     *
     * @param context the context's name
     * @param at first start
     * @param duration how long each session lasts
     * @param every repetition interval
     * @param times number of sessions
     */
    record SessionSpec(String context, Duration at, Duration duration, Duration every, Integer times) {
    }

    /** A named window [from, to]. */
    record WindowSpec(Duration from, Duration to) {
    }

    /**
     * A literature check.
     *
     * @param id identifier
     * @param claim the claim in words
     * @param quantity the measured quantity
     * @param band [low, high]; numbers, or inf / -inf for an open end
     * @param label fitted, predicted or design
     * @param source the reference
     * @param note what is known about the result, e.g. the traced cause of a miss (optional)
     */
    record CheckSpec(String id, String claim, String quantity, List<JsonNode> band, String label, String source,
                     String note) {
    }

    /**
     * A figure.
     *
     * @param name file name without .png
     * @param title chart title
     * @param kind timeCourse (default) or perDose
     * @param from start of the time axis (timeCourse)
     * @param before with align lastDose: the axis starts this long before the last dose (instead of from)
     * @param to end of the time axis
     * @param xUnit h or d (timeCourse; default d)
     * @param align none (default) or lastDose: time measured from each arm's last dose
     * @param fold perDose: overlay courses that repeat with this period (each a series, day within the course)
     * @param panels the panels, top to bottom
     */
    record FigureSpec(String name, String title, String kind, Duration from, Duration before, Duration to, String xUnit,
                      String align, Duration fold, List<PanelSpec> panels) {
    }

    /**
     * One panel of a figure.
     *
     * @param series series drawn
     * @param arms arms drawn (default all)
     * @param label y-axis label
     * @param statistic perDose: statistic of each dose's window (default max)
     * @param normalize perDose: "first" divides by the first dose's value
     */
    record PanelSpec(List<String> series, List<String> arms, String label, String statistic, String normalize) {
    }

    /**
     * One arm; what it leaves out comes from the scenario level.
     *
     * @param name arm name
     * @param description free text
     * @param drug library drug
     * @param doses doses
     * @param contexts context sessions
     * @param pgpInhibition fraction of P-gp blocked
     * @param brainClamp constant brain concentration
     * @param parameters organism parameter overrides (on top of the scenario's)
     * @param circuits circuit overrides (on top of the scenario's)
     * @param windows named windows (on top of the scenario's)
     * @param antagonist a drug given against the arm's drug
     */
    record ArmFileSpec(String name, String description, String drug, List<PkSpec.DoseSpec> doses,
                       List<SessionSpec> contexts, Double pgpInhibition, Concentration brainClamp,
                       Map<String, JsonNode> parameters, Map<String, CircuitFileSpec> circuits,
                       Map<String, WindowSpec> windows, AntagonistSpec antagonist) {
    }

    /**
     * A drug given against the arm's drug, e.g. naloxone to precipitate withdrawal.
     *
     * @param drug library drug (its ligand competes with the arm's drug's)
     * @param doses its doses
     */
    record AntagonistSpec(String drug, List<PkSpec.DoseSpec> doses) {
    }

    /**
     * An organism scenario file.
     *
     * @param name run name (default: the file name)
     * @param description free text
     * @param drug library drug of every arm (default for arms)
     * @param duration simulated time
     * @param step the organism step (default 5 min)
     * @param outputInterval rows of timeseries.csv (default 30 min)
     * @param seed master seed (default 1)
     * @param cells cells per circuit, receptors, cell step
     * @param circuits circuit overrides
     * @param parameters organism parameter overrides
     * @param doses doses (default for arms)
     * @param contexts context sessions (default for arms)
     * @param pgpInhibition fraction of P-gp blocked (default 0)
     * @param brainClamp constant brain concentration (default none)
     * @param windows named windows
     * @param arms the arms (one named "main" when absent)
     * @param checks literature checks
     * @param figures figures
     * @param antagonist a drug given against the drug (default for arms)
     */
    record ScenarioFile(String name, String description, String drug, Duration duration, Duration step,
                        Duration outputInterval, Long seed, CellsSpec cells, Map<String, CircuitFileSpec> circuits,
                        Map<String, JsonNode> parameters, List<PkSpec.DoseSpec> doses, List<SessionSpec> contexts,
                        Double pgpInhibition, Concentration brainClamp, Map<String, WindowSpec> windows,
                        List<ArmFileSpec> arms, List<CheckSpec> checks, List<FigureSpec> figures,
                        AntagonistSpec antagonist) {
    }
}
