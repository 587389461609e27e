package org.warta.bench.extraction;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Per-page losses of one system, for analysis: each page with missed ({@code with} not found) or extra
 * ({@code without} found) snippets, the pages losing most first, one snippet per line, or, with the text, every page, each followed by its
 * extracted text (lines starting {@code "    | "}).
 */
final class LossDump {
    private LossDump() {
    }

    private record PageLoss(EvalPage page, List<String> missed, List<String> extra, int chars, String text) {
        int lost() {
            return missed.size() + extra.size();
        }
    }

    static void write(List<EvalPage> pages, TextExtractorUnderTest system, Path file, boolean withText)
            throws IOException {
        List<PageLoss> losses = new ArrayList<>();
        for (EvalPage p : pages) {
            String text;
            try {
                text = system.extract(p);
            } catch (Exception | StackOverflowError e) {
                text = "";
            }
            String t = SnippetScore.collapse(text);
            List<String> missed = new ArrayList<>();
            List<String> extra = new ArrayList<>();
            for (String s : p.with()) {
                if (!t.contains(SnippetScore.collapse(s))) {
                    missed.add(s);
                }
            }
            for (String s : p.without()) {
                if (t.contains(SnippetScore.collapse(s))) {
                    extra.add(s);
                }
            }
            if (withText || !missed.isEmpty() || !extra.isEmpty()) {
                losses.add(new PageLoss(p, missed, extra, t.length(), text));
            }
        }
        losses.sort(Comparator.comparingInt(PageLoss::lost).reversed());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (PageLoss l : losses) {
                w.write("== " + l.page().file() + " " + l.page().url() + " with=" + l.page().with().size()
                        + " without=" + l.page().without().size() + " missed=" + l.missed().size() + " extra="
                        + l.extra().size() + " chars=" + l.chars() + "\n");
                for (String s : l.missed()) {
                    w.write("  - " + SnippetScore.collapse(s) + "\n");
                }
                for (String s : l.extra()) {
                    w.write("  + " + SnippetScore.collapse(s) + "\n");
                }
                if (withText) {
                    for (String line : l.text().split("\n")) {
                        if (!line.isBlank()) {
                            w.write("    | " + line + "\n");
                        }
                    }
                }
            }
        }
    }
}
