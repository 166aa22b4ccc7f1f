package org.receptorsim.cli;

import picocli.CommandLine.Option;

/** {@code --resume} of the resumable commands (a picocli mixin). */
final class ResumeOption {

    @Option(names = "--resume", description = "Resume the interrupted run in --out DIR.")
    boolean resume;

    /** Checks that --resume names the directory to resume. */
    void check(ScenarioOptions scenario) {
        if (resume && scenario.out == null) {
            throw new ReceptorSimCommand.UserException("--resume: give the interrupted run's --out DIR");
        }
    }
}
