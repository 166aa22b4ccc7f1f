package org.receptorsim.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar (me.tongfei progressbar, on standard error) when the program runs on a terminal; nothing
 * otherwise, so that files and pipes get no control characters. Thread-safe.
 */
final class TerminalProgress implements AutoCloseable {

    private final ProgressBar bar;

    private TerminalProgress(ProgressBar bar) {
        this.bar = bar;
    }

    /**
     * Starts a bar.
     *
     * @param task what is counted, shown before the bar
     * @param max the count when done
     * @return the bar (inert when not on a terminal)
     */
    static TerminalProgress start(String task, long max) {
        return new TerminalProgress(System.console() == null ? null : new ProgressBarBuilder().setTaskName(task)
                .setInitialMax(max).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).build());
    }

    /** Sets the count done. */
    synchronized void stepTo(long done) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    /** Sets the text after the bar, e.g. which point of a sweep runs. */
    synchronized void note(String text) {
        if (bar != null) {
            bar.setExtraMessage(text);
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
