package org.receptorsim.output;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What happens when the program is stopped by a signal (Ctrl-C = SIGINT, or SIGTERM), in one shutdown hook and in
 * a fixed order: first the stop actions (a resumable run saves the cells in progress and says how to resume; such
 * an action may wait until the command has wrapped up), then the exit actions (uncommitted staging directories
 * deleted, output locks released). Actions are removed once what they guard is done.
 */
public final class ShutdownActions {

    private static final List<Runnable> STOPS = new CopyOnWriteArrayList<>();
    private static final Set<Runnable> EXITS = ConcurrentHashMap.newKeySet();
    private static boolean installed;

    private ShutdownActions() {
    }

    /** Adds an action to run first on a signal (it may block until the command has finished its work). */
    public static void onStop(Runnable action) {
        install();
        STOPS.add(action);
    }

    /** Adds an action to run after the stop actions on a signal (cleaning up what would be left half-written). */
    public static void onExit(Runnable action) {
        install();
        EXITS.add(action);
    }

    /** Removes an action added by {@link #onStop} or {@link #onExit}. */
    public static void remove(Runnable action) {
        STOPS.remove(action);
        EXITS.remove(action);
    }

    /** Runs the stop actions, then the exit actions (the hook's work; package-visible for tests). */
    static void runAll() {
        for (Runnable r : STOPS) {
            r.run();
        }
        for (Runnable r : EXITS) {
            r.run();
        }
    }

    private static synchronized void install() {
        if (!installed) {
            Runtime.getRuntime().addShutdownHook(new Thread(ShutdownActions::runAll, "receptorsim-shutdown"));
            installed = true;
        }
    }
}
