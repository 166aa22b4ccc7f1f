package org.receptorsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.receptorsim.checkpoint.CheckpointException;
import org.receptorsim.output.OutputException;
import org.receptorsim.output.RunWriter;
import org.receptorsim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code receptorsim} command line: one program, one subcommand per job. User errors (a bad scenario, a missing
 * file) print one line {@code error: ...} and exit with code 2, without a stack trace.
 */
@Command(name = "receptorsim", mixinStandardHelpOptions = true, versionProvider = ReceptorSimCommand.Version.class,
        description = "Agent-based simulator of mu-opioid receptor regulation.")
public final class ReceptorSimCommand implements Runnable {

    /**
     * The subcommands, in the order the usage help lists them. Only the one a command line names is built (picocli
     * reads each command's annotations by reflection, about 0.1 s for all of them in a fresh JVM); all are built when
     * none is named, for {@code help} and for a name that is not one of them, so that help and errors list them all.
     */
    static final java.util.List<Class<?>> SUBCOMMANDS = java.util.List.of(ListCommand.class, RunCommand.class,
            EnsembleCommand.class, SweepCommand.class, SnapshotCommand.class, GuiCommand.class, ValidateCommand.class,
            BenchCommand.class, BiasCommand.class, FitCommand.class, ToleranceCommand.class, OrganismCommand.class,
            ExportCommand.class, MergeCommand.class, SlurmCommand.class, BranchCommand.class,
            CommandLine.HelpCommand.class);

    /** {@link System#nanoTime()} when {@link #main} was entered (0 when the command line is run from a test). */
    static volatile long mainEnteredNanos;
    /** Wall-clock time when {@link #main} was entered (ms since the epoch; 0 when run from a test). */
    static volatile long mainEnteredMillis;

    /** Exit code of a user error (bad input). */
    public static final int USER_ERROR = 2;
    /** Exit code of a failure that is not the input's (a full disk, memory exhausted). */
    public static final int FAILURE = 1;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "expected a subcommand (list, run, ensemble, sweep, validate, bench)");
    }

    /** Entry point. */
    public static void main(String[] args) {
        mainEnteredNanos = System.nanoTime();
        mainEnteredMillis = System.currentTimeMillis();
        // the bundled library is read on a second core while the command line is set up
        Thread library = new Thread(org.receptorsim.scenario.Library::bundled, "library-prefetch");
        library.setDaemon(true);
        library.start();
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command line with given streams (used by tests).
     *
     * @param args arguments
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof ScenarioException || ex instanceof UserException || ex instanceof OutputException
                    || ex instanceof CheckpointException) {
                err.println("error: " + ex.getMessage());
                return USER_ERROR;
            }
            if (ex instanceof UncheckedIOException || ex instanceof IOException) {
                err.println("error: " + ex.getMessage());
                return FAILURE;
            }
            throw ex;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("error: out of memory (" + e.getMessage() + "): the run needed more than the "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB this program may use; record less often, "
                    + "simulate fewer receptors or cells at once, or give it more (RECEPTORSIM_JAVA_OPTS=-Xmx8g)");
            return FAILURE;
        }
    }

    /** The command line with the subcommand {@code args} names, or all of them (see {@link #SUBCOMMANDS}). */
    static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new ReceptorSimCommand());
        Class<?> named = args.length == 0 ? null : SUBCOMMANDS.stream()
                .filter(c -> c != CommandLine.HelpCommand.class && names(c).contains(args[0])).findFirst()
                .orElse(null);
        for (Class<?> c : SUBCOMMANDS) {
            if (named == null || c == named) {
                cl.addSubcommand(c);
            }
        }
        return cl;
    }

    private static java.util.List<String> names(Class<?> command) {
        Command c = command.getAnnotation(Command.class);
        java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of(c.aliases()));
        names.add(c.name());
        return names;
    }

    /** A user error that is not about a scenario file (e.g. an output directory that exists). */
    public static final class UserException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** @param message the one-line message */
        public UserException(String message) {
            super(message);
        }
    }

    /** Version from the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ReceptorSim " + RunWriter.VERSION};
        }
    }
}
