package org.warta.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.warta.model.Article;
import org.warta.model.Moment;

/**
 * The raw seed articles from {@code ../shared/seeds} as test articles: the lines after the headline, with obvious
 * page junk dropped (short lines, photo captions, title-case link lists), joined as paragraphs.
 */
final class Seeds {

    private Seeds() {
    }

    static Path dir() {
        String shared = System.getProperty("warta.shared",
                Path.of(System.getProperty("warta.root", ".."), "../shared").toString());
        return Path.of(shared).resolve("seeds");
    }

    /** All seeds, in file order, as Indonesian articles published on {@code published}. */
    static List<Article> load(LocalDate published) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir())) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Article> out = new ArrayList<>();
        for (Path p : files) {
            List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
            StringBuilder sb = new StringBuilder();
            for (String l : lines.subList(1, lines.size())) {
                String t = l.strip();
                if (junk(t)) {
                    continue;
                }
                if (!sb.isEmpty()) {
                    sb.append("\n\n");
                }
                sb.append(t);
            }
            String id = p.getFileName().toString().substring(0, 3);
            out.add(Article.of(id, p.toString(), lines.get(0), sb.toString()).withLanguage("id")
                    .withPublished(Optional.of(Moment.ofDate(published))));
        }
        return out;
    }

    private static boolean junk(String line) {
        if (line.length() < 60 || line.matches("(?i).*\\bfoto\\s*:.*")) {
            return true;
        }
        String[] words = line.split("\\s+");
        long caps = Stream.of(words).filter(w -> Character.isUpperCase(w.charAt(0))).count();
        return caps > 0.6 * words.length;
    }
}
