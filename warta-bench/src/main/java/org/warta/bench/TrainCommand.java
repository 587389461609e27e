package org.warta.bench;

import org.warta.bench.ner.TrainNerCommand;
import picocli.CommandLine.Command;

/** {@code warta train WHAT}: reproduces the models that ship inside Warta from the dev sets. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Reproduce a shipped model from the training data in ../shared/eval.",
        subcommands = {TrainNerCommand.class})
public final class TrainCommand {
}
