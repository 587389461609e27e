package org.warta.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.warta.app.json.ContractJson;
import org.warta.extract.RawDocument;
import org.warta.extract.WartaExtractor;
import org.warta.model.Article;
import org.warta.model.Moment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code warta extract FILE|DIR... [--format json|text]}: one article per input (HTML pages, already-scraped
 * text, either gzipped), or one line on standard error saying why an input gave none.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract the article (text, title, dates, outlet, byline, dateline, credits, captions) "
                + "from HTML pages and already-scraped text files.")
public final class ExtractCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format { json, text }

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "files, or folders to read recursively")
    List<String> inputs;

    @Option(names = {"-f", "--format"}, defaultValue = "json", description = "json or text; default ${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--now", paramLabel = "ISO", description = "reference time for relative dates (\"2 jam lalu\"); "
            + "default: each file's modification time")
    String now;

    @Option(names = "--max-size", defaultValue = "16M", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Largest input file accepted, e.g. 16M (default: ${DEFAULT-VALUE}).")
    long maxSize;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Optional<Moment> reference = Optional.empty();
        if (now != null) {
            reference = Moment.parse(now);
            if (reference.isEmpty()) {
                err.println("warta: --now: not an ISO-8601 date or date-time: " + now);
                return 2;
            }
        }
        Optional<Moment> fixed = reference;
        WartaExtractor extractor = new WartaExtractor();
        ExtractedInputs read = ExtractedInputs.read(inputs, maxSize, doc -> extractor.extract(fixed.isEmpty() ? doc
                : new RawDocument(doc.source(), doc.content(), doc.url(), fixed)), err, !quiet);
        read.report(err);
        if (read.articles().isEmpty()) {
            err.println("warta: nothing could be processed");
            return 2;
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        if (format == Format.json) {
            out.print(ContractJson.pretty(Map.of("articles", read.articles())));
        } else {
            read.articles().forEach(a -> out.println(asText(a)));
        }
        out.flush();
        return 0;
    }

    static String asText(Article a) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(a.title()).append('\n');
        b.append("source: ").append(a.source()).append('\n');
        a.url().ifPresent(u -> b.append("url: ").append(u).append('\n'));
        a.outlet().ifPresent(u -> b.append("outlet: ").append(u).append('\n'));
        a.published().ifPresent(u -> b.append("published: ").append(u).append('\n'));
        a.modified().ifPresent(u -> b.append("modified: ").append(u).append('\n'));
        a.byline().ifPresent(u -> b.append("byline: ").append(u).append('\n'));
        a.dateline().ifPresent(u -> b.append("dateline: ").append(u).append('\n'));
        if (!a.credits().isEmpty()) {
            b.append("credits: ").append(String.join(", ", a.credits())).append('\n');
        }
        for (String c : a.captions()) {
            b.append("caption: ").append(c).append('\n');
        }
        b.append('\n').append(a.text()).append('\n');
        return b.toString();
    }
}
