package org.receptorsim.simulation;

import java.util.Locale;
import java.util.Optional;
import org.receptorsim.model.CellType;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.model.ReceptorState;
import org.receptorsim.scenario.Arm;
import org.receptorsim.scenario.Scenario;

/**
 * What a run of a scenario will need, estimated before it starts, so that a run that cannot finish is refused with
 * the estimate and the way out instead of ending in an {@code OutOfMemoryError} or running until it is killed.
 *
 * <p>Memory (bytes), from measurements of this program: a receptor agent about {@value #BYTES_PER_RECEPTOR} bytes,
 * {@value #BYTES_PER_EVENT_RECEPTOR} with the event engine's clock (every receptor made during the run is kept, the
 * degraded included, so the initial number plus the synthesis over the run; the count-only engine keeps none); a recorded time point of one arm about {@value #BYTES_PER_SNAPSHOT} bytes plus 16 per ligand; one
 * time point and column of an ensemble's streaming statistics (moments and a t-digest) about
 * {@value #BYTES_PER_STATISTIC} bytes. A run is refused when the estimate exceeds the heap.
 *
 * <p>Work (seconds on one core), from {@code receptorsim bench} on the benchmark cell: per-receptor engine about
 * {@value #SECONDS_PER_STEP} s per time step plus {@value #SECONDS_PER_RECEPTOR_STEP_PER_RECEPTOR_ENGINE} s per
 * receptor and step; event engine {@value #SECONDS_PER_STEP_EVENT} s per step plus
 * {@value #SECONDS_PER_RECEPTOR_SECOND_EVENT} s per receptor and simulated second (its cost follows the receptors'
 * transitions, about 0.03 per receptor and second in morphine); count-only engine
 * {@value #SECONDS_PER_STEP_COUNT} s per step, {@value #SECONDS_PER_STATE_AND_LEAP} s per chain state and recorded
 * interval (times 1 + log10 of the receptors in units of 10,000), and where the concentrations change every step
 * (pharmacokinetics) a matrix exponential per step, about {@value #SECONDS_PER_CUBED_STATE} s × states³. Estimates,
 * good to a factor of about two.
 *
 * @param heapBytes estimated peak heap (bytes)
 * @param wallSeconds estimated wall time (seconds) with the given threads
 * @param receptorBytes the part of the heap taken by receptor agents (bytes)
 * @param recordBytes the part taken by recorded time series and ensemble statistics (bytes)
 * @param cellSteps time steps of all cells together
 * @param cellsAtOnce cells simulated at the same time (threads, at most the cells)
 */
public record RunEstimate(double heapBytes, double wallSeconds, double receptorBytes, double recordBytes,
                          double cellSteps, int cellsAtOnce) {

    /** Heap per receptor agent (bytes). */
    static final double BYTES_PER_RECEPTOR = 100;
    /** Heap per receptor agent with its clock and calendar entry, event engine (bytes). */
    static final double BYTES_PER_EVENT_RECEPTOR = 130;
    /** Heap per recorded time point of one arm, without its concentrations (bytes). */
    static final double BYTES_PER_SNAPSHOT = 300;
    /** Heap per time point and column of an ensemble's streaming statistics (bytes). */
    static final double BYTES_PER_STATISTIC = 12_200;
    /** Wall time per time step of one cell, whatever its receptors (seconds). */
    static final double SECONDS_PER_STEP = 1e-6;
    /** Wall time per receptor and step, per-receptor engine (seconds). */
    static final double SECONDS_PER_RECEPTOR_STEP_PER_RECEPTOR_ENGINE = 7e-9;
    /** Wall time per time step, event engine (seconds). */
    static final double SECONDS_PER_STEP_EVENT = 2e-7;
    /** Wall time per receptor and simulated second, event engine (seconds). */
    static final double SECONDS_PER_RECEPTOR_SECOND_EVENT = 6e-10;
    /** Wall time per time step, count-only engine (the signal's update; seconds). */
    static final double SECONDS_PER_STEP_COUNT = 1e-7;
    /** Wall time per chain state and leap, count-only engine (seconds). */
    static final double SECONDS_PER_STATE_AND_LEAP = 1e-7;
    /** Wall time of a matrix exponential per cubed chain state (seconds). */
    static final double SECONDS_PER_CUBED_STATE = 1e-8;
    /** Readout columns of a recorded time point (the cascade's signals, the transmitter pool, the two arrestins). */
    static final int READOUTS = org.receptorsim.model.SignalReadouts.Readout.values().length;
    /** Further readout columns of an arm with pharmacokinetics. */
    static final int PK_READOUTS = org.receptorsim.pharmacology.pk.PharmacokineticExposure.QUANTITIES.size();

    /** What a command keeps in memory while it runs. */
    public enum Keeps {
        /** One replicate's arms at a time per thread (run, snapshot, GUI, assays). */
        CELLS_IN_PROGRESS,
        /** Every replicate's arms until the end (tolerance). */
        EVERY_CELL,
        /** The cells in progress, then the streaming statistics of every time point (ensemble, sweep). */
        ENSEMBLE_STATISTICS
    }

    /**
     * Estimates a run.
     *
     * @param scenario the resolved scenario (engine set)
     * @param cells replicate cells of each arm (for a sweep, points × cells per point)
     * @param threads worker threads
     * @param keeps what the command keeps in memory
     * @return the estimate
     */
    public static RunEstimate of(Scenario scenario, long cells, int threads, Keeps keeps) {
        double steps = scenario.durationSeconds() / scenario.dtSeconds();
        double times = Math.floor(scenario.durationSeconds() / scenario.outputIntervalSeconds()) + 2;
        int ligands = scenario.ligands().size();
        // a snapshot also carries the count of every chain state, 17·(L + 1) + 2 of them
        double snapshotBytes = BYTES_PER_SNAPSHOT + 16.0 * ligands + 16 + 8.0 * (17 * (ligands + 1) + 2);
        double receptorCv = scenario.variability() == null || scenario.variability().receptorCount() == null ? 0
                : scenario.variability().receptorCount();
        KineticsEngine engine = scenario.engine() == null ? KineticsEngine.EVENT : scenario.engine();
        boolean pk = scenario.arms().stream().anyMatch(a -> a.protocol().pharmacokinetics() != null);
        double states = 17.0 * (ligands + 1) + 2;
        double leaps = Math.ceil(scenario.durationSeconds() / scenario.outputIntervalSeconds());
        int columns = ReceptorState.values().length + 2 + READOUTS + (pk ? PK_READOUTS : 0) + ligands;
        double mostReceptors = 0;
        double cpuPerReplicate = 0;
        for (Arm arm : scenario.arms()) {
            CellType cell = arm.cell();
            double initial = cell.receptorCount() * (1 + 3 * receptorCv);
            double made = initial + cell.basalTurnoverRate().perSecond() * cell.receptorCount() * (1 + 3 * receptorCv)
                    * scenario.durationSeconds();
            mostReceptors = Math.max(mostReceptors, made);
            double receptors = (initial + made) / 2;
            cpuPerReplicate += switch (engine) {
                case PER_RECEPTOR -> steps * (SECONDS_PER_STEP + SECONDS_PER_RECEPTOR_STEP_PER_RECEPTOR_ENGINE
                        * receptors);
                case EVENT -> steps * SECONDS_PER_STEP_EVENT + receptors * scenario.durationSeconds()
                        * SECONDS_PER_RECEPTOR_SECOND_EVENT;
                case COHORT -> steps * SECONDS_PER_STEP_COUNT + (pk ? steps : leaps) * states
                        * SECONDS_PER_STATE_AND_LEAP * (1 + Math.log10(Math.max(1, receptors / 1e4)))
                        + (pk ? steps * SECONDS_PER_CUBED_STATE * states * states * states : 0);
            };
        }
        if (engine == KineticsEngine.COHORT) {
            mostReceptors = 0;
        }
        int arms = scenario.arms().size();
        double recordPerReplicate = arms * times * snapshotBytes;
        int inFlight = (int) Math.max(1, Math.min(threads, cells));
        double receptorBytes = inFlight * mostReceptors * (engine == KineticsEngine.EVENT ? BYTES_PER_EVENT_RECEPTOR
                : BYTES_PER_RECEPTOR);
        double recordBytes = switch (keeps) {
            case CELLS_IN_PROGRESS -> inFlight * recordPerReplicate;
            case EVERY_CELL -> Math.max(cells, inFlight) * recordPerReplicate;
            case ENSEMBLE_STATISTICS -> Math.max(inFlight * recordPerReplicate, recordPerReplicate
                    + arms * times * columns * BYTES_PER_STATISTIC);
        };
        double wall = cpuPerReplicate * cells / inFlight;
        return new RunEstimate(receptorBytes + recordBytes, wall, receptorBytes, recordBytes, steps * arms * cells,
                inFlight);
    }

    /**
     * The estimate of this run followed by another (the points of a sweep): the larger heap, the sum of the work.
     *
     * @param next the run after this one
     * @return both together
     */
    public RunEstimate then(RunEstimate next) {
        boolean mine = heapBytes >= next.heapBytes;
        return new RunEstimate(Math.max(heapBytes, next.heapBytes), wallSeconds + next.wallSeconds,
                mine ? receptorBytes : next.receptorBytes, mine ? recordBytes : next.recordBytes,
                cellSteps + next.cellSteps, Math.max(cellsAtOnce, next.cellsAtOnce));
    }

    /**
     * Why the run should not start, if it should not: it needs more memory than the heap allows, or longer than
     * the given limit. The message says what was estimated and the way out.
     *
     * @param maxHeapBytes the heap the program may use (bytes), e.g. {@code Runtime.maxMemory()}
     * @param maxWallHours the longest run accepted without being asked (hours)
     * @return the reason, or empty
     */
    public Optional<String> refusal(long maxHeapBytes, double maxWallHours) {
        if (heapBytes > maxHeapBytes) {
            String way = (recordBytes >= receptorBytes ? "record less often (a longer outputInterval)"
                    : "simulate fewer receptors (receptorCount)")
                    + (cellsAtOnce > 1 ? " or run fewer cells at once (--threads)" : "");
            return Optional.of(String.format(Locale.ROOT, "this run needs about %s of memory (%s for receptor "
                    + "agents, %s for recorded time series), more than the %s this program may use; %s, or give "
                    + "it more memory (RECEPTORSIM_JAVA_OPTS=-Xmx%dg)", bytes(heapBytes), bytes(receptorBytes),
                    bytes(recordBytes), bytes(maxHeapBytes), way, (long) Math.ceil(heapBytes / 0.8 / (1L << 30))));
        }
        if (wallSeconds > maxWallHours * 3600) {
            return Optional.of(String.format(Locale.ROOT, "this run would take about %s on this machine (%.3g "
                    + "time steps in all), more than the %.3g h accepted; shorten the duration, use a longer dt, "
                    + "fewer cells or the cohort engine, or accept it with --max-hours %.0f", duration(wallSeconds),
                    cellSteps, maxWallHours, Math.ceil(wallSeconds / 3600 * 1.2)));
        }
        return Optional.empty();
    }

    private static String bytes(double b) {
        if (b >= 1L << 30) {
            return String.format(Locale.ROOT, "%.3g GB", b / (1L << 30));
        }
        return String.format(Locale.ROOT, "%.0f MB", Math.ceil(b / (1 << 20)));
    }

    private static String duration(double seconds) {
        double hours = seconds / 3600;
        if (hours >= 48) {
            return String.format(Locale.ROOT, "%.3g days", hours / 24);
        }
        return String.format(Locale.ROOT, "%.3g hours", hours);
    }
}
