package org.receptorsim.simulation;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import org.receptorsim.model.CellSimulation;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.model.LeapWork;
import org.receptorsim.replicates.ReplicateRunner;
import org.receptorsim.scenario.Arm;
import org.receptorsim.scenario.Scenario;

/**
 * Measures a kinetics engine on a scenario's first arm: CPU time of the cells (each worker thread's CPU time, so
 * other load on the machine does not count), wall time, receptor state changes and peak heap.
 *
 * <p>State changes are counted the same way for every engine: as the jumps of the receptors in continuous time,
 * which only the event engine sees one by one. The step-based engines see net changes per step or leap, fewer than
 * the jumps; so the cost per state change of any engine is its CPU time divided by the event engine's jump count for
 * the same cells (the engines share one law, so the expected count is the same).
 */
public final class Benchmark {

    /**
     * One measurement.
     *
     * @param engine the engine
     * @param receptors receptors per cell at the start
     * @param ligands ligands of the scenario (chain size: 17·(L + 1) + 2 states)
     * @param cells cells simulated
     * @param threads worker threads
     * @param simulatedSeconds simulated time per cell (seconds)
     * @param cpuSeconds CPU time of all cells together (seconds)
     * @param wallSeconds elapsed time (seconds)
     * @param engineTransitions state changes as the engine counts them (all cells; see {@link CellSimulation})
     * @param leapWork the count-only engine's leaps, draws and flows (all cells; {@link LeapWork#NONE} for the
     *     other engines)
     * @param peakHeapBytes peak heap use during the measurement (bytes)
     */
    public record Measurement(KineticsEngine engine, int receptors, int ligands, int cells, int threads,
                              double simulatedSeconds, double cpuSeconds, double wallSeconds, long engineTransitions,
                              LeapWork leapWork, long peakHeapBytes) {

        /** Simulated cell-days of all cells together. */
        public double cellDays() {
            return cells * simulatedSeconds / 86_400;
        }

        /** CPU seconds per simulated cell-day. */
        public double cpuSecondsPerCellDay() {
            return cpuSeconds / cellDays();
        }

        /** Simulated cell-days per wall-second per thread. */
        public double cellDaysPerSecondPerCore() {
            return cellDays() / wallSeconds / threads;
        }

        /**
         * CPU nanoseconds per receptor state change, given the receptors' jumps per cell as the event engine counts
         * them for the same scenario.
         */
        public double nanosecondsPerStateChange(double jumpsPerCell) {
            return cpuSeconds * 1e9 / (jumpsPerCell * cells);
        }
    }

    private Benchmark() {
    }

    /**
     * Runs {@code cells} cells of the scenario's first arm on {@code threads} threads.
     *
     * @param scenario the benchmark scenario
     * @param engine the engine to measure
     * @param cells number of cells (replicates 0..cells-1)
     * @param threads worker threads
     * @return the measurement
     */
    public static Measurement measure(Scenario scenario, KineticsEngine engine, int cells, int threads) {
        Arm arm = scenario.arms().get(0);
        Scenario s = scenario.withEngine(engine);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        long transitions = 0;
        long cpuNanos = 0;
        LeapWork leapWork = LeapWork.NONE;
        for (CellCost c : new ReplicateRunner(threads).runAll(cells, replicate -> {
            long c0 = cpu.getCurrentThreadCpuTime();
            CellSimulation cell = CellFactory.cell(s, arm, replicate);
            cell.run();
            return new CellCost(cell.receptorTransitions(), cell.leapWork(), cpu.getCurrentThreadCpuTime() - c0);
        })) {
            transitions += c.transitions();
            leapWork = leapWork.plus(c.leapWork());
            cpuNanos += c.cpuNanos();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        return new Measurement(engine, arm.cell().receptorCount(), scenario.ligands().size(), cells, threads,
                scenario.durationSeconds(), cpuNanos / 1e9, wall, transitions, leapWork, peakHeap());
    }

    /** What one cell cost: its state changes as its engine counts them, its leaps' work, its CPU time (ns). */
    private record CellCost(long transitions, LeapWork leapWork, long cpuNanos) {
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
