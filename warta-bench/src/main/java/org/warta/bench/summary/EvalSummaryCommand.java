package org.warta.bench.summary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.warta.story.SynthesisSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warta eval summary <indosum dir>}: ROUGE-1/2/L F1 of Warta's summaries and of LEAD-3, same run. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "ROUGE-1/2/L F1 of Warta's single-article summaries against IndoSum's gold, with LEAD-3.")
public final class EvalSummaryCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "IndoSum folder holding articles.jsonl.gz")
    Path dir;

    @Option(names = "--sentences", defaultValue = "3", description = "summary sentences (default ${DEFAULT-VALUE})")
    int sentences;

    @Option(names = "--limit", defaultValue = "0", description = "score only the first N articles (0: all)")
    int limit;

    @Override
    public Integer call() {
        List<SummaryEvaluation.Doc> docs;
        try {
            docs = SummaryEvaluation.read(dir);
        } catch (IOException e) {
            System.err.println("warta eval summary: " + e.getMessage());
            return 2;
        }
        if (sentences < 1) {
            System.err.println("warta eval summary: --sentences must be at least 1");
            return 2;
        }
        if (limit > 0 && limit < docs.size()) {
            docs = docs.subList(0, limit);
        }
        SummaryEvaluation.Result r = SummaryEvaluation.run(docs, SynthesisSettings.defaults(), sentences);
        System.out.printf(Locale.ROOT, "IndoSum %s: %d articles, %d-sentence summaries, ROUGE F1 (no stemming)%n",
                dir, r.docs(), sentences);
        System.out.printf(Locale.ROOT, "%-26s %8s %8s %8s%n", "system", "R-1", "R-2", "R-L");
        row("warta", r.warta());
        row("LEAD-" + sentences, r.lead3());
        row("LEAD-" + sentences + " without dateline", r.lead3Clean());
        System.out.printf(Locale.ROOT, "warta summarised %d articles in %.2f s (%.2f ms an article)%n", r.docs(),
                r.seconds(), 1000 * r.seconds() / Math.max(1, r.docs()));
        return 0;
    }

    private static void row(String name, SummaryEvaluation.Scores s) {
        System.out.printf(Locale.ROOT, "%-26s %8.4f %8.4f %8.4f%n", name, s.rouge1(), s.rouge2(), s.rougeL());
    }

    /** Runs the command on its own (the lead wires it under {@code warta eval}). */
    public static void main(String[] args) {
        System.exit(new picocli.CommandLine(new EvalSummaryCommand()).execute(args));
    }
}
