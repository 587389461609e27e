package org.warta.bench;

import org.warta.bench.load.IngestBenchCommand;
import org.warta.bench.load.LoadBenchCommand;
import org.warta.bench.nlp.NlpBenchCommand;
import org.warta.bench.scale.ScaleBenchCommand;
import org.warta.bench.summary.SynthesisBenchCommand;
import picocli.CommandLine.Command;

/** {@code warta bench WHAT}: speed, as medians on this machine, with a peer in the same run where one exists. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure speed (medians; peers in the same run where one exists).",
        subcommands = {ScaleBenchCommand.class, NlpBenchCommand.class, SynthesisBenchCommand.class, LoadBenchCommand.class,
                IngestBenchCommand.class})
public final class BenchCommand {
}
