package org.receptorsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.receptorsim.cluster.ShardMerge;
import org.receptorsim.output.OutputClaim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code receptorsim merge DIR... --out X}: the shards of an ensemble or sweep ({@code --shard I/N}) combined into
 * the results of the whole run, byte-identical to a run on one machine.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Combine the shard directories of an 'ensemble --shard I/N' or 'sweep --shard I/N' run into "
                + "the results of the whole run (identical, byte for byte, to the run on one machine).")
final class MergeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "The shards' directories, all of them.")
    private List<Path> shards;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory for the merged results.")
    private Path out;

    @Override
    public Integer call() throws Exception {
        try (OutputClaim claim = Outputs.claim(out, spec)) {
            String what = ShardMerge.merge(shards, out);
            spec.commandLine().getOut().printf(Locale.ROOT, "%s -> %s%n", what, out);
            return 0;
        }
    }
}
