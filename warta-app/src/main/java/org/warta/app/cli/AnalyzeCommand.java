package org.warta.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.warta.app.json.ContractJson;
import org.warta.model.Article;
import org.warta.model.DateMention;
import org.warta.model.Entity;
import org.warta.model.Problem;
import org.warta.model.Quote;
import org.warta.pipeline.Pipeline;
import org.warta.pipeline.PipelineStages;
import org.warta.pipeline.StandardPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warta analyze PATH... [--format json|text]}: entities (with aliases), quotes (with speakers) and normalised
 * dates of each article, without grouping into stories. Inputs are read and extracted exactly as
 * {@code warta digest} reads them (.txt, .html, .htm and their .gz; folders recursively); each article's language is
 * identified and it is analysed by the product's own stages ({@link StandardPipeline#stages()}). JSON output is the
 * contract's article form ({@link ContractJson}) under {@code "articles"}, problems under {@code "problems"}.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Entities (with aliases), quotes (with speakers) and normalised dates of each article.",
                "Exit status: 0 when anything was processed, 2 when nothing could be."})
public final class AnalyzeCommand implements Callable<Integer> {

    enum Format { json, text }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
    List<String> paths;

    @Option(names = {"-f", "--format"}, defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--max-size", defaultValue = "16M", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Largest input file accepted, e.g. 16M (default: ${DEFAULT-VALUE}).")
    long maxSize;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        PipelineStages stages = StandardPipeline.stages();
        Pipeline pipeline = StandardPipeline.create();
        ExtractedInputs inputs = ExtractedInputs.read(paths, maxSize, pipeline::extract, err, !quiet);
        inputs.report(err);
        List<Article> done = new ArrayList<>(inputs.articles().size());
        for (Article extracted : inputs.articles()) {
            Article a = Article.UNDETERMINED.equals(extracted.language())
                    ? extracted.withLanguage(stages.language().languageOf(extracted)) : extracted;
            done.add(stages.analyzer().analyze(a));
        }
        if (done.isEmpty()) {
            err.println("warta: nothing could be processed");
            return 2;
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        if (format == Format.json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("articles", done);
            if (!inputs.problems().isEmpty()) {
                doc.put("problems", inputs.problems().stream().map(Problem::toString).toList());
            }
            out.println(ContractJson.pretty(doc));
        } else {
            done.forEach(a -> text(a, out));
        }
        out.flush();
        return 0;
    }

    private static void text(Article a, PrintStream out) {
        out.println("== " + a.source() + " — " + a.title() + "  [" + a.language() + "]");
        for (Entity e : a.entities()) {
            out.println("entity  " + e.type() + "  " + e.name() + "  (" + e.mentions().size() + " mentions: "
                    + String.join(", ", e.mentions().stream().map(m -> m.text()).distinct().toList()) + ")");
        }
        for (Quote q : a.quotes()) {
            out.println("quote   " + q.speaker().orElse("?") + (q.partial() ? "  [partial]" : "") + "  “" + q.text()
                    + "”");
        }
        for (DateMention d : a.dates()) {
            out.println("date    " + d.value() + "  " + d.text());
        }
        out.println();
    }
}
