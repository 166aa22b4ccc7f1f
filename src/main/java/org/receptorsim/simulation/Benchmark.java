package org.receptorsim.simulation;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import org.receptorsim.model.CellSimulation;
import org.receptorsim.model.KineticsEngine;
import org.receptorsim.replicates.ReplicateRunner;
import org.receptorsim.scenario.Arm;
import org.receptorsim.scenario.Scenario;

/**
 * Measures the kinetics engines on a fixed scenario: receptor transitions per second and simulated cell-hours per
 * wall-second on one cell, then the throughput of several cells on 1 and on 2 threads, and the peak heap.
 */
public final class Benchmark {

    /**
     * One measurement.
     *
     * @param engine the engine
     * @param threads worker threads
     * @param cells cells simulated
     * @param wallSeconds elapsed time (seconds)
     * @param transitions receptor state changes (all cells)
     * @param simulatedHours simulated cell-hours (all cells)
     * @param peakHeapBytes peak heap use during the measurement (bytes)
     */
    public record Measurement(KineticsEngine engine, int threads, int cells, double wallSeconds, long transitions,
                              double simulatedHours, long peakHeapBytes) {

        /** Receptor transitions per wall-second. */
        public double transitionsPerSecond() {
            return transitions / wallSeconds;
        }

        /** Simulated cell-hours per wall-second. */
        public double cellHoursPerSecond() {
            return simulatedHours / wallSeconds;
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
    public static Measurement measure(Scenario scenario, KineticsEngine engine, int cells, int threads)
            throws Exception {
        Arm arm = scenario.arms().get(0);
        Scenario s = scenario.withEngine(engine);
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        long transitions = 0;
        for (long t : new ReplicateRunner(threads).runAll(cells, replicate -> {
            CellSimulation cell = CellFactory.cell(s, arm, replicate);
            cell.run();
            return cell.receptorTransitions();
        })) {
            transitions += t;
        }
        double wall = (System.nanoTime() - start) / 1e9;
        return new Measurement(engine, threads, cells, wall, transitions,
                cells * scenario.durationSeconds() / 3600, peakHeap());
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
