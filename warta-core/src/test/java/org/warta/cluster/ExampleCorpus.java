package org.warta.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.warta.lang.LanguageIdentifier;
import org.warta.model.Article;
import org.warta.model.Moment;

/**
 * Test fixture: the repository's {@code examples/} and the five seeds as articles for the same-story stages. Text
 * files: first line headline, the rest body. HTML: a minimal reader (h1 and the article's paragraphs) standing in for
 * the extraction stage, which is not this package's concern; publication times come from {@code gold.json}'s
 * article metadata for the same reason. Languages are identified with {@link LanguageIdentifier}.
 */
public final class ExampleCorpus {

    private ExampleCorpus() {
    }

    static Path root() {
        return Path.of(System.getProperty("warta.root", ".")).toAbsolutePath();
    }

    static Path shared() {
        String s = System.getProperty("warta.shared");
        return s != null ? Path.of(s) : root().resolve("../shared");
    }

    static JsonNode gold() throws IOException {
        return new ObjectMapper().readTree(root().resolve("examples/gold.json").toFile());
    }

    public static List<Article> examples(LanguageIdentifier languages) throws IOException {
        JsonNode meta = gold().get("articles");
        List<Article> out = new ArrayList<>();
        for (var it = meta.properties().iterator(); it.hasNext(); ) {
            var e = it.next();
            String id = e.getKey();
            String[] tt = read(root().resolve("examples").resolve(id));
            Optional<Moment> published = Moment.parse(e.getValue().path("published").asText(""));
            Article a = Article.of(id, id, tt[0], tt[1]).withPublished(published);
            out.add(a.withLanguage(languages.identify(a.title(), a.text())));
        }
        return out;
    }

    public static List<Article> seeds(LanguageIdentifier languages) throws IOException {
        List<Article> out = new ArrayList<>();
        try (var files = Files.list(shared().resolve("seeds"))) {
            for (Path p : files.sorted().toList()) {
                String[] tt = read(p);
                String id = p.getFileName().toString();
                out.add(Article.of(id, id, tt[0], tt[1]).withLanguage(languages.identify(tt[0], tt[1])));
            }
        }
        return out;
    }

    /** Gold stories: article id → story id. */
    static Map<String, String> goldStories() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode s : gold().get("stories")) {
            for (JsonNode a : s.get("articles")) {
                out.put(a.asText(), s.get("id").asText());
            }
        }
        return out;
    }

    private static String[] read(Path p) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(p)) {
            bytes = p.toString().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
        }
        String name = p.getFileName().toString().replace(".gz", "");
        if (name.endsWith(".html")) {
            Document d = Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, "");
            Element h1 = d.selectFirst("h1");
            String title = h1 != null ? h1.text() : d.title();
            Element scope = d.selectFirst("article");
            List<String> paragraphs = new ArrayList<>();
            for (Element para : (scope != null ? scope : d.body()).select("p")) {
                paragraphs.add(para.text());
            }
            return new String[] {title, String.join("\n\n", paragraphs)};
        }
        String all = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n").strip();
        int nl = all.indexOf('\n');
        return nl < 0 ? new String[] {all, ""} : new String[] {all.substring(0, nl).strip(), all.substring(nl + 1)};
    }
}
