package org.warta.app.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.warta.app.input.InputReader;
import org.warta.extract.Extraction;
import org.warta.extract.RawDocument;
import org.warta.model.Article;
import org.warta.model.Problem;

/**
 * Reads the paths a command was given and extracts each document, on all cores, keeping input order. Unusable
 * inputs become {@link Problem}s; the rest goes on.
 *
 * @param articles extracted articles, in input order
 * @param problems one per unusable input
 */
record ExtractedInputs(List<Article> articles, List<Problem> problems) {

    static ExtractedInputs read(List<String> paths, long maxBytes, Function<RawDocument, Extraction> extractor,
                                PrintStream err, boolean progress) {
        InputReader reader = new InputReader(maxBytes);
        List<Problem> problems = new ArrayList<>();
        List<InputReader.Entry> entries = reader.list(paths, problems::add);
        List<Object> results;
        try (Progress bar = new Progress(err, "reading", entries.size(), progress)) {
            results = entries.parallelStream().map(e -> {
                List<Object> out = new ArrayList<>(1);
                reader.read(e, doc -> out.add(extractor.apply(doc)), out::add);
                bar.step();
                return out.isEmpty() ? null : out.get(0);
            }).toList();
        }
        List<Article> articles = new ArrayList<>();
        for (Object r : results) {
            if (r instanceof Extraction.Accepted a) {
                articles.add(a.article());
            } else if (r instanceof Extraction.Rejected rej) {
                problems.add(new Problem(rej.source(), rej.reason()));
            } else if (r instanceof Problem p) {
                problems.add(p);
            }
        }
        return new ExtractedInputs(articles, problems);
    }

    /** Prints each problem as one line on stderr. */
    void report(PrintStream err) {
        for (Problem p : problems) {
            err.println("warta: " + p);
        }
    }
}
