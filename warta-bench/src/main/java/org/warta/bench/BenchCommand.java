package org.warta.bench;

import picocli.CommandLine.Command;

/** {@code warta bench WHAT}: speed, as medians on this machine, with a peer in the same run where one exists. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure speed (medians; peers in the same run where one exists).",
        subcommands = {})
public final class BenchCommand {
}
