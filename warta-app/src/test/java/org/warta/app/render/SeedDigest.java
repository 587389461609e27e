package org.warta.app.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.warta.app.input.InputReader;
import org.warta.extract.Extraction;
import org.warta.model.Article;
import org.warta.model.Digest;
import org.warta.model.Problem;
import org.warta.pipeline.Pipeline;
import org.warta.pipeline.StandardPipeline;

/** The five seed articles through the real pipeline (../shared/seeds), for rendering and story tests. */
final class SeedDigest {

    private static Digest digest;

    private SeedDigest() {
    }

    static synchronized Digest load() {
        if (digest == null) {
            Pipeline pipeline = StandardPipeline.create();
            List<Article> articles = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            Path seeds = Path.of(System.getProperty("warta.shared", "../shared")).resolve("seeds");
            new InputReader().readAll(List.of(seeds.toString()), doc -> {
                if (pipeline.extract(doc) instanceof Extraction.Accepted a) {
                    articles.add(a.article());
                }
            }, problems::add);
            if (articles.size() != 5) {
                throw new IllegalStateException("expected the five seeds in " + seeds + ", got " + articles.size());
            }
            digest = pipeline.digest(articles, problems);
        }
        return digest;
    }
}
