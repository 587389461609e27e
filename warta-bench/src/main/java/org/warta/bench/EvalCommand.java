package org.warta.bench;

import org.warta.bench.clustering.EvalClusteringCommand;
import org.warta.bench.extraction.EvalExtractionCommand;
import org.warta.bench.language.EvalLanguageCommand;
import org.warta.bench.ner.EvalNerCommand;
import org.warta.bench.similarity.EvalSimilarityCommand;
import org.warta.bench.summary.EvalSummaryCommand;
import picocli.CommandLine.Command;

/** {@code warta eval AREA DIR}: quality on a dev set in ../shared/eval, Warta and its peers in the same run. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure quality on a dev set (../shared/eval), with peers in the same run.",
        subcommands = {EvalExtractionCommand.class, EvalClusteringCommand.class, EvalSimilarityCommand.class,
                EvalNerCommand.class, EvalSummaryCommand.class, EvalLanguageCommand.class})
public final class EvalCommand {
}
