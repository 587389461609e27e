package org.warta.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.warta.app.json.ContractJson;
import org.warta.app.render.HtmlRenderer;
import org.warta.app.render.MarkdownRenderer;
import org.warta.app.render.TextRenderer;
import org.warta.model.Digest;
import org.warta.pipeline.Pipeline;
import org.warta.pipeline.StandardPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code warta digest PATH...}: the whole pipeline in one process, stories out. */
@Command(name = "digest", mixinStandardHelpOptions = true,
        description = {"Reads articles (.txt, .html, .htm and their .gz; folders recursively), groups them into "
                + "stories and prints each story: headline, cited summary, quotes, entities, disagreements.",
                "Exit status: 0 when anything was processed, 2 when nothing could be."})
public final class DigestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
    List<String> paths;

    @Option(names = {"-f", "--format"}, defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the output to FILE instead of stdout.")
    Path out;

    @Option(names = "--sentences", defaultValue = "5", paramLabel = "N",
            description = "Summary sentences per story (default: ${DEFAULT-VALUE}).")
    int sentences;

    @Option(names = "--max-size", defaultValue = "16M", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Largest input file accepted, e.g. 16M (default: ${DEFAULT-VALUE}).")
    long maxSize;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintStream err = spec.commandLine().getErr() == null ? System.err
                : new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (sentences < 1) {
            err.println("warta: --sentences must be at least 1");
            return 2;
        }
        Pipeline pipeline = StandardPipeline.create(StandardPipeline.Settings.defaults().withSummarySentences(sentences));
        ExtractedInputs inputs = ExtractedInputs.read(paths, maxSize, pipeline::extract, err, !quiet);
        Digest digest = pipeline.digest(inputs.articles(), inputs.problems());
        for (var p : digest.problems()) {
            err.println("warta: " + p);
        }
        if (digest.articles().isEmpty()) {
            err.println("warta: nothing could be processed");
            return 2;
        }
        String rendered = switch (format) {
            case json -> ContractJson.write(digest);
            case text -> new TextRenderer().render(digest);
            case markdown -> new MarkdownRenderer().render(digest);
            case html -> new HtmlRenderer().render(digest);
        };
        if (out != null) {
            Files.writeString(out, rendered, StandardCharsets.UTF_8);
        } else {
            PrintStream stdout = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            stdout.print(rendered);
            stdout.flush();
        }
        return 0;
    }

}
