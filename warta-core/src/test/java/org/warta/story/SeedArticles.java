package org.warta.story;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.warta.extract.Extraction;
import org.warta.extract.RawDocument;
import org.warta.extract.WartaExtractor;
import org.warta.model.Article;

/** The five seed articles (../shared/seeds) as the real extractor makes them, language set to Indonesian. */
final class SeedArticles {

    private SeedArticles() {
    }

    static Path dir() {
        String shared = System.getProperty("warta.shared");
        Path base = shared != null ? Path.of(shared)
                : Path.of(System.getProperty("warta.root", ".")).resolve("../shared");
        return base.resolve("seeds");
    }

    static List<Article> load() throws IOException {
        WartaExtractor extractor = new WartaExtractor();
        List<Article> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Extraction e = extractor.extract(RawDocument.of(f.getFileName().toString(), Files.readAllBytes(f)));
                if (!(e instanceof Extraction.Accepted accepted)) {
                    throw new IllegalStateException("seed not extracted: " + e);
                }
                out.add(accepted.article().withLanguage("id"));
            }
        }
        return out;
    }
}
